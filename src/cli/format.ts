// Plain-text rendering for the terminal.
import type { Qualifiers } from '../model/types.ts';
import type { RelationView } from '../query/index.ts';

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A table where every row is followed by its notes (the quotes that ground it), indented. */
export function tableWithNotes(header: string[], rows: string[][], notes: string[][]): string {
  const [head, rule, ...lines] = table(header, rows).split('\n');
  return [head!, rule!, ...lines.flatMap((line, i) => [line, ...(notes[i] ?? []).map((n) => `    ${n}`)])].join('\n');
}

export function formatQualifiers(q: Qualifiers): string {
  const parts: string[] = [];
  if (q.quantity) {
    const p = { exact: '', approximate: '~', 'at-least': '≥', 'at-most': '≤' }[q.quantity.precision];
    parts.push(`quantity=${p}${q.quantity.value}${q.quantity.unit ? ` ${q.quantity.unit.en}` : ''}`);
  }
  if (q.time) parts.push(`time=${q.time.value}${q.time.basis === 'text' ? '' : ` (${q.time.basis})`}`);
  if (q.place) parts.push(`place=${q.place.value}${q.place.basis === 'text' ? '' : ` (${q.place.basis})`}`);
  if (q.purpose) parts.push(`purpose=${q.purpose.en}`);
  if (q.role) parts.push(`role=${q.role.en}`);
  return parts.join('; ');
}

/** A relation table where every row is followed by the quotes that ground it. */
export function relationsTable(relations: RelationView[]): string {
  const header = ['FROM', 'TYPE', 'TO', 'FACTUALITY', 'STATUS', 'CLAIMED BY', 'OUTLETS', 'QUALIFIERS'];
  const rows = relations.map((r) => [
    r.from,
    r.type,
    r.to,
    `${r.factuality}${r.polarity === 'negative' ? ' (negative)' : ''}`,
    r.status,
    r.claimedBy.join(', ') || '—',
    String(r.corroboration.independentOutlets),
    formatQualifiers(r.qualifiers),
  ]);
  const rendered = table(header, rows).split('\n');
  const out = rendered.slice(0, 2);
  relations.forEach((r, i) => {
    out.push(rendered[i + 2]!);
    out.push(
      `    ${r.id}${r.undirected ? ' (undirected: from and to are its two ends)' : ''}${r.conflicts.length ? `   conflicts: ${r.conflicts.join(', ')}` : ''}`,
    );
    for (const e of r.evidence)
      out.push(`    „${e.quote}” [${e.source} ${e.start}–${e.end}${e.claimedBy.length ? `; by ${e.claimedBy.join(', ')}` : ''}; ${e.factuality}]`);
  });
  return out.join('\n');
}

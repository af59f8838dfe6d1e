// Plain-text rendering for the terminal.
import type { Lang, Qualifiers } from '../model/types.ts';
import type { RelationView } from '../query/index.ts';
import { fittedTable, wrap } from './wrap.ts';

/** A table with columns as wide as their longest cell (`fittedTable` without a width to fit). */
export function table(header: string[], rows: string[][]): string {
  const fitted = fittedTable(header, rows, Number.POSITIVE_INFINITY);
  return [...fitted.head, ...fitted.rows.flat()].join('\n');
}

/** A table where every row is followed by its notes (the quotes that ground it), indented. */
export function tableWithNotes(header: string[], rows: string[][], notes: string[][]): string {
  const fitted = fittedTable(header, rows, Number.POSITIVE_INFINITY);
  return [...fitted.head, ...fitted.rows.flatMap((lines, i) => [...lines, ...(notes[i] ?? []).map((n) => `    ${n}`)])].join('\n');
}

/** Qualifiers on one line, in a language; `nameOf` gives a place's name for its id. */
export function formatQualifiers(q: Qualifiers, lang: Lang = 'en', nameOf: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (q.quantity) {
    const p = { exact: '', approximate: '~', 'at-least': '≥', 'at-most': '≤' }[q.quantity.precision];
    parts.push(`quantity=${p}${q.quantity.value}${q.quantity.unit ? ` ${q.quantity.unit[lang]}` : ''}`);
  }
  if (q.time) parts.push(`time=${q.time.value}${q.time.basis === 'text' ? '' : ` (${q.time.basis})`}`);
  if (q.place) parts.push(`place=${nameOf(q.place.value)}${q.place.basis === 'text' ? '' : ` (${q.place.basis})`}`);
  if (q.purpose) parts.push(`purpose=${q.purpose[lang]}`);
  if (q.role) parts.push(`role=${q.role[lang]}`);
  return parts.join('; ');
}

export interface RelationsTableOptions {
  /** Characters per line (the terminal's width). */
  width: number;
  lang: Lang;
  /** An entity's name in the chosen language (its id if it has none). */
  nameOf(id: string): string;
}

/**
 * A relation table that fits the width: names in the chosen language, cells wrapped, and
 * under every row its id, qualifiers and conflicts, then each quote that grounds it,
 * wrapped and followed by where it is and who claims it.
 */
export function relationsTable(relations: RelationView[], { width, lang, nameOf }: RelationsTableOptions): string {
  const names = (ids: string[]) => ids.map(nameOf).join(', ') || '—';
  const header = ['FROM', 'TYPE', 'TO', 'FACTUALITY', 'STATUS', 'CLAIMED BY', 'OUTLETS'];
  const rows = relations.map((r) => [
    nameOf(r.from),
    r.type,
    nameOf(r.to),
    `${r.factuality}${r.polarity === 'negative' ? ' (negative)' : ''}`,
    r.status,
    names(r.claimedBy),
    String(r.corroboration.independentOutlets),
  ]);
  const { head, rows: lines } = fittedTable(header, rows, width);
  const indent = '    ';
  const noteWidth = width - indent.length;
  const out = [...head];
  relations.forEach((r, i) => {
    out.push(...lines[i]!);
    const about = [
      `${r.id}${r.undirected ? ' (undirected: from and to are its two ends)' : ''}`,
      formatQualifiers(r.qualifiers, lang, nameOf),
      r.conflicts.length ? `conflicts: ${r.conflicts.join(', ')}` : '',
    ].filter(Boolean);
    out.push(...wrap(about.join(' · '), noteWidth).map((l) => indent + l));
    for (const e of r.evidence) {
      const quote = wrap(`„${e.quote}”`, noteWidth - 1).map((l, j) => (j ? `${indent} ${l}` : indent + l));
      const where = `— ${e.source} ${e.start}–${e.end}${e.claimedBy.length ? `; by ${names(e.claimedBy)}` : ''}; ${e.factuality}`;
      out.push(...quote, ...wrap(where, noteWidth - 2).map((l) => `${indent}  ${l}`));
    }
  });
  return out.join('\n');
}

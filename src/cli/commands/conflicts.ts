import { parseCommand, type CommandSpec } from '../args.ts';
import { KB_HELP, KB_OPTION, openKnowledgeGraph } from '../context.ts';
import type { CliIO } from '../io.ts';
import { openBackend, SPARQL_HELP, SPARQL_OPTION } from '../sparql-option.ts';

export const conflictsSpec: CommandSpec = {
  name: 'conflicts',
  usage: 'faktograf conflicts [--json] [--kb <dir> | --sparql <url> [--graph-iri <iri>] [--user <name>]]',
  summary:
    'List the claims that fill one slot with incompatible values (a figure, a date, a place, an affirmation against a denial), both sides with their quotes, sources and claimants; and the figures that change over time (series, not conflicts).',
  options: { json: { type: 'boolean' }, ...KB_OPTION, ...SPARQL_OPTION },
  help: [
    '  --json              print {conflicts: [{id, kind, subject, type, object, sides: [{relation, value, claimedBy, evidence}]}], series: [...]}',
    KB_HELP,
    SPARQL_HELP,
  ],
  positionals: { min: 0, max: 0 },
};

export async function conflictsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(conflictsSpec, argv);
  const kg = await openBackend(values, () => openKnowledgeGraph(io, values.kb as string | undefined));
  const conflicts = await kg.conflicts();
  const series = await kg.series();
  if (values.json) {
    io.out(JSON.stringify({ conflicts, series }, null, 2));
    return 0;
  }
  const lines: string[] = [];
  for (const c of conflicts) {
    lines.push(`${c.id}  (${c.kind}) ${c.subject} —${c.type}→ ${c.object}`);
    for (const side of c.sides) {
      lines.push(`  ${side.value}   ${side.relation}${side.claimedBy.length ? `, by ${side.claimedBy.join(', ')}` : ''}`);
      for (const e of side.evidence)
        lines.push(`      „${e.quote}” [${e.source}, ${e.outlet}; ${e.factuality}${e.polarity === 'negative' ? ', negative' : ''}]`);
    }
  }
  for (const s of series) {
    lines.push(`${s.id}  (series) ${s.subject} —${s.type}→ ${s.object}`);
    for (const p of s.points)
      lines.push(`  ${p.time}  ${p.value} (${p.precision})   ${p.relation}${p.claimedBy.length ? `, by ${p.claimedBy.join(', ')}` : ''}`);
  }
  lines.push(`${conflicts.length} conflict(s), ${series.length} series`);
  io.out(lines.join('\n'));
  return 0;
}

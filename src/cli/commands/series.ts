import { parseCommand, type CommandSpec } from '../args.ts';
import { MemoryBackend } from '../../query/backend.ts';
import { KB_HELP, KB_OPTION, openKnowledgeGraph, resolveEntity } from '../context.ts';
import type { CliIO } from '../io.ts';
import { seriesByClaimant } from '../../query/index.ts';

export const seriesSpec: CommandSpec = {
  name: 'series',
  usage: 'faktograf series <entity-or-relation> [--json] [--kb <dir>]',
  summary: 'Show a figure over time (the series about an entity, or holding a relation), per claimant, each value with its quote.',
  options: { json: { type: 'boolean' }, ...KB_OPTION },
  help: [
    '  <entity-or-relation> an entity (id, name or alias) or a relation id',
    '  --json              print [{id, subject, type, object, points: [{relation, time, value, precision, claimedBy}], byClaimant: [{claimant, points}]}]',
    KB_HELP,
  ],
  positionals: { min: 1, max: 1 },
};

export async function seriesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(seriesSpec, argv);
  const kg = await openKnowledgeGraph(io, values.kb as string | undefined);
  const name = positionals[0]!;
  const about = kg.graph.hasEdge(name) ? name : await resolveEntity(new MemoryBackend(kg), name, io);
  const series = kg.series(about).map((s) => ({ ...s, byClaimant: seriesByClaimant(s) }));
  if (values.json) {
    io.out(JSON.stringify(series, null, 2));
    return 0;
  }
  if (series.length === 0) {
    io.out(`no figure about ${about} changes over time`);
    return 0;
  }
  const lines: string[] = [];
  for (const s of series) {
    lines.push(`${s.id}  ${s.subject} —${s.type}→ ${s.object}`);
    for (const line of s.byClaimant) {
      lines.push(`  ${line.claimant === '-' ? "the outlets' own voice" : line.claimant}`);
      for (const p of line.points) {
        const quote = kg.relation(p.relation)?.evidence[0]?.quote;
        lines.push(`    ${p.time}  ${p.value} (${p.precision})   ${p.relation}${quote ? `  „${quote}”` : ''}`);
      }
    }
  }
  lines.push(`${series.length} series`);
  io.out(lines.join('\n'));
  return 0;
}

import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { GRAPH_HELP, GRAPH_OPTION, KB_HELP, KB_OPTION, openQueryGraph, resolveEntity } from '../context.ts';
import { relationsTable } from '../format.ts';
import type { CliIO } from '../io.ts';
import { didYouMean } from '../../model/suggest.ts';

export const relationsSpec: CommandSpec = {
  name: 'relations',
  usage: 'faktograf relations [--from <name>] [--type <TYPE>] [--to <name>] [--certainty <level>] [--by <name>] [--source <id>] [--json] [--kb <dir> | --graph <file>]',
  summary: 'List relations with their qualifiers, certainty, who claims them and the quotes that ground them.',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    type: { type: 'string' },
    certainty: { type: 'string' },
    by: { type: 'string' },
    source: { type: 'string' },
    json: { type: 'boolean' },
    ...KB_OPTION,
    ...GRAPH_OPTION,
  },
  help: [
    '  --from <name>       subject entity (id, name or alias)',
    '  --to <name>         object entity',
    '  --type <TYPE>       relation type, e.g. ANNOUNCED (comma-separate several)',
    '  --certainty <lvl>   certainty level, e.g. reported (comma-separate several)',
    '  --by <name>         claimed by this entity (attribution)',
    '  --source <id>       with evidence from this source',
    '  --json              print [{id, from, to, type, qualifiers, certainty, attributedTo, evidence}]',
    KB_HELP,
    GRAPH_HELP,
  ],
  positionals: { min: 0, max: 0 },
};

export async function relationsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(relationsSpec, argv);
  const kg = await openQueryGraph(io, values);
  const ontology = kg.ontology;
  const listOf = (v: unknown, known: string[], what: string) => {
    if (typeof v !== 'string') return undefined;
    const items = v.split(',').map((s) => s.trim()).filter(Boolean);
    for (const item of items)
      if (known.length && !known.includes(item)) throw new UsageError(`unknown ${what} "${item}"; ${didYouMean(item, known) || `known: ${known.join(', ')}`}`);
    return items;
  };
  const name = (v: unknown) => (typeof v === 'string' ? resolveEntity(kg, v, io) : undefined);
  const relations = kg.relations({
    from: name(values.from),
    to: name(values.to),
    attributedTo: name(values.by),
    type: listOf(values.type, Object.keys(ontology?.relationTypes ?? {}), 'relation type'),
    certainty: listOf(values.certainty, Object.keys(ontology?.certainty ?? {}), 'certainty'),
    source: typeof values.source === 'string' ? values.source : undefined,
  });
  if (values.json) {
    io.out(JSON.stringify(relations.map(({ evidence, ...r }) => ({ ...r, evidence: evidence.map(({ source, quote, start, end }) => ({ source, quote, start, end })) })), null, 2));
    return 0;
  }
  io.out(relations.length ? `${relationsTable(relations)}\n\n${relations.length} relation(s)` : 'no relation matches');
  return 0;
}

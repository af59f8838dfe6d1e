import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { GRAPH_HELP, GRAPH_OPTION, KB_HELP, KB_OPTION, openQueryGraph, resolveEntity } from '../context.ts';
import { relationsTable } from '../format.ts';
import type { CliIO } from '../io.ts';
import { openBackend, SPARQL_HELP, SPARQL_OPTION } from '../sparql-option.ts';
import { didYouMean } from '../../model/suggest.ts';
import { FACTUALITIES, type Factuality } from '../../model/types.ts';
import type { RelationView } from '../../query/index.ts';

export const relationsSpec: CommandSpec = {
  name: 'relations',
  usage:
    'faktograf relations [--from <name>] [--type <TYPE>] [--to <name>] [--factuality <f>] [--claimed-by <name>] [--min-outlets <n>] [--source <id>] [--json] [--kb <dir> | --graph <file> [--strict] | --sparql <url> [--graph-iri <iri>] [--user <name>]]',
  summary: 'List relations with their qualifiers, factuality, who claims them, how many outlets carry them and the quotes that ground them.',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    type: { type: 'string' },
    factuality: { type: 'string' },
    'claimed-by': { type: 'string' },
    'min-outlets': { type: 'string' },
    source: { type: 'string' },
    json: { type: 'boolean' },
    ...KB_OPTION,
    ...GRAPH_OPTION,
    ...SPARQL_OPTION,
  },
  help: [
    '  --from <name>       subject entity (id, name or alias)',
    '  --to <name>         object entity',
    '  --type <TYPE>       relation type, e.g. ANNOUNCED (comma-separate several)',
    '  --factuality <f>    certain, probable, possible or underspecified (comma-separate several)',
    '  --claimed-by <name> claimed by this entity in some evidence',
    '  --min-outlets <n>   carried by at least n independent outlets (copies of one story count once)',
    '  --source <id>       with evidence from this source',
    '  --json              print [{id, from, to, undirected?, type, qualifiers, factuality, status, polarity, claimedBy, corroboration, conflicts, evidence}]',
    KB_HELP,
    GRAPH_HELP,
    SPARQL_HELP,
  ],
  positionals: { min: 0, max: 0 },
};

export async function relationsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(relationsSpec, argv);
  const kg = await openBackend(values, () => openQueryGraph(io, values));
  const relationTypes = await kg.relationTypes();
  const listOf = (v: unknown, known: string[], what: string) => {
    if (typeof v !== 'string') return undefined;
    const items = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of items)
      if (known.length && !known.includes(item)) throw new UsageError(`unknown ${what} "${item}"; ${didYouMean(item, known) || `known: ${known.join(', ')}`}`);
    return items;
  };
  const name = (v: unknown) => (typeof v === 'string' ? resolveEntity(kg, v, io) : undefined);
  const minOutlets = values['min-outlets'];
  if (typeof minOutlets === 'string' && !/^\d+$/.test(minOutlets)) throw new UsageError(`--min-outlets takes a whole number, not "${minOutlets}"`);
  const relations = await kg.relations({
    from: await name(values.from),
    to: await name(values.to),
    claimedBy: await name(values['claimed-by']),
    type: listOf(values.type, relationTypes, 'relation type'),
    factuality: listOf(values.factuality, [...FACTUALITIES], 'factuality') as Factuality[] | undefined,
    minOutlets: typeof minOutlets === 'string' ? Number(minOutlets) : undefined,
    source: typeof values.source === 'string' ? values.source : undefined,
  });
  if (values.json) {
    io.out(JSON.stringify(relations.map(relationJson), null, 2));
    return 0;
  }
  io.out(relations.length ? `${relationsTable(relations)}\n\n${relations.length} relation(s)` : 'no relation matches');
  return 0;
}

/** The shape `relations --json` prints (README, "Command line"). */
export function relationJson(r: RelationView) {
  const { id, from, to, type, qualifiers, factuality, status, polarity, claimedBy, corroboration, conflicts } = r;
  return {
    id,
    from,
    to,
    ...(r.undirected ? { undirected: true as const } : {}),
    type,
    qualifiers,
    factuality,
    status,
    polarity,
    claimedBy,
    corroboration,
    conflicts,
    evidence: r.evidence.map(({ source, outlet, quote, start, end, sentence, claimedBy, factuality }) => ({
      source,
      outlet,
      quote,
      start,
      end,
      sentence,
      claimedBy,
      factuality,
    })),
  };
}

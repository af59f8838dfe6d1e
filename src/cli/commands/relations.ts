import { enumList, enumValue, parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { GRAPH_HELP, GRAPH_OPTION, KB_HELP, KB_OPTION, openQueryGraph, resolveEntity } from '../context.ts';
import { relationsTable } from '../format.ts';
import type { CliIO } from '../io.ts';
import { outputWidth } from '../wrap.ts';
import { openBackend, SPARQL_HELP, SPARQL_OPTION } from '../sparql-option.ts';
import { FACTUALITIES, type Factuality, type Lang } from '../../model/types.ts';

const LANGS: readonly Lang[] = ['pl', 'en'];

/** Polish for a Polish locale ($LC_ALL, $LANG), else English. */
const defaultLang = (env: Record<string, string | undefined>): Lang => (/^pl/i.test(env.LC_ALL || env.LANG || '') ? 'pl' : 'en');
import type { RelationView } from '../../query/index.ts';

export const relationsSpec: CommandSpec = {
  name: 'relations',
  usage:
    'faktograf relations [--from <name>] [--type <TYPE>] [--to <name>] [--factuality <f>] [--claimed-by <name>] [--min-outlets <n>] [--source <id>] [--lang pl|en] [--json] [--kb <dir> | --graph <file> [--strict] | --sparql <url> [--graph-iri <iri>] [--user <name>]]',
  summary: 'List relations with their qualifiers, factuality, who claims them, how many outlets carry them and the quotes that ground them.',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    type: { type: 'string' },
    factuality: { type: 'string' },
    'claimed-by': { type: 'string' },
    'min-outlets': { type: 'string' },
    source: { type: 'string' },
    lang: { type: 'string' },
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
    '  --lang pl|en        language of the names in the table (default: from $LANG, else en)',
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
  // Types and factualities are matched as --format is: case does not matter.
  const listOf = (v: unknown, known: string[], what: string) => {
    if (typeof v !== 'string') return undefined;
    if (known.length) return enumList(what, v, known);
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  };
  const lang = typeof values.lang === 'string' ? enumValue('language', values.lang, LANGS) : defaultLang(process.env);
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
  // The names the table shows: every entity a row, a claimant or a place qualifier names.
  const ids = new Set<string>();
  for (const r of relations) {
    for (const id of [r.from, r.to, ...r.claimedBy, ...r.evidence.flatMap((e) => e.claimedBy)]) ids.add(id);
    if (r.qualifiers.place) ids.add(r.qualifiers.place.value);
  }
  const names = new Map<string, string>();
  for (const id of [...ids].sort()) {
    const name = (await kg.entity(id))?.name[lang];
    if (name) names.set(id, name);
  }
  const nameOf = (id: string) => names.get(id) || id;
  io.out(
    relations.length
      ? `${relationsTable(relations, { width: outputWidth(io.outColumns), lang, nameOf })}\n\n${relations.length} relation(s)`
      : 'no relation matches',
  );
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

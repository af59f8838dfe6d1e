import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { baseIriProblem, DEFAULT_BASE } from '../../export/index.ts';
import { Notes } from '../../export/notes.ts';
import { turtleBatches } from '../../export/rdf.ts';
import { authenticatingFetch, type Credentials } from '../../node/http-auth.ts';
import { GraphStore, graphIriProblem, SparqlHttpError } from '../../sparql/graph-store.ts';
import { LoadError, loadGraph, type LoadResult } from '../../sparql/load.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, GRAPH_OPTION, KB_OPTION, STRICT_HELP } from '../context.ts';
import type { CliIO } from '../io.ts';
import { JSON_OPTION, printJson } from '../json.ts';
import { progressFor } from '../progress.ts';
import { sourceGraph } from './export.ts';

export const PASSWORD_ENV = 'FAKTOGRAF_SPARQL_PASSWORD';
const DEFAULT_BATCH = 20_000;

export const loadSpec: CommandSpec = {
  name: 'load',
  usage:
    'faktograf load <endpoint> [--graph-iri <iri>] [--kb <dir> | --graph <file> [--strict]] [--update <url>] [--user <name> [--password-file <file>]] [--base-iri <iri>] [--batch <triples>] [--json] [--quiet]',
  summary:
    'Write the knowledge graph into a triple store that speaks the SPARQL 1.1 Graph Store HTTP Protocol, replacing one named graph all or nothing. The Turtle export’s triples go in batches into a fresh graph, which then replaces the target in one SPARQL update; a failed load leaves the target as it was.',
  options: {
    'graph-iri': { type: 'string' },
    update: { type: 'string' },
    user: { type: 'string' },
    'password-file': { type: 'string' },
    'base-iri': { type: 'string' },
    batch: { type: 'string' },
    ...JSON_OPTION,
    ...KB_OPTION,
    ...GRAPH_OPTION,
  },
  help: [
    '  <endpoint>          the store’s Graph Store endpoint: Virtuoso http://host:8890/sparql-graph-crud-auth,',
    '                      Fuseki http://host:3030/<dataset>/data, Oxigraph http://host:7878/store',
    `  --graph-iri <iri>   the named graph to replace (default: <base IRI>graph, ${DEFAULT_BASE}graph)`,
    '  --update <url>      the store’s SPARQL Update endpoint, for the swap (default: beside the endpoint:',
    '                      /sparql-auth, /<dataset>/update, /update)',
    `  --user <name>       authenticate (HTTP digest or basic, as the store asks) with the password in ${PASSWORD_ENV}`,
    '  --password-file <f> ... or in this file (its first line); never on the command line',
    '  --kb <dir>          build this knowledge base (default: graph)',
    '  --graph <file>      load a GEXF, GraphML or graphology JSON file instead',
    STRICT_HELP,
    `  --base-iri <iri>    namespace of the IRIs, as for export --format ttl (default: ${DEFAULT_BASE})`,
    `  --batch <triples>   triples per request (default: ${DEFAULT_BATCH.toLocaleString('en')})`,
    '  --json              print {endpoint, graph, triples, batches, seconds, warnings}',
  ],
  positionals: { min: 1, max: 1 },
};

/** The password of `--user`: from the environment or a file, never from the command line. */
async function credentials(io: CliIO, values: Record<string, unknown>): Promise<Credentials | undefined> {
  const user = values.user as string | undefined;
  const file = values['password-file'] as string | undefined;
  if (user === undefined) {
    if (file !== undefined) throw new UsageError('--password-file goes with --user <name>');
    return undefined;
  }
  if (file !== undefined) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new CommandFailed(`cannot read the password file ${file}: ${e.code ?? e.message}`);
    });
    return { user, password: text.split(/\r?\n/)[0]! };
  }
  const password = process.env[PASSWORD_ENV];
  if (password === undefined) throw new UsageError(`--user ${user} needs a password: set ${PASSWORD_ENV}, or give --password-file <file>`);
  return { user, password };
}

export async function loadCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.some((a) => a === '--password' || a.startsWith('--password=')))
    throw new UsageError(
      `a password on the command line stays in the shell's history and in the process list: put it in ${PASSWORD_ENV} or in a file for --password-file`,
    );
  const { values, positionals } = parseCommand(loadSpec, argv);
  const endpoint = positionals[0]!;
  const base = (values['base-iri'] as string | undefined) ?? DEFAULT_BASE;
  const baseProblem = baseIriProblem(base);
  if (baseProblem) throw new UsageError(`--base-iri "${base}" ${baseProblem}`);
  const graphIri = (values['graph-iri'] as string | undefined) ?? `${base}graph`;
  const iriProblem = graphIriProblem(graphIri);
  if (iriProblem) throw new UsageError(`--graph-iri "${graphIri}" ${iriProblem}`);
  const batch = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!Number.isSafeInteger(batch) || batch < 1) throw new UsageError(`--batch must be a whole number of triples, at least 1 (got "${values.batch}")`);
  if (values.update !== undefined && !URL.canParse(values.update as string)) throw new UsageError(`--update "${values.update}" is not a URL`);

  let store: GraphStore;
  try {
    const update = values.update as string | undefined;
    store = new GraphStore({ endpoint, ...(update ? { update } : {}), fetch: authenticatingFetch(await credentials(io, values)) });
  } catch (e) {
    if (e instanceof SparqlHttpError) throw new UsageError(e.message);
    throw e;
  }
  if (!store.update) throw new UsageError(`no update endpoint is known beside ${endpoint}; the swap into <${graphIri}> needs one: give --update <url>`);

  const progress = progressFor(io, values);
  const { graph } = await sourceGraph(io, values, progress, false);
  const notes = new Notes();
  const started = performance.now();
  progress.stage(`loading into ${new URL(endpoint).host}`, undefined, 'triples');
  let result: LoadResult;
  try {
    result = await loadGraph({
      store,
      graph: graphIri,
      batches: turtleBatches(graph, { base }, notes, batch),
      onBatch: (n) => progress.advance(n),
      onSwap: () => progress.stage(`replacing <${graphIri}>`),
    });
  } catch (e) {
    if (e instanceof LoadError) throw new CommandFailed(e.message);
    throw e;
  } finally {
    progress.end();
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const warnings = notes.list();
  if (values.json) {
    printJson(io, { endpoint, graph: graphIri, triples: result.triples, batches: result.batches, seconds, warnings });
    return 0;
  }
  io.err(
    `loaded ${result.triples.toLocaleString('en')} triples (${graph.order} nodes, ${graph.size} edges) into <${graphIri}> at ${endpoint} in ${result.batches} batch${result.batches === 1 ? '' : 'es'}, ${seconds} s`,
  );
  for (const w of warnings) io.err(`warning: ttl: ${w}`);
  return 0;
}

// `--sparql <url>`: the query commands ask a SPARQL 1.1 endpoint holding the knowledge graph
// (as `faktograf load` writes it) instead of building it in memory. The password for
// `--user` comes from an environment variable, never from the command line.
import type { QueryBackend } from '../query/backend.ts';
import { MemoryBackend } from '../query/backend.ts';
import { KnowledgeGraph } from '../query/index.ts';
import { UsageError } from './args.ts';
import { CommandFailed } from './errors.ts';

export const PASSWORD_ENV = 'FAKTOGRAF_SPARQL_PASSWORD';

export const SPARQL_OPTION = {
  sparql: { type: 'string' as const },
  'graph-iri': { type: 'string' as const },
  user: { type: 'string' as const },
  'base-iri': { type: 'string' as const },
};

export const SPARQL_HELP = [
  '  --sparql <url>      ask this SPARQL 1.1 endpoint (e.g. http://localhost:8890/sparql) instead of the knowledge base',
  "  --graph-iri <iri>   the named graph holding it (default: the endpoint's default graph)",
  `  --user <name>       HTTP basic authentication; the password is read from ${PASSWORD_ENV}`,
  '  --base-iri <iri>    the base IRI it was exported and loaded with (default: https://example.org/faktograf/)',
].join('\n');

/** The backend a query command asks: the endpoint given by --sparql, else the embedded graph `local` opens. */
export async function openBackend(values: Record<string, unknown>, local: () => Promise<KnowledgeGraph>): Promise<QueryBackend> {
  const endpoint = values.sparql;
  if (typeof endpoint !== 'string') {
    for (const o of ['graph-iri', 'user', 'base-iri']) if (values[o] !== undefined) throw new UsageError(`--${o} goes with --sparql`);
    return new MemoryBackend(await local());
  }
  for (const o of ['kb', 'graph']) if (values[o] !== undefined) throw new UsageError(`give either --sparql or --${o}, not both`);
  if (!URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol)) throw new UsageError(`--sparql takes an http(s) URL, not "${endpoint}"`);
  const user = values.user as string | undefined;
  const password = process.env[PASSWORD_ENV];
  if (user !== undefined && password === undefined) throw new CommandFailed(`--user ${user} needs the password in the environment variable ${PASSWORD_ENV}`);
  try {
    return KnowledgeGraph.fromSparql(endpoint, {
      graphIri: values['graph-iri'] as string | undefined,
      base: values['base-iri'] as string | undefined,
      auth: user !== undefined ? { user, password: password! } : undefined,
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^faktograf\/\w+: /, ''));
  }
}

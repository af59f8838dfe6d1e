// A SPARQL 1.1 Protocol client for SELECT queries: POSTs the query and reads
// application/sparql-results+json, with a timeout and errors that name the endpoint and
// what it answered. Uses fetch: Node 20 and browsers. The query goes URL-encoded
// (`query=…`, the protocol's "query via URL-encoded POST"), which every store takes:
// Virtuoso 7.2 never answers a POST of application/sparql-query (it waits until the
// client gives up), so `direct` is only an option.
import type { SparqlQuery } from './terms.ts';

/** One RDF term of a result row, as SPARQL 1.1 Query Results JSON gives it. */
export interface ResultTerm {
  type: 'uri' | 'literal' | 'bnode' | 'typed-literal';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** One row: variable → term (an unbound variable is absent). */
export type Row = Map<string, ResultTerm>;

export interface SelectOptions {
  /** HTTP basic authentication. */
  auth?: { user: string; password: string };
  /** Milliseconds before the request is given up (default 60 000). */
  timeoutMs?: number;
  /** A default graph for the query (the protocol's `default-graph-uri`). */
  defaultGraph?: string;
  /** `form` (default): URL-encoded POST; `direct`: the query as the body, application/sparql-query. */
  post?: 'form' | 'direct';
  fetch?: typeof fetch;
}

/** A request to the endpoint that failed: its message names the endpoint and what went wrong. */
export class SparqlError extends Error {
  override name = 'SparqlError';

  constructor(
    message: string,
    readonly endpoint: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const MAX_BODY_IN_ERROR = 300;

/** Runs a SELECT query; the rows in the order the endpoint gives them. */
export async function select(endpoint: string, query: SparqlQuery, options: SelectOptions = {}): Promise<Row[]> {
  const url = new URL(endpoint);
  const direct = options.post === 'direct';
  const form = new URLSearchParams();
  if (!direct) form.append('query', query.text);
  if (options.defaultGraph) (direct ? url.searchParams : form).append('default-graph-uri', options.defaultGraph);
  const headers: Record<string, string> = {
    'content-type': direct ? 'application/sparql-query; charset=utf-8' : 'application/x-www-form-urlencoded; charset=utf-8',
    accept: 'application/sparql-results+json',
  };
  if (options.auth) headers.authorization = `Basic ${btoa(String.fromCodePoint(...new TextEncoder().encode(`${options.auth.user}:${options.auth.password}`)))}`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  let response: Response;
  let body: string;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers,
      body: direct ? query.text : form.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new SparqlError(`faktograf/sparql: the SPARQL endpoint ${endpoint} did not answer within ${timeoutMs} ms`, endpoint);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new SparqlError(`faktograf/sparql: cannot reach the SPARQL endpoint ${endpoint}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, endpoint);
  }
  if (!response.ok) {
    const hint = response.status === 401 ? ' (check --user and the password variable)' : '';
    const text = body.trim().slice(0, MAX_BODY_IN_ERROR);
    throw new SparqlError(
      `faktograf/sparql: the SPARQL endpoint ${endpoint} answered ${response.status} ${response.statusText}${hint}${text ? `: ${text}` : ''}`,
      endpoint,
      response.status,
    );
  }
  let parsed: { results?: { bindings?: Array<Record<string, ResultTerm>> } };
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SparqlError(
      `faktograf/sparql: the SPARQL endpoint ${endpoint} did not answer with SPARQL results JSON (content-type ${response.headers.get('content-type') ?? 'none'}): ${body.slice(0, 80)}`,
      endpoint,
      response.status,
    );
  }
  const bindings = parsed.results?.bindings;
  if (!Array.isArray(bindings))
    throw new SparqlError(`faktograf/sparql: the SPARQL endpoint ${endpoint} answered JSON without results.bindings`, endpoint, response.status);
  return bindings.map((b) => new Map(Object.entries(b)));
}

// A client for the SPARQL 1.1 Graph Store HTTP Protocol (PUT, POST, DELETE of a named graph,
// `?graph=<iri>`) and for a SPARQL 1.1 Update service (one request, one transaction in the
// stores we test). Framework-free: the fetch is given (src/node/http-auth.ts adds digest
// and basic auth). A failure names the endpoint, the HTTP status and what to do.
import { NOT_IRI } from '../export/rdf-terms.ts';

type Fetch = typeof fetch;

export class SparqlHttpError extends Error {
  override name = 'SparqlHttpError';
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Why `iri` cannot name a graph (it goes between < > into SPARQL Update), or undefined when it can. */
export function graphIriProblem(iri: string): string | undefined {
  const bad = NOT_IRI.exec(iri);
  if (bad) return `may not contain ${JSON.stringify(bad[0])}: a graph IRI holds no spaces, control characters or < > " { } | ^ \` \\ (percent-encode them)`;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri) || !URL.canParse(iri)) return 'must be an absolute IRI, such as https://example.net/kb or urn:faktograf:kb';
  return undefined;
}

/** Where a store's update service is, from its Graph Store endpoint, for the layouts we know. */
export function updateEndpointFor(graphStore: string): string | undefined {
  const url = new URL(graphStore);
  const swap = (from: RegExp, to: string) =>
    from.test(url.pathname) ? Object.assign(new URL(url), { pathname: url.pathname.replace(from, to) }).href : undefined;
  return (
    swap(/\/sparql-graph-crud-auth$/, '/sparql-auth') ?? // Virtuoso, digest auth
    swap(/\/sparql-graph-crud$/, '/sparql') ?? // Virtuoso
    swap(/\/data$/, '/update') ?? // Fuseki: /<dataset>/data
    swap(/\/store$/, '/update') // Oxigraph's server
  );
}

function hint(status: number, what: 'graph store' | 'update'): string {
  if (status === 401 || status === 403)
    return 'check --user and the password (FAKTOGRAF_SPARQL_PASSWORD or --password-file); the account needs write rights (in Virtuoso, the SPARQL_UPDATE role)';
  if (status === 404 || status === 405)
    return what === 'graph store'
      ? 'is this the Graph Store endpoint? (Virtuoso: /sparql-graph-crud-auth, Fuseki: /<dataset>/data, Oxigraph: /store)'
      : 'is this the update endpoint? (Virtuoso: /sparql-auth, Fuseki: /<dataset>/update, Oxigraph: /update); give it with --update';
  if (status === 400 || status === 415) return 'the store did not accept what was sent; its answer is above';
  if (status === 413) return 'the store refuses requests this large: give a smaller --batch';
  return 'the store failed; its answer is above, and its log may say more';
}

/** The first lines of the body of a failed response, for the error message. */
async function excerpt(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  const plain = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return plain.slice(0, 4).join(' / ').slice(0, 400);
}

export interface GraphStoreOptions {
  /** The Graph Store HTTP Protocol endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth. */
  endpoint: string;
  /** The SPARQL Update endpoint; default: `updateEndpointFor(endpoint)`. */
  update?: string;
  fetch?: Fetch;
}

export class GraphStore {
  readonly endpoint: string;
  readonly update: string | undefined;
  private readonly fetch: Fetch;

  constructor(options: GraphStoreOptions) {
    if (!URL.canParse(options.endpoint) || !/^https?:$/.test(new URL(options.endpoint).protocol))
      throw new SparqlHttpError(`the endpoint "${options.endpoint}" is not an http(s) URL`, options.endpoint);
    this.endpoint = options.endpoint;
    this.update = options.update ?? updateEndpointFor(options.endpoint);
    this.fetch = options.fetch ?? fetch;
  }

  private graphUrl(graph: string): string {
    const url = new URL(this.endpoint);
    url.searchParams.set('graph', graph);
    return url.href;
  }

  private async request(what: 'graph store' | 'update', label: string, url: string, init: RequestInit, ok: (status: number) => boolean): Promise<Response> {
    const endpoint = what === 'graph store' ? this.endpoint : url;
    let response: Response;
    try {
      response = await this.fetch(url, init);
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new SparqlHttpError(
        `${label}: cannot reach ${endpoint} (${cause?.code ?? cause?.message ?? (e as Error).message}); is the store running?`,
        endpoint,
      );
    }
    if (ok(response.status)) {
      await response.arrayBuffer().catch(() => undefined);
      return response;
    }
    const body = await excerpt(response);
    throw new SparqlHttpError(
      `${label}: ${endpoint} answered HTTP ${response.status} ${response.statusText}${body ? `: ${body}` : ''}\n  ${hint(response.status, what)}`,
      endpoint,
      response.status,
    );
  }

  /** Replaces the graph's triples with this Turtle document's (Graph Store PUT). */
  async put(graph: string, turtle: string): Promise<void> {
    await this.send('PUT', graph, turtle);
  }

  /** Adds this Turtle document's triples to the graph (Graph Store POST). */
  async post(graph: string, turtle: string): Promise<void> {
    await this.send('POST', graph, turtle);
  }

  private async send(method: 'PUT' | 'POST', graph: string, turtle: string): Promise<void> {
    // A fresh connection for each batch: fetch does not send a POST again when the store has
    // closed a kept-alive connection under it (a load of 100k entities into Virtuoso once
    // failed so, with "other side closed", after 25 batches).
    const init = { method, headers: { 'content-type': 'text/turtle; charset=utf-8', connection: 'close' }, body: turtle };
    await this.request('graph store', `${method} of the graph <${graph}>`, this.graphUrl(graph), init, (s) => s >= 200 && s < 300);
  }

  /** Removes the graph; a graph that is not there is fine when `missingOk`. */
  async delete(graph: string, missingOk = false): Promise<void> {
    await this.request(
      'graph store',
      `DELETE of the graph <${graph}>`,
      this.graphUrl(graph),
      { method: 'DELETE' },
      (s) => (s >= 200 && s < 300) || (missingOk && s === 404),
    );
  }

  /** Runs one SPARQL Update request. Callers put only checked IRIs into it (graphIriProblem). */
  async runUpdate(update: string, label: string): Promise<void> {
    if (!this.update) throw new SparqlHttpError(`${label}: no update endpoint is known for ${this.endpoint}; give it with --update <url>`, this.endpoint);
    const init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ update }).toString() };
    await this.request('update', label, this.update, init, (s) => s >= 200 && s < 300);
  }
}

// A small SPARQL server around Oxigraph's in-process Store, for the fast tests: the Graph
// Store HTTP Protocol on /store (PUT, POST, DELETE, GET of `?graph=<iri>`), SPARQL Update
// on /update and queries on /query (GET or POST, JSON results), as Oxigraph's own server
// lays them out, on a free 127.0.0.1 port. With `credentials` every request needs HTTP
// Basic auth. A document that does not parse changes nothing (400), as in Oxigraph.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { namedNode, Store } from 'oxigraph';

export interface OxigraphServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  graphStore: string;
  update: string;
  query: string;
  store: Store;
  /** Every request as `METHOD path?query`, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function formValue(text: string, contentType: string | undefined, name: string): string | undefined {
  if (contentType?.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams(text).get(name) ?? undefined;
  return text;
}

export async function startOxigraphServer(options: { credentials?: { user: string; password: string } } = {}): Promise<OxigraphServer> {
  const store = new Store();
  const requests: string[] = [];
  const expected = options.credentials && `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const answer = (status: number, text = '', type = 'text/plain') => response.writeHead(status, { 'content-type': type }).end(text);
    if (expected && request.headers.authorization !== expected) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="oxigraph test"' }).end('unauthorised');
      return;
    }
    const text = await body(request);
    try {
      if (url.pathname === '/store') {
        const graph = url.searchParams.get('graph');
        if (!graph) return answer(400, 'give ?graph=<iri>');
        const name = namedNode(graph);
        const exists = store.match(null, null, null, name).length > 0;
        if (request.method === 'GET') {
          if (!exists) return answer(404, 'no such graph');
          return answer(200, store.dump({ format: 'application/n-triples', from_graph_name: name }), 'application/n-triples');
        }
        if (request.method === 'DELETE') {
          if (!exists) return answer(404, 'no such graph');
          store.update(`DROP GRAPH <${graph}>`);
          return answer(204);
        }
        if (request.method !== 'PUT' && request.method !== 'POST') return answer(405);
        // Parsed whole first, so a document that does not parse leaves the graph as it was.
        const parsed = new Store();
        parsed.load(text, { format: 'text/turtle', to_graph_name: name });
        if (request.method === 'PUT') store.update(`DROP SILENT GRAPH <${graph}>`);
        for (const quad of parsed.match()) store.add(quad);
        return answer(exists ? 204 : 201);
      }
      if (url.pathname === '/update' && request.method === 'POST') {
        store.update(formValue(text, request.headers['content-type'], 'update') ?? '');
        return answer(204);
      }
      if (url.pathname === '/query') {
        const query = request.method === 'GET' ? url.searchParams.get('query') : formValue(text, request.headers['content-type'], 'query');
        const result = store.query(query ?? '', { results_format: 'application/sparql-results+json' });
        return answer(200, String(result), 'application/sparql-results+json');
      }
      return answer(404, 'not found');
    } catch (e) {
      return answer(400, (e as Error).message);
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the Oxigraph test server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    graphStore: `${origin}/store`,
    update: `${origin}/update`,
    query: `${origin}/query`,
    store,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

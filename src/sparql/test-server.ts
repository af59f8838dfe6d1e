// Test support: an in-process Oxigraph store served over HTTP as a SPARQL 1.1 Protocol
// query endpoint (POST application/sparql-query, `default-graph-uri`, optional basic
// authentication), so the SPARQL backend is tested through the same fetch it uses on a
// real server. It records each query, to show what the backend asks.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { namedNode, Store } from 'oxigraph';

export interface TestEndpoint {
  url: string;
  store: Store;
  /** The query texts received, in order. */
  queries: string[];
  /** The bytes of each answer, in order. */
  answered: number[];
  close(): Promise<void>;
}

/** Serves `turtle`, loaded into `graphIri` (or the default graph), on a free loopback port. */
export async function serveTurtle(turtle: string, options: { graphIri?: string; auth?: { user: string; password: string } } = {}): Promise<TestEndpoint> {
  const store = new Store();
  store.load(turtle, { format: 'text/turtle', ...(options.graphIri ? { to_graph_name: namedNode(options.graphIri) } : {}) });
  const queries: string[] = [];
  const answered: number[] = [];
  const expected = options.auth && `Basic ${Buffer.from(`${options.auth.user}:${options.auth.password}`).toString('base64')}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (expected && req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end('authentication required');
        return;
      }
      const type = req.headers['content-type'] ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const form = new URLSearchParams(type.startsWith('application/x-www-form-urlencoded') ? body : '');
      if (req.method !== 'POST' || !(type.startsWith('application/sparql-query') || form.has('query'))) {
        res.writeHead(415).end('POST application/sparql-query or a URL-encoded query');
        return;
      }
      const query = form.get('query') ?? body;
      queries.push(query);
      const graph = form.get('default-graph-uri') ?? params.get('default-graph-uri');
      try {
        const results = store.query(query, {
          results_format: 'application/sparql-results+json',
          ...(graph ? { default_graph: namedNode(graph) } : {}),
        }) as string;
        answered.push(Buffer.byteLength(results));
        res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(results);
      } catch (e) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(`query error: ${(e as Error).message}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    store,
    queries,
    answered,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, SparqlError } from './select.ts';
import { literal, sparql } from './terms.ts';
import { serveTurtle, type TestEndpoint } from './test-server.ts';

const TTL = `<urn:a> <urn:name> "in the named graph" .`;
const query = sparql`SELECT ?name WHERE { ?s <urn:name> ?name }`;

describe('select', () => {
  let endpoint: TestEndpoint;
  beforeAll(async () => {
    endpoint = await serveTurtle(TTL, { graphIri: 'urn:kg', auth: { user: 'reader', password: 'pa:ss wörd' } });
  });
  afterAll(() => endpoint.close());
  const auth = { user: 'reader', password: 'pa:ss wörd' };

  it('POSTs the query, with basic authentication, and reads the rows of the graph it names', async () => {
    const rows = await select(endpoint.url, query, { auth, defaultGraph: 'urn:kg' });
    expect(rows.map((r) => r.get('name'))).toEqual([{ type: 'literal', value: 'in the named graph' }]);
    expect(await select(endpoint.url, query, { auth })).toEqual([]);
  });

  it('sends the query as the body of an application/sparql-query POST when asked', async () => {
    const rows = await select(endpoint.url, query, { auth, defaultGraph: 'urn:kg', post: 'direct' });
    expect(rows.map((r) => r.get('name')?.value)).toEqual(['in the named graph']);
  });

  it('names the endpoint and its status, and says what to check on a 401', async () => {
    const failure = select(endpoint.url, query, { auth: { user: 'reader', password: 'wrong' } });
    await expect(failure).rejects.toThrow(SparqlError);
    await expect(failure).rejects.toThrow(
      `faktograf/sparql: the SPARQL endpoint ${endpoint.url} answered 401 Unauthorized (check --user and the password variable)`,
    );
  });

  it("gives the endpoint's own words on a query it refuses", async () => {
    const bad = select(endpoint.url, sparql`SELECT WHERE { ${literal('x')} }`, { auth });
    await expect(bad).rejects.toThrow(new RegExp(`^faktograf/sparql: the SPARQL endpoint ${endpoint.url} answered 400 Bad Request: query error`));
  });
});

describe('select against a broken endpoint', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 2000);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>a login page</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('says when the answer is not SPARQL results', async () => {
    await expect(select(`${url}/sparql`, query)).rejects.toThrow(
      `faktograf/sparql: the SPARQL endpoint ${url}/sparql did not answer with SPARQL results JSON (content-type text/html): <html>a login page</html>`,
    );
  });

  it('gives up after the timeout', async () => {
    await expect(select(`${url}/slow`, query, { timeoutMs: 100 })).rejects.toThrow(
      `faktograf/sparql: the SPARQL endpoint ${url}/slow did not answer within 100 ms`,
    );
  });

  it('says when nothing listens there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const there = `http://127.0.0.1:${port}/sparql`;
    await expect(select(there, query)).rejects.toThrow(`faktograf/sparql: cannot reach the SPARQL endpoint ${there}: ECONNREFUSED`);
  });
});

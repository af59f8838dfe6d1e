import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOxigraphServer, type OxigraphServer } from '../../../tests/sparql/oxigraph-server.ts';
import { useVirtuoso } from '../../../tests/sparql/use-virtuoso.ts';
import { virtuosoAvailable } from '../../../tests/sparql/virtuoso.ts';
import { runCli } from '../test-support.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const load = (...argv: string[]) => runCli(['load', ...argv], ROOT);
const count = (server: OxigraphServer, graph: string) => server.store.match(null, null, null, null).filter((q) => q.graph.value === graph).length;

afterEach(() => vi.unstubAllEnvs());

describe('faktograf load (Oxigraph)', () => {
  let server: OxigraphServer;
  beforeAll(async () => {
    server = await startOxigraphServer({ credentials: { user: 'editor', password: 'secret pass' } });
  });
  afterAll(() => server.close());

  it('loads the knowledge base into the named graph, authenticated with the password from the environment', async () => {
    vi.stubEnv('FAKTOGRAF_SPARQL_PASSWORD', 'secret pass');
    const r = await load(server.graphStore, '--graph-iri', 'urn:faktograf:kb', '--user', 'editor', '--batch', '2000', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['endpoint', 'graph', 'triples', 'batches', 'seconds', 'warnings']);
    expect(json).toMatchObject({ endpoint: server.graphStore, graph: 'urn:faktograf:kb', batches: Math.ceil(json.triples / 2000) });
    expect(json.triples).toBe(count(server, 'urn:faktograf:kb'));
    expect(json.triples).toBeGreaterThan(5000);
    expect(json.warnings).toEqual([
      'RDF here does not carry the graph attribute name (the ontology and the source ids are written)',
      'layout and display attributes (label, x, y, size, color, degree) are not written: RDF carries the facts',
    ]);
  });

  it('takes the password from a file, and says what it did', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktograf-load-')), 'password');
    writeFileSync(file, 'secret pass\n');
    const r = await load(server.graphStore, '--kb', 'src/kb/fixtures/mini', '--user', 'editor', '--password-file', file);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      new RegExp(
        `^loaded ([\\d,]+) triples \\(\\d+ nodes, \\d+ edges\\) into <https://example.org/faktograf/graph> at ${server.graphStore} in 1 batch, [\\d.]+ s\n`,
      ),
    );
    expect(Number(/loaded ([\d,]+)/.exec(r.err)![1]!.replace(/,/g, ''))).toBe(count(server, 'https://example.org/faktograf/graph'));
  });

  it('never takes a password on the command line, and asks for one where it is missing', async () => {
    for (const argv of [
      [server.graphStore, '--user', 'editor', '--password', 'secret pass'],
      [server.graphStore, '--user', 'editor', '--password=secret pass'],
    ]) {
      const r = await load(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/a password on the command line stays in the shell's history .*FAKTOGRAF_SPARQL_PASSWORD .*--password-file/);
    }
    const missing = await load(server.graphStore, '--user', 'editor');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('faktograf load: --user editor needs a password: set FAKTOGRAF_SPARQL_PASSWORD, or give --password-file <file>\n');
  });

  it('refuses a wrong password, an unknown endpoint layout and a hostile graph IRI with what to do', async () => {
    vi.stubEnv('FAKTOGRAF_SPARQL_PASSWORD', 'wrong');
    const refused = await load(server.graphStore, '--kb', 'src/kb/fixtures/mini', '--user', 'editor');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^faktograf load: PUT of the graph <urn:faktograf:load:[^>]+>: .* answered HTTP 401 Unauthorized: unauthorised\n {2}check --user/,
    );
    expect(refused.err).toMatch(/<https:\/\/example.org\/faktograf\/graph> was left as it was/);
    const layout = await load(`${server.origin}/gsp`);
    expect(layout.code).toBe(2);
    expect(layout.err).toMatch(/no update endpoint is known beside .*\/gsp; .* give --update <url>/);
    const hostile = await load(server.graphStore, '--graph-iri', 'urn:a> } ; DROP ALL ; INSERT DATA { GRAPH <urn:b');
    expect(hostile.code).toBe(2);
    expect(hostile.err).toMatch(/--graph-iri "urn:a> .*" may not contain ">"/);
    expect((await load('ftp://example.org/store')).err).toMatch(/is not an http\(s\) URL/);
  });
});

describe.skipIf(!virtuosoAvailable())('faktograf load (Virtuoso, digest auth)', () => {
  const fixture = useVirtuoso();

  it('loads the knowledge base through /sparql-graph-crud-auth, swapping through /sparql-auth', async () => {
    const virtuoso = fixture.server;
    vi.stubEnv('FAKTOGRAF_SPARQL_PASSWORD', virtuoso.password);
    const r = await load(virtuoso.graphStore, '--user', virtuoso.user, '--json');
    expect(r.code).toBe(0);
    const { triples } = JSON.parse(r.out);
    const query = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/faktograf/graph> { ?s ?p ?o } }';
    const response = await fetch(`${virtuoso.sparql}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
    expect((await response.json()).results.bindings[0].n.value).toBe(String(triples));
  }, 60_000);
});

import { namedNode, Store } from 'oxigraph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOxigraphServer, type OxigraphServer } from '../../tests/sparql/oxigraph-server.ts';
import { exportTurtle } from '../export/index.ts';
import { Notes } from '../export/notes.ts';
import { turtleBatches } from '../export/rdf.ts';
import { kbGraph, miniGraph } from '../export/test-support.ts';
import { authenticatingFetch } from '../node/http-auth.ts';
import { GraphStore, updateEndpointFor } from './graph-store.ts';
import { loadGraph, type LoadBatch } from './load.ts';

const TARGET = 'https://example.org/faktograf/graph';

/** The triples of one graph in a store, as sorted N-Triples lines (blank node labels as `_`). */
function graphLines(store: Store, graph: string): string[] {
  return store
    .dump({ format: 'application/n-triples', from_graph_name: namedNode(graph) })
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/_:[A-Za-z0-9]+/g, '_'))
    .sort();
}

function turtleLines(turtle: string): string[] {
  const store = new Store();
  store.load(turtle, { format: 'text/turtle', to_graph_name: namedNode(TARGET) });
  return graphLines(store, TARGET);
}

const graphsIn = (store: Store) => [...new Set(store.match().map((q) => q.graph.value))].sort();

/** The batches, with the `n`th (from 1) corrupted as a store would refuse it. */
function* corrupting(batches: Iterable<LoadBatch>, n: number): Generator<LoadBatch> {
  let i = 0;
  for (const b of batches) yield ++i === n ? { ...b, text: `${b.text}\n<urn:broken> <urn:p> "unterminated .\n` } : b;
}

let server: OxigraphServer;
beforeEach(async () => {
  server = await startOxigraphServer();
});
afterEach(() => server.close());

describe('turtleBatches', () => {
  it('cuts the export into standalone Turtle documents of about the size asked, blank nodes whole', async () => {
    const graph = await kbGraph(false);
    const batches = [...turtleBatches(graph, {}, new Notes(), 500)];
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches.slice(0, -1)) expect(b.triples).toBeGreaterThanOrEqual(500);
    for (const b of batches) expect(b.triples).toBeLessThan(520);
    // Each parses on its own, and together they are the export's triples, blank nodes included.
    const each = batches.map((b) => turtleLines(b.text));
    expect(each.map((l) => l.length)).toEqual(batches.map((b) => b.triples));
    expect(each.flat().sort()).toEqual(turtleLines(exportTurtle(graph).text));
  });
});

describe('loadGraph into a Graph Store endpoint (Oxigraph)', () => {
  const store = () => new GraphStore({ endpoint: server.graphStore });

  it('replaces the target graph with the export, in batches, and leaves nothing else behind', async () => {
    server.store.update(`INSERT DATA { GRAPH <${TARGET}> { <urn:old> <urn:p> "old" } GRAPH <urn:other> { <urn:x> <urn:p> "kept" } }`);
    const graph = await kbGraph(false);
    const seen: number[] = [];
    const result = await loadGraph({ store: store(), graph: TARGET, batches: turtleBatches(graph, {}, new Notes(), 1000), onBatch: (n) => seen.push(n) });
    expect(graphLines(server.store, TARGET)).toEqual(turtleLines(exportTurtle(graph).text));
    expect(graphsIn(server.store)).toEqual([TARGET, 'urn:other']);
    expect(result.triples).toBe(seen.reduce((a, b) => a + b, 0));
    expect(result.batches).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
    // One PUT, POSTs, then one update: the target is touched once.
    const methods = server.requests.map((r) => r.split(' ')[0] + (r.includes('/update') ? ' update' : ''));
    expect(methods).toEqual(['PUT', ...Array(seen.length - 1).fill('POST'), 'POST update']);
  });

  it('leaves the target exactly as it was when a batch fails midway, and drops what was loaded', async () => {
    await loadGraph({ store: store(), graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes(), 50) });
    const before = graphLines(server.store, TARGET);
    const batches = corrupting(turtleBatches(await kbGraph(false), {}, new Notes(), 500), 3);
    const failed = loadGraph({ store: store(), graph: TARGET, batches });
    await expect(failed).rejects.toThrow(`POST of the graph <urn:faktograf:load:`);
    await expect(failed).rejects.toThrow(`${server.graphStore} answered HTTP 400`);
    await expect(failed).rejects.toThrow(`the load stopped after 2 batches (`);
    await expect(failed).rejects.toThrow(`<${TARGET}> was left as it was, and the temporary graph <urn:faktograf:load:`);
    expect(graphLines(server.store, TARGET)).toEqual(before);
    expect(graphsIn(server.store)).toEqual([TARGET]);
  });

  it('leaves the target as it was when the swap fails', async () => {
    server.store.update(`INSERT DATA { GRAPH <${TARGET}> { <urn:old> <urn:p> "old" } }`);
    const wrongUpdate = new GraphStore({ endpoint: server.graphStore, update: `${server.origin}/no-update-here` });
    await expect(loadGraph({ store: wrongUpdate, graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes()) })).rejects.toThrow(
      /answered HTTP 404.*\n.*is this the update endpoint\?[\s\S]*was left as it was/,
    );
    expect(graphLines(server.store, TARGET)).toEqual(['<urn:old> <urn:p> "old" .']);
    expect(graphsIn(server.store)).toEqual([TARGET]);
  });

  it('refuses a graph IRI that would break out of the update, before sending anything', async () => {
    for (const graph of ['urn:x> } ; DROP ALL ; INSERT DATA { GRAPH <urn:y', 'not an iri', 'https://example.org/a b'])
      await expect(loadGraph({ store: store(), graph, batches: [] })).rejects.toThrow(`the graph IRI "${graph}" `);
    expect(server.requests).toEqual([]);
  });

  it('empties the target for an empty knowledge graph', async () => {
    server.store.update(`INSERT DATA { GRAPH <${TARGET}> { <urn:old> <urn:p> "old" } }`);
    expect(await loadGraph({ store: store(), graph: TARGET, batches: [] })).toEqual({ graph: TARGET, triples: 0, batches: 0 });
    expect(graphsIn(server.store)).toEqual([]);
  });

  it('says when the store cannot be reached, naming it', async () => {
    await server.close();
    await expect(loadGraph({ store: store(), graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes()) })).rejects.toThrow(
      new RegExp(`cannot reach ${server.graphStore} \\(ECONNREFUSED\\); is the store running\\?`),
    );
    server = await startOxigraphServer();
  });
});

describe('a Graph Store endpoint behind HTTP Basic auth', () => {
  let guarded: OxigraphServer;
  beforeEach(async () => {
    guarded = await startOxigraphServer({ credentials: { user: 'editor', password: 'zaq1"@WSX' } });
  });
  afterEach(() => guarded.close());

  it('authenticates when challenged, and says what to check when refused', async () => {
    const as = (password: string) => new GraphStore({ endpoint: guarded.graphStore, fetch: authenticatingFetch({ user: 'editor', password }) });
    await loadGraph({ store: as('zaq1"@WSX'), graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes()) });
    expect(graphLines(guarded.store, TARGET).length).toBeGreaterThan(100);
    await expect(as('wrong').put(TARGET, '')).rejects.toThrow(/answered HTTP 401 Unauthorized: unauthorised\n {2}check --user and the password/);
    await expect(new GraphStore({ endpoint: guarded.graphStore }).put(TARGET, '')).rejects.toThrow(/HTTP 401/);
  });
});

describe('updateEndpointFor', () => {
  it.each([
    ['http://localhost:8890/sparql-graph-crud-auth', 'http://localhost:8890/sparql-auth'],
    ['http://localhost:8890/sparql-graph-crud', 'http://localhost:8890/sparql'],
    ['http://localhost:3030/news/data', 'http://localhost:3030/news/update'],
    ['http://localhost:7878/store', 'http://localhost:7878/update'],
    ['http://localhost:7878/something', undefined],
  ])('%s → %s', (endpoint, update) => expect(updateEndpointFor(endpoint)).toBe(update));
});

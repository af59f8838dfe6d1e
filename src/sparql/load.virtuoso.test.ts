// loadGraph against the real thing: Virtuoso 7's Graph Store endpoint with digest auth
// (/sparql-graph-crud-auth) and its update service (/sparql-auth). Virtuoso keeps the
// triples of a request that fails midway, so this is where all-or-nothing is earned.
import { describe, expect, it } from 'vitest';
import { useVirtuoso } from '../../tests/sparql/use-virtuoso.ts';
import { virtuosoAvailable } from '../../tests/sparql/virtuoso.ts';
import { Notes } from '../export/notes.ts';
import { turtleBatches } from '../export/rdf.ts';
import { kbGraph, miniGraph } from '../export/test-support.ts';
import { authenticatingFetch } from '../node/http-auth.ts';
import { GraphStore } from './graph-store.ts';
import { loadGraph, type LoadBatch } from './load.ts';

const TARGET = 'https://example.org/faktograf/graph';

describe.skipIf(!virtuosoAvailable())('loadGraph into Virtuoso', () => {
  const fixture = useVirtuoso();

  async function select(query: string): Promise<string[]> {
    const response = await fetch(`${fixture.server.sparql}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
    const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: Array<Record<string, { value: string }>> } };
    return json.results.bindings.map((b) => json.head.vars.map((v) => b[v]?.value ?? '').join(' ')).sort();
  }
  /** The target's triples (blank nodes as `_`), and the graphs of the store outside Virtuoso's own. */
  const targetTriples = () =>
    select(`SELECT ?s ?p ?o (STR(?o) AS ?v) WHERE { GRAPH <${TARGET}> { ?s ?p ?o } }`).then((rows) =>
      rows.map((r) => r.replace(/nodeID:\/\/\S+/g, '_')).sort(),
    );
  const ourGraphs = () =>
    select(
      'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:faktograf:load:") || STRSTARTS(STR(?g), "https://example.org/")) }',
    );

  it('loads the knowledge base in batches, with digest auth, replacing what the graph held', async () => {
    await loadGraph({ store: fixture.store, graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes()) });
    const graph = await kbGraph(false);
    const result = await loadGraph({ store: fixture.store, graph: TARGET, batches: turtleBatches(graph, {}, new Notes(), 1000) });
    expect(result.batches).toBeGreaterThan(3);
    expect(await select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${TARGET}> { ?s ?p ?o } }`)).toEqual([String(result.triples)]);
    expect(await select(`SELECT (COUNT(?r) AS ?n) WHERE { GRAPH <${TARGET}> { ?r a <https://example.org/faktograf/vocab#Relation> } }`)).toEqual([
      String(graph.size),
    ]);
    expect(await ourGraphs()).toEqual([TARGET]);
  }, 60_000);

  it('leaves the graph exactly as it was when a batch fails midway', async () => {
    await loadGraph({ store: fixture.store, graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes(), 50) });
    const before = await targetTriples();
    expect(before.length).toBeGreaterThan(100);
    // The third batch ends in a syntax error: Virtuoso has already stored the triples before it.
    function* failing(): Generator<LoadBatch> {
      let i = 0;
      for (const b of turtleBatches(miniGraph(false), { base: 'https://example.org/other/' }, new Notes(), 50))
        yield ++i === 3 ? { ...b, text: `${b.text}\n<urn:a> <urn:p> 6.\n` } : b;
    }
    await expect(loadGraph({ store: fixture.store, graph: TARGET, batches: failing() })).rejects.toThrow(
      /POST of the graph <urn:faktograf:load:[^>]+>: http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth answered HTTP 500 .*syntax error[\s\S]*the load stopped after 2 batches[\s\S]*was left as it was, and the temporary graph <urn:faktograf:load:[^>]+> was dropped/,
    );
    expect(await targetTriples()).toEqual(before);
    expect(await ourGraphs()).toEqual([TARGET]);
  }, 60_000);

  it('says what to check when the password is wrong', async () => {
    const wrong = new GraphStore({ endpoint: fixture.server.graphStore, fetch: authenticatingFetch({ user: fixture.server.user, password: 'not-it' }) });
    await expect(loadGraph({ store: wrong, graph: TARGET, batches: turtleBatches(miniGraph(false), {}, new Notes()) })).rejects.toThrow(
      /answered HTTP 401 Unauthorized[\s\S]*check --user and the password/,
    );
  });
});

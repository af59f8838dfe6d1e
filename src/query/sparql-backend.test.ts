import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraphData } from '../compile/graph.ts';
import { MultiDirectedGraph } from '../model/graph.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/types.ts';
import type { TestEndpoint } from '../sparql/test-server.ts';
import { MemoryBackend, type QueryBackend } from './backend.ts';
import { KnowledgeGraph, type RelationFilter } from './knowledge-graph.ts';
import { GRAPH_IRI, seedGraph, serveGraph, synthKb } from './sparql-test-support.ts';

/** Asks both backends the same question; the answers must be equal, key order included. */
async function same<T>(memory: QueryBackend, sparql: QueryBackend, ask: (b: QueryBackend) => Promise<T>): Promise<T> {
  const [a, b] = await Promise.all([ask(memory), ask(sparql)]);
  expect(JSON.stringify(b, null, 1)).toBe(JSON.stringify(a, null, 1));
  return a;
}

/** Every question the command line asks, on every entity or a spread sample of them. */
function compareAll(name: string, graphOf: () => Promise<KnowledgeGraphData> | KnowledgeGraphData) {
  describe(`both backends on ${name}`, () => {
    let graph: KnowledgeGraphData;
    let endpoint: TestEndpoint;
    let memory: MemoryBackend;
    let sparql: QueryBackend;
    beforeAll(async () => {
      graph = await graphOf();
      endpoint = await serveGraph(graph);
      memory = new MemoryBackend(new KnowledgeGraph(graph as never));
      sparql = KnowledgeGraph.fromSparql(endpoint.url, { graphIri: GRAPH_IRI });
    });
    afterAll(() => endpoint.close());
    const sample = (n: number) => graph.nodes().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / n)) === 0);

    it('gives every entity alike, and the ontology the commands show', async () => {
      for (const id of graph.nodes()) await same(memory, sparql, (b) => b.entity(id));
      await same(memory, sparql, (b) => b.entity('no-such-entity'));
      await same(memory, sparql, (b) => b.relationTypes());
      for (const type of new Set(graph.mapNodes((_, a) => a.entityType))) await same(memory, sparql, (b) => b.entityTypeLabel(type));
      const [a, b] = await Promise.all([memory.knownNames(), sparql.knownNames()]);
      expect(new Set(b)).toEqual(new Set(a));
    });

    it('resolves every id, name and alias, inflected, partial and unknown names alike (ambiguous, fuzzy, none)', async () => {
      const names = graph.reduceNodes<string[]>((acc, id, a) => [...acc, id, a.name.pl, a.name.en, ...a.aliases], []);
      const variants = names.flatMap((n) => [n, n.toUpperCase(), `${n}owi`, n.split(' ')[0]!, n.split(' ').slice(-1)[0]!]);
      const kinds = new Set<string>();
      for (const n of [...new Set([...variants, 'a', 'w', 'zzzz qqqq', 'Kim', 'Korea', ''])])
        kinds.add((await same(memory, sparql, (b) => b.resolveEntity(n))).match);
      expect([...kinds].sort()).toEqual(['alias', 'ambiguous', 'exact', 'fuzzy', 'none']);
    });

    it('lists relations alike under every filter the commands give', async () => {
      const all = await same(memory, sparql, (b) => b.relations());
      expect(all.length).toBe(graph.size);
      const filters: RelationFilter[] = [];
      for (const id of sample(10))
        filters.push({ from: id }, { to: id }, { involving: id }, { claimedBy: id }, { from: id, type: [...new Set(all.map((r) => r.type))].slice(0, 3) });
      const source = all[0]!.evidence[0]!.source;
      filters.push(
        { source },
        { minOutlets: 2 },
        { factuality: ['probable', 'possible'] },
        { polarity: 'negative' },
        { status: 'planned' },
        { minFactuality: 'probable' },
      );
      filters.push({ from: all[0]!.from, to: all[0]!.to }, { source: '"} ; DROP ALL ; #' });
      for (const filter of filters) await same(memory, sparql, (b) => b.relations(filter));
      for (const id of sample(10)) for (const end of ['from', 'to'] as const) await same(memory, sparql, (b) => b.countRelations({ [end]: id }));
    });

    it('finds the same shortest paths, either way round and following directions', async () => {
      const nodes = sample(8);
      let found = 0;
      for (const a of nodes)
        for (const b of nodes.slice(0, 4))
          for (const directed of [false, true]) {
            const path = await same(memory, sparql, (k) => k.shortestPath(a, b, { directed }));
            if (path && path.edges.length > 1) found++;
            if (path) await same(memory, sparql, (k) => k.relationsById(path.edges));
          }
      expect(found).toBeGreaterThan(3);
    });

    it('gives the same conflicts and series', async () => {
      const conflicts = await same(memory, sparql, (b) => b.conflicts());
      await same(memory, sparql, (b) => b.series());
      expect(conflicts.length).toBeGreaterThan(0);
    });
  });
}

compareAll('the seed knowledge base', seedGraph);
compareAll('a synthetic knowledge base', () => synthKb(200, 600).graph);

describe('the SPARQL backend', () => {
  it('answers one entity, its relations and a path without fetching the graph', async () => {
    const { graph } = synthKb(600, 2400, 5);
    const endpoint = await serveGraph(graph);
    const sparql = KnowledgeGraph.fromSparql(endpoint.url, { graphIri: GRAPH_IRI });
    const dump = Buffer.byteLength(
      endpoint.store.query(`SELECT * WHERE { GRAPH <${GRAPH_IRI}> { ?s ?p ?o } }`, { results_format: 'application/sparql-results+json' }) as string,
    );
    await sparql.resolveEntity(graph.nodes()[0]!);
    const names = endpoint.answered.reduce((a, b) => a + b, 0);
    const [a, b] = [graph.nodes()[10]!, graph.nodes()[500]!];
    await sparql.entity(a);
    await sparql.relations({ from: a });
    await sparql.shortestPath(a, b);
    const rest = endpoint.answered.reduce((x, y) => x + y, 0) - names;
    await endpoint.close();
    // The names (one query) and the answers are a small part of what the graph holds.
    expect(names).toBeLessThan(dump / 5);
    expect(rest).toBeLessThan(dump / 5);
  });

  it('keeps ids and names with quotes, backslashes, line breaks, `>` and unicode intact, and out of the query text', async () => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
    const hostile = ['o"brien', 'back\\slash', 'line\nbreak', 'x> } ; DROP ALL ; #', 'żółw 🐢 김정은', "it's"];
    hostile.forEach((id, i) => {
      g.addNode(id, {
        label: id,
        x: 0,
        y: 0,
        size: 1,
        color: '#000',
        entityType: 'Person',
        name: { pl: `${id} "pl"`, en: `${id}\\en\n` },
        aliases: [`alias ${i} "} DROP`, `${id}>`],
        attributes: { 'odd"key': 'v"\\\n', n: i },
        pagerank: i / 10,
        degree: 0,
      });
    });
    hostile.forEach((id, i) => {
      const to = hostile[(i + 1) % hostile.length]!;
      g.addDirectedEdgeWithKey(`r "${i}" > \\`, id, to, {
        label: 'x',
        size: 1,
        color: '#000',
        relationType: 'MET',
        factuality: 'certain',
        polarity: 'positive',
        status: 'occurred',
        basis: 'text',
        note: 'a "note" } ;',
        claimedBy: [to],
        corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
        conflicts: [],
        qualifiers: { purpose: { pl: 'cel "x"', en: 'aim \\', basis: 'text' } },
        evidence: [
          {
            source: 'src "1" >',
            outlet: 'o"utlet',
            quote: 'he said "no" \\ }',
            start: 0,
            end: 3,
            sentence: 0,
            claimedBy: [to, id],
            factuality: 'certain',
            polarity: 'positive',
            status: 'occurred',
          },
        ],
      });
    });
    const endpoint = await serveGraph(g);
    const memory = new MemoryBackend(new KnowledgeGraph(g as never));
    const sparql = KnowledgeGraph.fromSparql(endpoint.url, { graphIri: GRAPH_IRI });
    for (const id of hostile) {
      await same(memory, sparql, (b) => b.entity(id));
      await same(memory, sparql, (b) => b.resolveEntity(id));
      await same(memory, sparql, (b) => b.relations({ from: id }));
      await same(memory, sparql, (b) => b.relations({ claimedBy: id }));
      await same(memory, sparql, (b) => b.shortestPath(id, hostile[3]!));
    }
    await same(memory, sparql, (b) => b.relations({ source: 'src "1" >' }));
    expect((await sparql.relations({ source: 'src "1" >' })).length).toBe(hostile.length);
    expect(await sparql.relations({ source: '"} ; DROP ALL ; #' })).toEqual([]);
    // Nothing that could end a literal or an IRI reaches the query text as it was typed.
    for (const q of endpoint.queries) for (const h of hostile.filter((x) => /["\\\n>]/.test(x))) expect(q).not.toContain(h);
    await endpoint.close();
  });

  it('names the endpoint when a relation it was asked for is not there', async () => {
    const endpoint = await serveGraph(await seedGraph());
    const sparql = KnowledgeGraph.fromSparql(endpoint.url, { graphIri: GRAPH_IRI });
    await expect(sparql.relationsById(['r-no-such'])).rejects.toThrow(`faktograf/query: no relation "r-no-such" at ${endpoint.url}`);
    await expect(sparql.shortestPath('no-such', 'kim-jong-un')).rejects.toThrow('faktograf/query: no entity "no-such"');
    // The wrong graph IRI: the graph is empty there.
    expect(await KnowledgeGraph.fromSparql(endpoint.url, { graphIri: 'https://faktograf.test/graph/other' }).entity('kim-jong-un')).toBeUndefined();
    expect(() => KnowledgeGraph.fromSparql(endpoint.url, { graphIri: 'urn:x> } DROP ALL' })).toThrow(/IRI may not hold/);
    await endpoint.close();
  });
});

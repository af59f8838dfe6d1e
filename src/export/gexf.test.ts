import { parse as parseWithGraphologyGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph } from '../import/index.ts';
import { Graph } from '../model/graph.ts';
import { exportGexf } from './index.ts';
import { gexf } from './gexf.ts';
import { awkwardGraph, kbGraph, miniGraph, schemaErrors } from './test-support.ts';
import type { AnyGraph } from './types.ts';

const VERSIONS = [
  ['1.3', 'gexf-1.3'],
  ['1.2draft', 'gexf-1.2draft'],
] as const;

/** Nodes and edges (keys, ends, direction, every attribute) as graphology serializes them. */
const elements = (g: AnyGraph) => {
  const { nodes, edges } = g.export();
  return { nodes, edges: edges.map((e) => ({ ...e, undirected: e.undirected ?? g.type === 'undirected' })) };
};

let kb: AnyGraph;
beforeAll(async () => {
  kb = await kbGraph();
});

describe.each(VERSIONS)('GEXF %s', (version, schema) => {
  it('is valid against the official schema, for the knowledge base, the fixture and an awkward graph', () => {
    for (const g of [kb, miniGraph(), awkwardGraph(), new Graph()]) expect(schemaErrors(exportGexf(g, { version }).text, schema)).toBe('');
  });

  it('gives back the knowledge base attribute by attribute', () => {
    const back = importGraph(exportGexf(kb, { version }).text);
    expect(back.format).toBe('gexf');
    expect(back.version).toBe(version);
    expect(back.graph.type).toBe('directed');
    expect(elements(back.graph)).toEqual(elements(kb));
    const shoigu = back.graph.getNodeAttributes('sergei-shoigu');
    expect(shoigu.name).toEqual({ pl: 'Siergiej Szojgu', en: 'Sergei Shoigu' });
    const sappers = back.graph.getEdgeAttributes('r-sappers-part-of-contingent-2025');
    expect(sappers.qualifiers.quantity).toEqual({
      value: 1000,
      precision: 'approximate',
      unit: { pl: 'saperzy', en: 'sappers' },
      unitForms: { pl: { one: 'saper', few: 'saperzy', many: 'saperów' }, en: { one: 'sapper', other: 'sappers' } },
      basis: 'text',
    });
    expect(shoigu.genitive).toEqual({ pl: 'Siergieja Szojgu' });
    expect(sappers).toMatchObject({
      factuality: 'certain',
      status: 'planned',
      claimedBy: ['sergei-shoigu'],
      corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
    });
    expect(sappers.evidence[0]).toMatchObject({ claimedBy: ['sergei-shoigu'], factuality: 'certain', outlet: 'source:seed-kp-kursk-2025' });
    expect(sappers.evidence[0]).toMatchObject({ quote: 'kontyngentu składającego się z 1 tys. saperów', start: 63, end: 108 });
  });

  it('gives back any graphology graph: lists, nested, mixed types, odd keys and ids, NaN, mixed edges, self loops', () => {
    const g = awkwardGraph();
    expect(elements(importGraph(exportGexf(g, { version }).text).graph)).toEqual(elements(g));
  });

  it('declares every attribute with its type', () => {
    const text = exportGexf(kb, { version }).text;
    for (const decl of [
      '<attribute id="entityType" title="entityType" type="string"/>',
      '<attribute id="name.en" title="name.en" type="string"/>',
      '<attribute id="aliases:json" title="aliases" type="string"/>',
      '<attribute id="wikidata" title="wikidata" type="string"/>',
      '<attribute id="pagerank" title="pagerank" type="double"/>',
      '<attribute id="degree" title="degree" type="integer"/>',
      '<attribute id="factuality" title="factuality" type="string"/>',
      '<attribute id="claimedBy:json" title="claimedBy" type="string"/>',
      '<attribute id="corroboration.independentOutlets" title="corroboration.independentOutlets" type="integer"/>',
      '<attribute id="qualifiers.quantity.value" title="qualifiers.quantity.value" type="integer"/>',
      '<attribute id="qualifiers.time.value" title="qualifiers.time.value" type="string"/>',
      '<attribute id="qualifiers.time.basis" title="qualifiers.time.basis" type="string"/>',
      '<attribute id="evidence:json" title="evidence" type="string"/>',
      '<attribute id="size" title="size" type="double"/>',
    ])
      expect(text).toContain(decl);
    expect(text).toMatch(/<viz:position x="[-\d.e]+" y="[-\d.e]+" z="0"\/>/);
    expect(text).toMatch(/<viz:thickness value="[\d.]+"\/>/);
  });
});

describe('GEXF export', () => {
  it('says what it cannot carry', () => {
    expect(exportGexf(kb).warnings).toEqual([
      'GEXF cannot carry the graph attributes name, ontology, sources, conflicts, series: its <meta> holds only creator, description, keywords (GraphML and JSON keep them)',
    ]);
  });

  it('replaces characters XML cannot hold, says so, and stays valid', () => {
    const g = new Graph();
    g.addNode('a', { label: 'bell\u0007', note: 'nul\u0000 and lone \uD800' });
    const { text, warnings } = exportGexf(g);
    expect(schemaErrors(text, 'gexf-1.3')).toBe('');
    expect(importGraph(text).graph.getNodeAttributes('a')).toEqual({ label: 'bell\uFFFD', note: 'nul\uFFFD and lone \uFFFD' });
    expect(warnings).toEqual(['characters XML 1.0 cannot hold (control characters, unpaired surrogates) were replaced by U+FFFD (3 times)']);
  });

  it('streams a large graph in chunks that join to the same document', () => {
    const g = new Graph();
    for (let i = 0; i < 3000; i++) g.addNode(`n${i}`, { label: `node ${i}`, x: i, y: -i, size: 1, color: '#336699', weight: i / 7 });
    for (let i = 1; i < 3000; i++) g.addEdge(`n${i - 1}`, `n${i}`, { factuality: 'certain' });
    const chunks = [...gexf(g).files[0]!.chunks];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 ** 17);
    expect(chunks.join('')).toBe(exportGexf(g).text);
  });

  it('is read by graphology-gexf, the parser Gephi Lite uses', () => {
    const g = parseWithGraphologyGexf(Graph, exportGexf(kb).text);
    expect([g.order, g.size]).toEqual([kb.order, kb.size]);
    const kim = g.getNodeAttributes('kim-jong-un');
    expect(kim).toMatchObject({ label: 'Kim Dzong Un', 'name.en': 'Kim Jong Un', wikidata: 'Q56226', color: '#e15759' });
    // It names attributes by id unless the id is numeric, so JSON columns keep their suffix.
    expect(JSON.parse(kim['aliases:json'])).toEqual(kb.getNodeAttribute('kim-jong-un', 'aliases'));
  });
});

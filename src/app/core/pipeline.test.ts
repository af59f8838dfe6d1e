// Dataset -> filtered graph -> drawn graph, on the hand-made fixture.
import { readFileSync } from 'node:fs';
import { Graph, MultiDirectedGraph } from '../../model/graph.ts';
import { describe, expect, test } from 'vitest';
import { applyAppearance, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE } from './appearance.ts';
import { makeDataset, normalizeGraph } from './dataset.ts';
import { filterGraph } from './filters.ts';
import { toGexf } from './export.ts';
import { emphasis } from './highlight.ts';
import { isLargeGraph } from './scale.ts';
import { formatQuantity, relationGroups } from './relations.ts';
import { EMPTY_FILTERS } from './store.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');
const raw = new Graph({ multi: true, type: 'mixed' });
raw.import(JSON.parse(fixture('graph.json')));
const graph = normalizeGraph(raw, 'fixture');
const dataset = makeDataset(graph, JSON.parse(fixture('sources.json')), null);

describe('filterGraph', () => {
  test.each([
    [{}, 8, 8],
    [{ entityTypes: ['person'] }, 6, 4],
    [{ relationTypes: ['supplies'] }, 8, 5],
    [{ factualities: ['possible', 'probable'] }, 8, 5],
    // r4 is Reuters' claim, r7 and r8 KCNA's: hiding both claimants hides those three.
    [{ claimants: ['reuters', 'kcna'] }, 8, 5],
    [{ claimants: ['-'] }, 8, 3],
    [{ outlets: ['1'] }, 8, 0],
    // Hiding the only source drops every relation and the entities they tied; only the
    // two unconnected ones (named just in attributions) stay.
    [{ sources: ['pap-2024-09-13'] }, 2, 0],
  ])('%j keeps %i entities and %i relations', (hidden, nodes, edges) => {
    const g = filterGraph(graph, { ...EMPTY_FILTERS, ...hidden });
    expect([g.order, g.size]).toEqual([nodes, edges]);
  });

  test('hides what a draft brings: its relations, or its entities with their relations', () => {
    const drafts = { nodes: new Set(['kcna']), edges: new Set(['r3', 'r4']) };
    const relations = filterGraph(graph, { ...EMPTY_FILTERS, drafts: ['relations'] }, drafts);
    expect([relations.order, relations.size, relations.hasEdge('r3')]).toEqual([8, 6, false]);
    const entities = filterGraph(graph, { ...EMPTY_FILTERS, drafts: ['entities'] }, drafts);
    expect([entities.hasNode('kcna'), entities.someEdge((_e, _a, s, t) => s === 'kcna' || t === 'kcna')]).toEqual([false, false]);
    const styled = applyAppearance(filterGraph(graph, EMPTY_FILTERS, drafts), { lang: 'pl', sizeBy: 'degree', range: [0, 5], drafts });
    expect(styled.filterNodes((_n, a) => (a as { type?: string }).type === 'draft')).toEqual(['kcna']);
  });

  test('copies attributes, so display steps never write into the dataset', () => {
    const g = applyAppearance(filterGraph(graph, EMPTY_FILTERS), { lang: 'en', sizeBy: 'degree', range: [0, 5] });
    expect(g.getNodeAttribute('shoigu', 'label')).toBe('Sergei Shoigu');
    expect(graph.getNodeAttribute('shoigu', 'label')).toBe('Siergiej Szojgu');
  });
});

describe('appearance', () => {
  test('sizes span the configured range', () => {
    expect(nodeSize(0, [0, 4])).toBe(MIN_NODE_SIZE);
    expect(nodeSize(4, [0, 4])).toBe(MAX_NODE_SIZE);
    expect(nodeSize(3, [3, 3])).toBeGreaterThan(MIN_NODE_SIZE);
  });
});

describe('details view models', () => {
  test('groups relations by type and formats qualifiers', () => {
    const out = relationGroups(graph, 'north-korea', 'out', 'en');
    expect(out.map((g) => [g.relationType, g.items.length])).toEqual([['supplies', 2]]);
    const reported = out[0]!.items.find((i) => i.claimants.length > 0 && i.factuality === 'certain')!;
    expect(reported.claimants).toEqual(['Reuters']);
    expect(reported.factualityLabel).toBe('certain');
    expect(reported.qualifiers).toEqual([['quantity', '≥ 20,000 ammunition containers']]);
    expect(formatQuantity({ value: 1000, precision: 'approximate', basis: 'text' }, 'pl')).toMatch(/^≈ 1\s?000$/);
  });

  test('emphasis: hover beats selection, selection beats path', () => {
    const path = { nodes: ['kim', 'shoigu'], edges: ['r3'] };
    const hovered = emphasis(graph, { hoveredNode: 'kcna', selection: { kind: 'node', id: 'kim' }, path });
    expect([...hovered!.focus]).toEqual(['kcna']);
    const selected = emphasis(graph, { hoveredNode: null, selection: { kind: 'edge', id: 'r4', evidence: 0 }, path });
    expect([...selected!.nodes].sort()).toEqual(['north-korea', 'russia']);
    expect(emphasis(graph, { hoveredNode: null, selection: null, path })!.edges).toEqual(new Set(['r3']));
    expect(emphasis(graph, { hoveredNode: null, selection: null, path: null })).toBeNull();
  });
});

describe('normalizeGraph', () => {
  test('gives a foreign graph names, types, an ontology and no evidence', () => {
    const foreign = new Graph({ type: 'undirected' });
    foreign.addNode('a', { label: 'Alpha', kind: 'port', population: 5, x: 1, y: 2, color: '#123456' });
    foreign.addNode('b', { aliases: 'Beta|B' });
    foreign.addEdge('a', 'b', { label: 'links' });
    const g = normalizeGraph(foreign, 'f.gexf');
    expect(g.getNodeAttributes('a')).toMatchObject({
      name: { pl: 'Alpha', en: 'Alpha' },
      entityType: 'port',
      attributes: { kind: 'port', population: 5 },
      degree: 1,
    });
    expect(g.getNodeAttributes('b')).toMatchObject({ label: 'b', aliases: ['Beta', 'B'], entityType: 'entity' });
    expect(Number.isFinite(g.getNodeAttribute('b', 'x'))).toBe(true);
    const ontology = g.getAttribute('ontology');
    expect(Object.keys(ontology.entityTypes)).toEqual(['port', 'entity']);
    expect(ontology.entityTypes.port!.color).toBe('#123456');
    expect(Object.keys(ontology.relationTypes)).toEqual(['links']);
    expect(makeDataset(g, [], 'f.gexf')).toMatchObject({ hasEvidence: false, hasPagerank: false });
  });

  test('drops colours WebGL cannot read, so such nodes take their type colour', () => {
    const odd = new Graph();
    odd.addNode('a', { color: 42 });
    odd.addNode('b', { color: 'javascript:alert(1)' });
    odd.addNode('c', { color: 'rgb(1, 2, 3)' });
    odd.addNode('d', { color: '#abc' });
    const g = normalizeGraph(odd, 'odd.json');
    expect(g.mapNodes((_, a) => a.color)).toEqual(['', '', 'rgb(1, 2, 3)', '#abc']);
    expect(g.getAttribute('ontology').entityTypes.entity!.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('reads flat formats: dotted keys nest again, JSON lists parse', () => {
    const flat = new Graph();
    flat.addNode('a', { 'name.pl': 'Rosja', 'name.en': 'Russia', aliases: '["Rosji","FR"]', entityType: 'Country' });
    flat.addNode('b', {});
    flat.addEdge('a', 'b', { relationType: 'X', 'qualifiers.time': '2025', evidence: '[{"source":"s","quote":"q","start":0,"end":1,"sentence":0}]' });
    const g = normalizeGraph(flat, 'flat.gexf');
    expect(g.getNodeAttributes('a')).toMatchObject({ name: { pl: 'Rosja', en: 'Russia' }, aliases: ['Rosji', 'FR'], attributes: {} });
    const e = g.getEdgeAttributes(g.edges()[0]!);
    expect(e.qualifiers).toEqual({ time: '2025' });
    expect(e.evidence).toHaveLength(1);
  });

  test('keeps the built knowledge base as it is', () => {
    expect(dataset.hasEvidence).toBe(true);
    expect(graph.getEdgeAttribute('r4', 'evidence')[0]!.quote).toMatch(/^Korea Północna dostarczyła/);
    expect(graph.getNodeAttributes('shoigu')).toMatchObject({ wikidata: 'Q315552', aliases: expect.arrayContaining(['Szojgu']) });
  });
});

describe('normalizeGraph in place', () => {
  test('a directed multigraph is normalised in place to what a copy gives', () => {
    const directed = new MultiDirectedGraph();
    directed.import(JSON.parse(fixture('graph.json')));
    const inPlace = normalizeGraph(directed, 'fixture');
    expect(inPlace).toBe(directed);
    expect(inPlace.export()).toEqual(graph.export());
  });
});

describe('large graphs', () => {
  test('are drawn with points and lines, drafts keep their programs', () => {
    const opts = { lang: 'pl' as const, sizeBy: 'degree' as const, range: [0, 5] as [number, number] };
    const styled = applyAppearance(filterGraph(graph, EMPTY_FILTERS), opts, { node: 'point', edge: 'line' });
    expect(new Set(styled.mapNodes((_n, a) => (a as { type?: string }).type))).toEqual(new Set(['point']));
    expect(new Set(styled.mapEdges((_e, a) => (a as { type?: string }).type))).toEqual(new Set(['line']));
    expect(isLargeGraph(graph.order, graph.size)).toBe(false);
    expect(isLargeGraph(50_000, 250_000)).toBe(true);
  });
});

describe('toGexf', () => {
  test("exports data and display attributes, not the renderer's own fields", () => {
    const styled = applyAppearance(filterGraph(graph, EMPTY_FILTERS), { lang: 'en', sizeBy: 'degree', range: [0, 5] });
    const { text } = toGexf(styled);
    expect(text.match(/<node /g)?.length).toBe(styled.order);
    expect(text).toMatch(/title="entityType"/);
    for (const field of ['"type"', '"zIndex"', '"forceLabel"', '"hidden"']) expect(text).not.toContain(`title=${field}`);
  });
});

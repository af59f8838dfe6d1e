// The time filters and the outlet filter on the small multi-source knowledge base
// (src/query/fixtures/multi-source-kb.ts): as of a day, only what sources published by then
// said; the brush, only claims dated within it; hidden outlets, only what others tell.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../compile/graph.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { DEPLOYMENT, multiSourceFiles } from '../../query/fixtures/multi-source-kb.ts';
import { edgeAppearance, edgeSize } from './appearance.ts';
import { filterGraph, type TimeView } from './filters.ts';
import { EMPTY_FILTERS } from './store.ts';
import type { KnowledgeGraphData } from './types.ts';

let graph: KnowledgeGraphData;
let published: Map<string, string>;
beforeAll(() => {
  const loaded = loadKnowledgeBase(multiSourceFiles(DEPLOYMENT));
  if (!loaded.ok) throw new Error('fixture does not load');
  graph = buildGraph(loaded.value) as unknown as KnowledgeGraphData;
  published = new Map(loaded.value.kb.sources.map((s) => [s.id, s.published]));
});

const at = (time: Partial<TimeView>) => filterGraph(graph, EMPTY_FILTERS, undefined, undefined, { asOf: null, period: null, published, ...time });

describe('as of a day', () => {
  test('hides what no source had published by then, and the entities only it connected', () => {
    const april = at({ asOf: '2025-04-30' });
    expect(april.edges()).toEqual(['r-losses-mod-april']);
    // North Korea and Kursk Oblast only the later relations connect; the claimants are entities without relations, kept.
    expect(april.nodes().sort()).toEqual(['kremlin', 'nk-troops-kursk', 'nk-troops-kursk-losses', 'south-korean-intelligence', 'uk-ministry-of-defence']);
    expect(april.getAttribute('conflicts')).toEqual([]);
  });

  test('re-derives each claim from the quotes known then, and keeps the conflicts both of whose sides were known', () => {
    const june17 = at({ asOf: '2025-06-17' });
    const sent = june17.getEdgeAttributes('r-nk-sent-troops');
    expect(sent.evidence.map((e) => e.source)).toEqual(['alpha-june', 'beta-june', 'beta-june', 'gamma-copy']);
    expect(sent.corroboration).toEqual({ sources: 3, outlets: 3, independentOutlets: 2 });
    expect(june17.getAttribute('conflicts').map((c) => c.id)).toEqual(graph.getAttribute('conflicts').map((c) => c.id));
    // The whole graph keeps every quote.
    expect(graph.getEdgeAttribute('r-nk-sent-troops', 'evidence')).toHaveLength(5);
  });
});

describe('the brush', () => {
  test('keeps claims dated within the period: an event by its date, others by their sources’', () => {
    expect(at({ period: ['2024-10-15', '2024-10-20'] }).edges()).toEqual(['r-troops-deployed-kursk']);
    expect(at({ period: ['2025-04-01', '2025-04-01'] }).edges()).toEqual(['r-losses-mod-april']);
    expect(at({ period: ['2025-06-18', '2025-12-31'] }).edges()).toEqual(['r-nk-sent-troops']);
  });
});

describe('the outlet filter', () => {
  test('hides a relation only when every quote of it is from hidden outlets', () => {
    const noAlphaGamma = filterGraph(graph, { ...EMPTY_FILTERS, media: ['alpha', 'gamma'] });
    expect(noAlphaGamma.hasEdge('r-losses-mod-june')).toBe(false);
    expect(noAlphaGamma.hasEdge('r-troops-deployed-kursk')).toBe(false);
    expect(noAlphaGamma.hasEdge('r-nk-sent-troops')).toBe(true);
    expect(noAlphaGamma.hasEdge('r-losses-nis-june')).toBe(true);
  });
});

describe('corroboration and conflicts on the drawn graph', () => {
  test('draws relations thicker with more independent outlets and marks contradicted ones', () => {
    expect(edgeSize(2)).toBeGreaterThan(edgeSize(1));
    expect(edgeSize(50)).toBe(edgeSize(5));
    const opts = { lang: 'en' as const, sizeBy: 'degree' as const, range: [0, 1] as [number, number] };
    const types = graph.getAttribute('ontology').relationTypes;
    const sent = edgeAppearance('r-nk-sent-troops', graph.getEdgeAttributes('r-nk-sent-troops'), opts, types);
    const april = edgeAppearance('r-losses-mod-april', graph.getEdgeAttributes('r-losses-mod-april'), opts, types);
    expect(sent.size).toBe(edgeSize(2));
    expect(sent.label).toMatch(/^≠ /);
    expect(sent).toMatchObject({ forceLabel: true });
    expect(april.label).not.toMatch(/^≠ /);
    expect(april).toMatchObject({ forceLabel: false });
  });
});

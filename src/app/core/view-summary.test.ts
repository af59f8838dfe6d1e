import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../compile/graph.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { DEPLOYMENT, multiSourceFiles } from '../../query/fixtures/multi-source-kb.ts';
import { makeDataset } from './dataset.ts';
import { filterGraph } from './filters.ts';
import { defaultViewState, EMPTY_FILTERS } from './store.ts';
import type { Dataset, KnowledgeGraphData } from './types.ts';
import { describeFilters, IMAGE_LIMITS, imageLayout, legendEntries } from './view-summary.ts';

let dataset: Dataset;
beforeAll(() => {
  const loaded = loadKnowledgeBase(multiSourceFiles(DEPLOYMENT));
  if (!loaded.ok) throw new Error('fixture does not load');
  const graph = buildGraph(loaded.value) as unknown as KnowledgeGraphData;
  dataset = makeDataset(graph, loaded.value.kb.sources as never, null);
});

describe('the filters named', () => {
  test('says there is none for the whole graph', () => {
    expect(describeFilters(defaultViewState(), dataset, 'en')).toEqual(['no filters: the whole graph']);
  });

  test('names each active filter by its labels, the time, the neighbourhood and the orphans', () => {
    const state = {
      ...defaultViewState(),
      filters: { ...EMPTY_FILTERS, entityTypes: ['Place'], claimants: ['-', 'uk-ministry-of-defence'] },
      asOf: '2025-06-17',
      neighbourhood: { around: ['north-korea'], hops: 2 },
      hideOrphans: true,
    };
    expect(describeFilters(state, dataset, 'en')).toEqual([
      'hidden entity types: Place',
      "hidden claimed by: the outlet's own voice, UK Ministry of Defence",
      'as of 2025-06-17',
      'Neighbourhood of North Korea, 2 hops',
      'entities without relations hidden',
    ]);
    expect(describeFilters(state, dataset, 'pl')[4]).toBe('bez encji bez relacji');
    expect(describeFilters({ ...state, neighbourhood: { around: ['north-korea'], hops: 1 } }, dataset, 'pl')).toContain('Sąsiedztwo: Korea Północna, 1 krok');
  });
});

describe('the legend', () => {
  test('lists the drawn types with their counts, entities first, most frequent first', () => {
    const drawn = filterGraph(dataset.graph, { ...EMPTY_FILTERS, entityTypes: ['Place'] });
    const legend = legendEntries(drawn, 'en');
    const dots = legend.filter((e) => e.shape === 'dot');
    expect(dots.map((e) => e.label)).not.toContain('Place');
    expect(dots.reduce((n, e) => n + e.count, 0)).toBe(drawn.order);
    expect(legend.filter((e) => e.shape === 'line').reduce((n, e) => n + e.count, 0)).toBe(drawn.size);
    expect(legend.indexOf(dots[0]!)).toBe(0);
    expect(dots.map((e) => e.count)).toEqual([...dots.map((e) => e.count)].sort((a, b) => b - a));
    expect(legend.every((e) => /^#[0-9a-f]{6}$/i.test(e.color))).toBe(true);
  });
});

describe('the image layout', () => {
  test.each([
    [1280, 800, 1],
    [IMAGE_LIMITS.min, IMAGE_LIMITS.min, 8],
    [IMAGE_LIMITS.max, 600, 3],
    [600, IMAGE_LIMITS.max, 3],
  ])('%i×%i: title, legend and graph tile the image', (width, height, lines) => {
    const l = imageLayout(width, height, lines);
    expect(l.header).toEqual({ x: 0, y: 0, width, height: l.header.height });
    expect(l.graph.width + l.legend.width).toBe(width);
    expect(l.legend.x).toBe(l.graph.width);
    expect(l.header.height + l.graph.height).toBe(height);
    expect(l.graph.y).toBe(l.header.height);
    expect(l.graph.width).toBeGreaterThan(width / 2);
    expect(l.graph.height).toBeGreaterThanOrEqual(height * 0.6);
    expect(l.font).toBeGreaterThanOrEqual(11);
  });
});

// The graph controller on a large graph: a filter change draws the kept relations with the
// objects already drawn; a language change styles them anew.
import { describe, expect, test, vi } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import { makeDataset, normalizeGraph } from '../core/dataset.ts';
import { LARGE_GRAPH_NODES } from '../core/scale.ts';
import { createStore, defaultViewState, EMPTY_FILTERS } from '../core/store.ts';
import { createGraphController } from './graph.ts';

// Curved edges need WebGL (@sigma/edge-curve); a large graph draws none.
vi.mock('./edge-programs.ts', () => ({ assignEdgePrograms: (graph: unknown) => graph }));

/** Over the large-graph threshold: a chain of people and places. */
function largeDataset() {
  const g = new MultiDirectedGraph();
  const n = LARGE_GRAPH_NODES + 10;
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, x: i, y: i % 7, entityType: i % 2 ? 'place' : 'person' });
  for (let i = 1; i < n; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, { relationType: 'related' });
  return makeDataset(normalizeGraph(g, 'chain'), [], null);
}

describe('createGraphController (large graph)', () => {
  test('a filter change keeps the drawn attributes of the relations it keeps', () => {
    const dataset = largeDataset();
    const store = createStore(defaultViewState());
    const graphs = createGraphController(dataset, store);
    expect(graphs.large).toBe(true);
    const before = graphs.drawn();
    store.set({ filters: { ...EMPTY_FILTERS, relationTypes: ['other'] } });
    const after = graphs.drawn();
    expect(after).not.toBe(before);
    expect(after.size).toBe(before.size);
    after.forEachEdge((edge, attrs) => expect(attrs).toBe(before.getEdgeAttributes(edge)));

    store.set({ filters: { ...EMPTY_FILTERS, entityTypes: ['place'] } });
    expect(graphs.drawn().order).toBe(Math.ceil(dataset.graph.order / 2));
    expect(graphs.drawn().size).toBe(0);
    store.set({ filters: EMPTY_FILTERS });
    expect(graphs.drawn().size).toBe(dataset.graph.size);
    graphs.drawn().forEachEdge((edge, attrs) => expect(attrs).toBe(before.getEdgeAttributes(edge)));
    graphs.destroy();
  });

  test('a language change styles the relations anew', () => {
    const dataset = largeDataset();
    dataset.graph.getAttribute('ontology').relationTypes.related!.label = { pl: 'powiązany', en: 'related to' };
    const store = createStore(defaultViewState());
    const graphs = createGraphController(dataset, store);
    const before = graphs.drawn();
    expect(before.getEdgeAttribute('e1', 'label')).toBe('powiązany');
    store.set({ lang: 'en' });
    expect(graphs.drawn().getEdgeAttributes('e1')).not.toBe(before.getEdgeAttributes('e1'));
    expect(graphs.drawn().getEdgeAttribute('e1', 'label')).toBe('related to');
    graphs.destroy();
  });
});

// Keeps the drawn graph in step with the view state: dataset -> filtered graph ->
// visual attributes, rebuilt when filters, language or size metric change. Renders nothing.
import { KnowledgeGraph } from '../../query/index.ts';
import { applyAppearance, metricRange } from '../core/appearance.ts';
import { filterGraph } from '../core/filters.ts';
import type { Store } from '../core/store.ts';
import type { Dataset, KnowledgeGraphData, ViewState } from '../core/types.ts';
import { assignEdgePrograms } from './edge-programs.ts';
import type { Renderer } from './renderer.ts';

type Positions = Map<string, { x: number; y: number }>;

export interface GraphController {
  drawn(): KnowledgeGraphData;
  /** Queries (paths) over what is drawn, so a path never crosses a hidden entity. */
  query(): KnowledgeGraph;
  attach(renderer: Renderer): void;
  /** Forgets layout runs: positions go back to the built layout. */
  resetPositions(): void;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

function build(dataset: Dataset, state: ViewState, positions: Positions): KnowledgeGraphData {
  const filtered = filterGraph(dataset.graph, state.filters, dataset.drafts);
  const sizeBy = dataset.hasPagerank ? state.sizeBy : 'degree';
  const styled = applyAppearance(filtered, { lang: state.lang, sizeBy, range: metricRange(dataset.graph, sizeBy), positions, drafts: dataset.drafts });
  return assignEdgePrograms(styled, dataset.drafts.edges);
}

function boundingBox(graph: KnowledgeGraphData): { x: [number, number]; y: [number, number] } {
  const xs = graph.mapNodes((_n, a) => a.x);
  const ys = graph.mapNodes((_n, a) => a.y);
  if (xs.length === 0) return { x: [-1, 1], y: [-1, 1] };
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

export function createGraphController(dataset: Dataset, store: Store<ViewState>): GraphController {
  const positions: Positions = new Map();
  let drawn = build(dataset, store.get(), positions);
  let query: KnowledgeGraph | null = null;
  let renderer: Renderer | null = null;
  const listeners = new Set<() => void>();

  const rebuild = () => {
    drawn.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
    drawn = build(dataset, store.get(), positions);
    query = null;
    renderer?.setGraph(drawn);
    for (const listener of [...listeners]) listener();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.filters !== prev.filters || state.lang !== prev.lang || state.sizeBy !== prev.sizeBy) rebuild();
  });

  return {
    drawn: () => drawn,
    query: () => (query ??= new KnowledgeGraph(drawn)),
    attach(r) {
      renderer = r;
      // A fixed frame: filtering must not shift or rescale what stays on screen.
      r.setCustomBBox(boundingBox(dataset.graph));
    },
    resetPositions() {
      positions.clear();
      drawn.forEachNode((node) => drawn.mergeNodeAttributes(node, {
        x: dataset.graph.getNodeAttribute(node, 'x'),
        y: dataset.graph.getNodeAttribute(node, 'y'),
      }));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: unsubscribe,
  };
}

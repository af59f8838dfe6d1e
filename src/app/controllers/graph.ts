// Keeps the drawn graph in step with the view state: dataset -> filtered graph ->
// visual attributes, rebuilt when filters, time, neighbourhood, orphans, language or size
// metric change. Renders nothing.
import { KnowledgeGraph } from '../../query/index.ts';
import { edgeAppearance, nodeAppearance, type Programs } from '../core/appearance.ts';
import { positionExtent } from '../core/range.ts';
import { isLargeGraph } from '../core/scale.ts';
import { filterGraph } from '../core/filters.ts';
import { restrictGraph } from '../core/neighbourhood.ts';
import { publicationDates } from '../core/story.ts';
import type { Store } from '../core/store.ts';
import type { Dataset, KnowledgeGraphData, ViewState } from '../core/types.ts';
import { appearanceOptions, createAppearanceController, type AppearanceController } from './appearance.ts';
import type { EdgeAttributes } from '../../model/types.ts';
import { assignEdgePrograms } from './edge-programs.ts';
import type { Renderer } from './renderer.ts';

type Positions = Map<string, { x: number; y: number }>;

/**
 * A large graph's edges as drawn, by the dataset's (or the time view's) attributes, for one
 * language: a filter change keeps the drawn objects of the edges it keeps instead of making
 * a quarter of a million new ones. Nothing writes to a drawn edge's attributes, and the
 * small graph's edge programs (which do) are not cached.
 */
interface EdgeStyles {
  /** The language and thickness choice the cached edges were drawn for. */
  key: string;
  drawn: WeakMap<EdgeAttributes, EdgeAttributes>;
}

export interface GraphController {
  drawn(): KnowledgeGraphData;
  /** Drawn the large-graph way (core/scale.ts), decided once from the whole dataset. */
  readonly large: boolean;
  /** Queries (paths) over what is drawn, so a path never crosses a hidden entity. */
  query(): KnowledgeGraph;
  attach(renderer: Renderer): void;
  /** Metrics, attributes and colour scales the appearance choices draw on. */
  readonly appearance: AppearanceController;
  /** Forgets layout runs: positions go back to the built layout. */
  resetPositions(): void;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Filtered and styled in one copy. A large graph is drawn with points and lines
 * (core/scale.ts): no curves for parallel edges, so no parallel-edge index either.
 */
function build(
  dataset: Dataset,
  state: ViewState,
  positions: Positions,
  large: boolean,
  published: ReadonlyMap<string, string>,
  appearance: AppearanceController,
  styles: EdgeStyles,
): KnowledgeGraphData {
  const opts = appearanceOptions(dataset, state, appearance, positions);
  const { entityTypes, relationTypes } = dataset.graph.getAttribute('ontology');
  const programs: Programs = large ? { node: 'point', edge: 'line' } : { node: 'circle' };
  // What a drawn edge depends on besides its own attributes: the language and the thickness choice.
  const key = `${state.lang}|${state.edgeSizeBy}`;
  if (styles.key !== key) Object.assign(styles, { key, drawn: new WeakMap() });
  const styledEdge = (edge: string, attrs: EdgeAttributes) => {
    if (!large) return edgeAppearance(edge, attrs, opts, relationTypes, programs);
    let drawn = styles.drawn.get(attrs);
    if (!drawn) styles.drawn.set(attrs, (drawn = edgeAppearance(edge, attrs, opts, relationTypes, programs)));
    return drawn;
  };
  const filtered = filterGraph(
    dataset.graph,
    state.filters,
    dataset.drafts,
    {
      node: (node, attrs) => nodeAppearance(node, attrs, opts, entityTypes, programs),
      edge: styledEdge,
    },
    { asOf: state.asOf, period: state.period, published },
  );
  const styled = restrictGraph(filtered, state.neighbourhood, state.hideOrphans);
  return large ? styled : assignEdgePrograms(styled, dataset.drafts.edges);
}

function boundingBox(graph: KnowledgeGraphData): { x: [number, number]; y: [number, number] } {
  return positionExtent(
    graph.mapNodes((_n, a) => a.x),
    graph.mapNodes((_n, a) => a.y),
  );
}

export function createGraphController(dataset: Dataset, store: Store<ViewState>): GraphController {
  const positions: Positions = new Map();
  const large = isLargeGraph(dataset.graph.order, dataset.graph.size);
  const published = publicationDates(dataset);
  const appearance = createAppearanceController(dataset);
  const styles: EdgeStyles = { key: '', drawn: new WeakMap() };
  let drawn = build(dataset, store.get(), positions, large, published, appearance, styles);
  let query: KnowledgeGraph | null = null;
  let renderer: Renderer | null = null;
  const listeners = new Set<() => void>();

  const rebuild = () => {
    drawn.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
    drawn = build(dataset, store.get(), positions, large, published, appearance, styles);
    query = null;
    renderer?.setGraph(drawn);
    for (const listener of [...listeners]) listener();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.filters !== prev.filters ||
      state.lang !== prev.lang ||
      state.sizeBy !== prev.sizeBy ||
      state.asOf !== prev.asOf ||
      state.period !== prev.period ||
      state.neighbourhood !== prev.neighbourhood ||
      state.hideOrphans !== prev.hideOrphans
    )
      rebuild();
    else if (state.colorBy !== prev.colorBy || state.edgeSizeBy !== prev.edgeSizeBy) rebuild();
  });
  const offMetrics = appearance.onChange(rebuild);

  return {
    drawn: () => drawn,
    large,
    appearance,
    query: () => (query ??= new KnowledgeGraph(drawn)),
    attach(r) {
      renderer = r;
      // A fixed frame: filtering must not shift or rescale what stays on screen.
      r.setCustomBBox(boundingBox(dataset.graph));
    },
    resetPositions() {
      positions.clear();
      drawn.forEachNode((node) =>
        drawn.mergeNodeAttributes(node, {
          x: dataset.graph.getNodeAttribute(node, 'x'),
          y: dataset.graph.getNodeAttribute(node, 'y'),
        }),
      );
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      unsubscribe();
      offMetrics();
      appearance.destroy();
    },
  };
}

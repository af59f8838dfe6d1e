// Keeps the drawn graph in step with the view state: dataset -> filtered graph ->
// visual attributes, rebuilt when filters, language or size metric change. Renders nothing.
import { KnowledgeGraph } from '../../query/index.ts';
import { edgeAppearance, metricRange, nodeAppearance, type AppearanceOptions, type Programs } from '../core/appearance.ts';
import { positionExtent } from '../core/range.ts';
import { isLargeGraph } from '../core/scale.ts';
import { filterGraph } from '../core/filters.ts';
import { publicationDates } from '../core/story.ts';
import type { Store } from '../core/store.ts';
import type { Dataset, KnowledgeGraphData, ViewState } from '../core/types.ts';
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
  lang: string;
  drawn: WeakMap<EdgeAttributes, EdgeAttributes>;
}

export interface GraphController {
  drawn(): KnowledgeGraphData;
  /** Drawn the large-graph way (core/scale.ts), decided once from the whole dataset. */
  readonly large: boolean;
  /** Queries (paths) over what is drawn, so a path never crosses a hidden entity. */
  query(): KnowledgeGraph;
  attach(renderer: Renderer): void;
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
  styles: EdgeStyles,
): KnowledgeGraphData {
  const sizeBy = dataset.hasPagerank ? state.sizeBy : 'degree';
  const opts: AppearanceOptions = { lang: state.lang, sizeBy, range: metricRange(dataset.graph, sizeBy), positions, drafts: dataset.drafts };
  const { entityTypes, relationTypes } = dataset.graph.getAttribute('ontology');
  const programs: Programs = large ? { node: 'point', edge: 'line' } : { node: 'circle' };
  if (styles.lang !== state.lang) Object.assign(styles, { lang: state.lang, drawn: new WeakMap() });
  const styledEdge = (edge: string, attrs: EdgeAttributes) => {
    if (!large) return edgeAppearance(edge, attrs, opts, relationTypes, programs);
    let drawn = styles.drawn.get(attrs);
    if (!drawn) styles.drawn.set(attrs, (drawn = edgeAppearance(edge, attrs, opts, relationTypes, programs)));
    return drawn;
  };
  const styled = filterGraph(
    dataset.graph,
    state.filters,
    dataset.drafts,
    {
      node: (node, attrs) => nodeAppearance(node, attrs, opts, entityTypes, programs),
      edge: styledEdge,
    },
    { asOf: state.asOf, period: state.period, published },
  );
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
  const styles: EdgeStyles = { lang: '', drawn: new WeakMap() };
  let drawn = build(dataset, store.get(), positions, large, published, styles);
  let query: KnowledgeGraph | null = null;
  let renderer: Renderer | null = null;
  const listeners = new Set<() => void>();

  const rebuild = () => {
    drawn.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
    drawn = build(dataset, store.get(), positions, large, published, styles);
    query = null;
    renderer?.setGraph(drawn);
    for (const listener of [...listeners]) listener();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.filters !== prev.filters || state.lang !== prev.lang || state.sizeBy !== prev.sizeBy || state.asOf !== prev.asOf || state.period !== prev.period)
      rebuild();
  });

  return {
    drawn: () => drawn,
    large,
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
    destroy: unsubscribe,
  };
}

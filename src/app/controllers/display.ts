// Hover, selection and path as display state: computes the emphasis the reducers read
// (cached, since reducers run once per node and edge) and, when it changes, refreshes
// Sigma without reindexing — or, for a large graph, redraws only the emphasis layer.
import { emphasis, type Emphasis, type PathResult } from '../core/highlight.ts';
import type { Store } from '../core/store.ts';
import type { ViewState } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';
import type { EmphasisLayer } from './emphasis-layer.ts';
import type { GraphController } from './graph.ts';
import type { DisplaySource, Renderer } from './renderer.ts';

/** Below this camera ratio every edge shows its relation type. */
const EDGE_LABEL_RATIO = SETTINGS.labels.edgeLabelRatio;

export interface Display extends DisplaySource {
  setHovered(node: string | null): void;
  path(): PathResult | null;
  /** With a layer, emphasis changes redraw the layer only (large graphs). */
  attach(renderer: Renderer, layer?: EmphasisLayer): void;
  destroy(): void;
}

export function createDisplay(store: Store<ViewState>, graphs: GraphController): Display {
  let hovered: string | null = null;
  let cached: Emphasis | null | undefined;
  let pathCache: { key: string; result: PathResult | null } | null = null;
  let renderer: Renderer | null = null;
  let layer: EmphasisLayer | null = null;
  let zoomedIn = false;

  const path = (): PathResult | null => {
    const p = store.get().path;
    if (!p) return null;
    const key = `${p.from}\n${p.to}`;
    if (pathCache?.key !== key) {
      const g = graphs.drawn();
      const result = g.hasNode(p.from) && g.hasNode(p.to) ? graphs.query().shortestPath(p.from, p.to) : null;
      pathCache = { key, result };
    }
    return pathCache.result;
  };

  const invalidate = () => {
    cached = undefined;
    if (layer) layer.draw();
    else renderer?.refresh({ skipIndexation: true });
  };

  const unsubscribe = [
    store.subscribe((s, prev) => {
      if (s.selection !== prev.selection || s.path !== prev.path) invalidate();
    }),
    graphs.onChange(() => {
      pathCache = null;
      invalidate();
    }),
  ];

  return {
    emphasis() {
      if (cached === undefined) {
        cached = emphasis(graphs.drawn(), { hoveredNode: hovered, selection: store.get().selection, path: path() });
      }
      return cached;
    },
    selectedEdge() {
      const sel = store.get().selection;
      return sel?.kind === 'edge' ? sel.id : null;
    },
    setHovered(node) {
      if (node === hovered) return;
      hovered = node;
      invalidate();
    },
    path,
    edgeLabels: () => zoomedIn,
    attach(r, emphasisLayer) {
      renderer = r;
      layer = emphasisLayer ?? null;
      const camera = r.getCamera();
      zoomedIn = camera.ratio < EDGE_LABEL_RATIO;
      // Reducers do not rerun on camera moves: refresh when crossing the label threshold.
      camera.on('updated', ({ ratio }) => {
        if (ratio < EDGE_LABEL_RATIO === zoomedIn) return;
        zoomedIn = !zoomedIn;
        invalidate();
      });
    },
    destroy: () => unsubscribe.forEach((u) => u()),
  };
}

// The explorer's thresholds and constants in one typed object, as Sigma keeps its own
// settings: each controller and panel reads its values from here instead of a number of
// its own, so a reader finds what can be tuned, and why, in one place. Node sizes, edge
// thickness and colours are the shared scales of model/appearance.ts (the build writes
// them too); only what the explorer alone decides lives here.
import { EDGE_SIZE, FALLBACK_COLOR, NODE_SIZE } from '../model/appearance.ts';

export interface ExplorerSettings {
  /** When a graph is "large" (core/scale.ts): points and lines, emphasis on an overlay. Figures: docs/scale.md. */
  large: { nodes: number; edges: number };
  /** Sizes and colours shared with the build and the exports (model/appearance.ts). */
  appearance: { nodeSize: { min: number; max: number }; edgeSize: { min: number; max: number }; fallbackColor: string };
  /** What fades around an emphasis, and the veil a large graph's overlay lays over the drawing. */
  faded: { node: string; edge: string; veil: string };
  /** A highlighted relation is drawn at least this thick; the selected one thicker. */
  emphasisEdgeSize: { highlighted: number; selected: number };
  labels: {
    font: string;
    size: number;
    weight: string;
    color: string;
    edgeSize: number;
    edgeColor: string;
    /** Nodes drawn smaller than this (pixels) go unlabelled unless emphasised. */
    renderedSizeThreshold: number;
    /** Below this camera ratio every edge shows its relation type. */
    edgeLabelRatio: number;
    /** A large graph's overlay labels at most this many emphasised entities and relations. */
    maxEmphasisNodeLabels: number;
    maxEmphasisEdgeLabels: number;
  };
  camera: {
    /** Space around the graph in the viewport (Sigma's `stagePadding`; the preview frames the same way). */
    padding: number;
    minRatio: number;
    maxRatio: number;
    /** A focused entity is shown at least this close. */
    focusRatio: number;
    /** Camera moves are written to the URL once they rest this long. */
    recordDelayMs: number;
    historyAnimationMs: number;
    focusAnimationMs: number;
  };
  /** ForceAtlas2's slow-down in the explorer's worker: calm enough to watch. */
  layoutSlowDown: number;
  /** The loading panel appears only for loads longer than this. */
  loadingDelayMs: number;
  /** An informational message stays this long. */
  messageMs: number;
  metrics: {
    /** Betweenness (Brandes, O(nodes × edges)) is offered up to these sizes; beyond, the panel says it is too costly. */
    betweennessMaxNodes: number;
    betweennessMaxEdges: number;
    /** Louvain's random walk is seeded: the same graph always gets the same communities and colours. */
    communitySeed: number;
  };
  /** The appearance legend lists at most this many values; the rest are counted. */
  legendItems: number;
}

export const SETTINGS: ExplorerSettings = {
  large: { nodes: 5_000, edges: 20_000 },
  appearance: { nodeSize: NODE_SIZE, edgeSize: EDGE_SIZE, fallbackColor: FALLBACK_COLOR },
  faded: { node: '#e3e6ea', edge: '#eef0f3', veil: 'rgba(255, 255, 255, 0.82)' },
  emphasisEdgeSize: { highlighted: 2.5, selected: 4 },
  labels: {
    font: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    size: 12,
    weight: '500',
    color: '#1f2933',
    edgeSize: 10,
    edgeColor: '#667085',
    renderedSizeThreshold: 5,
    edgeLabelRatio: 0.55,
    maxEmphasisNodeLabels: 150,
    maxEmphasisEdgeLabels: 60,
  },
  camera: { padding: 40, minRatio: 0.05, maxRatio: 10, focusRatio: 0.6, recordDelayMs: 250, historyAnimationMs: 300, focusAnimationMs: 500 },
  layoutSlowDown: 10,
  loadingDelayMs: 400,
  messageMs: 4000,
  metrics: { betweennessMaxNodes: 5_000, betweennessMaxEdges: 20_000, communitySeed: 16 },
  legendItems: 12,
};

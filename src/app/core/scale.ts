// When a graph is "large" for the explorer. Above these sizes it draws nodes as points and
// edges as one-pixel lines (non-instanced WebGL programs, about ten times cheaper where
// WebGL runs in software, as on machines without a GPU), draws hover, selection and path
// emphasis on an overlay instead of refreshing every node and edge, and skips the work
// whose result cannot be seen at that density (curved parallel edges, edge picking).
// Figures behind the thresholds: docs/scale.md, "The explorer".

import { SETTINGS } from '../settings.ts';

export const LARGE_GRAPH_NODES = SETTINGS.large.nodes;
export const LARGE_GRAPH_EDGES = SETTINGS.large.edges;

export function isLargeGraph(order: number, size: number): boolean {
  return order > LARGE_GRAPH_NODES || size > LARGE_GRAPH_EDGES;
}

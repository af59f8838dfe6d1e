// ForceAtlas2 with everything that makes it reproducible: seeded initial positions,
// settings inferred from the graph, Barnes–Hut above a size threshold and a fixed
// iteration count. The same graph in the same insertion order gives the same positions.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRng } from './rng.ts';

export interface LayoutOptions {
  iterations: number;
  seed: number;
  /** Above this many nodes Barnes–Hut approximates repulsion (n log n instead of n²). */
  barnesHutThreshold: number;
  /** Coordinates are rounded to this many decimals, for stable, compact output. */
  decimals: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: 500, seed: 42, barnesHutThreshold: 2000, decimals: 3 };

export type Positions = Record<string, { x: number; y: number }>;

export function layoutPositions(graph: Graph, options: Partial<LayoutOptions> = {}): Positions {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  if (!Number.isInteger(opts.iterations) || opts.iterations < 0)
    throw new Error(`faktograf/layout: iterations must be a non-negative integer, got ${opts.iterations}`);
  const copy = graph.copy();
  const rng = seededRng(opts.seed);
  const spread = Math.sqrt(Math.max(copy.order, 1)) * 10;
  copy.forEachNode((node) => copy.mergeNodeAttributes(node, { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
  if (copy.order > 1 && opts.iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > opts.barnesHutThreshold };
    forceAtlas2.assign(copy, { iterations: opts.iterations, settings });
  }
  const factor = 10 ** opts.decimals;
  const round = (v: number) => Math.round(v * factor) / factor || 0;
  const positions: Positions = {};
  copy.forEachNode((node, attr) => {
    positions[node] = { x: round(attr.x as number), y: round(attr.y as number) };
  });
  return positions;
}

/** Writes the positions into the graph's `x` and `y` node attributes. */
export function assignLayout(graph: Graph, options: Partial<LayoutOptions> = {}): void {
  const positions = layoutPositions(graph, options);
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, ...positions[node] }));
}

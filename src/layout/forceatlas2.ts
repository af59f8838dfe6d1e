// ForceAtlas2 with everything that makes it reproducible: seeded initial positions,
// settings inferred from the graph, Barnes–Hut above a size threshold and a fixed
// iteration count. The same graph in the same insertion order gives the same positions,
// with any number of threads.
import type Graph from 'graphology';
import { inferSettings, runForceAtlas2 } from './fa2/index.ts';
import { seededRng } from './rng.ts';
import { LayoutError } from './errors.ts';

export interface LayoutOptions {
  iterations: number;
  seed: number;
  /** Above this many nodes Barnes–Hut approximates repulsion (n log n instead of n²). */
  barnesHutThreshold: number;
  /** Coordinates are rounded to this many decimals, for stable, compact output. */
  decimals: number;
  /** Threads for the repulsion (Node only), the main one included; 0 picks by graph size. */
  threads: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: 500, seed: 42, barnesHutThreshold: 2000, decimals: 3, threads: 0 };

export type Positions = Record<string, { x: number; y: number }>;

export function layoutPositions(graph: Graph, options: Partial<LayoutOptions> = {}): Positions {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  if (!Number.isInteger(opts.iterations) || opts.iterations < 0)
    throw new LayoutError(`faktograf/layout: iterations must be a non-negative integer, got ${opts.iterations}`);
  const nodes = graph.nodes();
  const n = nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const rng = seededRng(opts.seed);
  const spread = Math.sqrt(Math.max(n, 1)) * 10;
  for (let i = 0; i < n; i++) {
    x[i] = (rng() - 0.5) * spread;
    y[i] = (rng() - 0.5) * spread;
  }
  if (n > 1 && opts.iterations > 0) {
    const index = new Map(nodes.map((id, i) => [id, i]));
    const source = new Int32Array(graph.size);
    const target = new Int32Array(graph.size);
    const weight = new Float64Array(graph.size);
    let e = 0;
    graph.forEachEdge((_edge, attr, s, t) => {
      source[e] = index.get(s)!;
      target[e] = index.get(t)!;
      // graphology's default: the `weight` attribute when it is a number, else 1.
      weight[e++] = typeof attr.weight === 'number' && !Number.isNaN(attr.weight) ? attr.weight : 1;
    });
    const settings = { ...inferSettings(n), barnesHutOptimize: n > opts.barnesHutThreshold };
    runForceAtlas2({ x, y, source, target, weight }, settings, { iterations: opts.iterations, threads: opts.threads });
  }
  const factor = 10 ** opts.decimals;
  const round = (v: number) => Math.round(v * factor) / factor || 0;
  const positions: Positions = {};
  for (let i = 0; i < n; i++) positions[nodes[i]!] = { x: round(x[i]!), y: round(y[i]!) };
  return positions;
}

/** Writes the positions into the graph's `x` and `y` node attributes. */
export function assignLayout(graph: Graph, options: Partial<LayoutOptions> = {}): void {
  const positions = layoutPositions(graph, options);
  graph.updateEachNodeAttributes((node, attr) => {
    const p = positions[node]!;
    attr.x = p.x;
    attr.y = p.y;
    return attr;
  });
}

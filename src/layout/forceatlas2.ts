// ForceAtlas2 with everything that makes it reproducible: seeded initial positions,
// settings inferred from the graph, Barnes–Hut above a size threshold and a fixed
// iteration count. The same graph in the same insertion order gives the same positions,
// with any number of threads. Claims pull a claimant towards what it claims, short edges
// are stretched so they show between their nodes, and the remaining components are packed
// beside the main one (spacing.ts, pack.ts).
import type Graph from 'graphology';
import { inferSettings, runForceAtlas2 } from './fa2/index.ts';
import { seededRng } from './rng.ts';
import { LayoutError } from './errors.ts';
import { packComponents } from './pack.ts';
import { extent, stretchShortEdges } from './spacing.ts';

export interface LayoutOptions {
  iterations: number;
  seed: number;
  /** Above this many nodes Barnes–Hut approximates repulsion (n log n instead of n²). */
  barnesHutThreshold: number;
  /** Coordinates are rounded to this many decimals, for stable, compact output. */
  decimals: number;
  /** Threads for the repulsion (Node only), the main one included; 0 picks by graph size. */
  threads: number;
  /**
   * Weight of the pull between a claimant and the two ends of each relation it claims (an
   * edge's `claimedBy` attribute: node ids); 0 leaves claims out of the layout.
   */
  claimWeight: number;
  /** No edge shorter than this fraction of the layout's longer side (0: as ForceAtlas2 leaves them). */
  minEdgeLength: number;
  /** Move the smaller connected components next to the largest one. */
  packComponents: boolean;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  iterations: 500,
  seed: 42,
  barnesHutThreshold: 2000,
  decimals: 3,
  threads: 0,
  claimWeight: 0.5,
  minEdgeLength: 0.05,
  packComponents: true,
};

/** Edge ends as node indices, the claims' pulls after the edges (`edges` counts the real ones). */
interface Links {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  edges: number;
}

function links(graph: Graph, index: ReadonlyMap<string, number>, claimWeight: number): Links {
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const claims: number[] = [];
  graph.forEachEdge((_edge, attr, s, t) => {
    const [si, ti] = [index.get(s)!, index.get(t)!];
    source.push(si);
    target.push(ti);
    // graphology's default: the `weight` attribute when it is a number, else 1.
    weight.push(typeof attr.weight === 'number' && !Number.isNaN(attr.weight) ? attr.weight : 1);
    if (!(claimWeight > 0) || !Array.isArray(attr.claimedBy)) return;
    for (const claimant of attr.claimedBy as unknown[]) {
      const c = typeof claimant === 'string' ? index.get(claimant) : undefined;
      if (c === undefined) continue;
      if (c !== si) claims.push(c, si);
      if (c !== ti) claims.push(c, ti);
    }
  });
  const edges = source.length;
  for (let k = 0; k < claims.length; k += 2) {
    source.push(claims[k]!);
    target.push(claims[k + 1]!);
    weight.push(claimWeight);
  }
  return { source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight), edges };
}

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
    const { source, target, weight, edges } = links(graph, new Map(nodes.map((id, i) => [id, i])), opts.claimWeight);
    const settings = { ...inferSettings(n), barnesHutOptimize: n > opts.barnesHutThreshold };
    runForceAtlas2({ x, y, source, target, weight }, settings, { iterations: opts.iterations, threads: opts.threads });
    stretchShortEdges(x, y, source.subarray(0, edges), target.subarray(0, edges), opts.minEdgeLength * extent(x, y));
    if (opts.packComponents) packComponents(x, y, source, target);
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

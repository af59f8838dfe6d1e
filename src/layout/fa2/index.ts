// ForceAtlas2 on flat arrays: graphology's algorithm with a typed-array Barnes–Hut tree
// and, in Node, worker threads for the repulsion. Deterministic: the same input gives the
// same positions whatever the number of threads.
import { createQuadTree } from './quadtree.ts';
import { iterate, runOnThisThread, type FA2State } from './iterate.ts';
import { validateSettings, type FA2Settings } from './settings.ts';
import { spareThreads, startRepulsionPool } from './threads.ts';
import { LayoutError } from '../errors.ts';

export { inferSettings, type FA2Settings } from './settings.ts';

export interface FA2Input {
  /** Initial positions, by node index; updated in place. */
  x: Float64Array;
  y: Float64Array;
  /** Edge ends as node indices; parallel edges and self-loops count as graphology counts them. */
  source: Int32Array;
  target: Int32Array;
  /** Edge weights (default 1). */
  weight?: Float64Array;
}

export interface FA2RunOptions {
  iterations: number;
  /** Threads for Barnes–Hut repulsion, the main one included; 0 picks by graph size. */
  threads: number;
}

/** Below this many nodes a second thread costs more to start than it saves. */
const THREADS_FROM_NODES = 10_000;

export function runForceAtlas2(input: FA2Input, settings: FA2Settings, options: FA2RunOptions): void {
  const problem = validateSettings(settings);
  if (problem) throw new LayoutError(`faktograf/layout: ${problem}`);
  const n = input.x.length;
  const m = input.source.length;
  const weight = input.weight ?? new Float64Array(m).fill(1);
  const mass = new Float64Array(n).fill(1);
  for (let e = 0; e < m; e++) {
    mass[input.source[e]!]! += weight[e]!;
    mass[input.target[e]!]! += weight[e]!;
  }
  const state: FA2State = {
    n,
    x: input.x,
    y: input.y,
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    oldDx: new Float64Array(n),
    oldDy: new Float64Array(n),
    mass,
    convergence: new Float64Array(n).fill(1),
    source: input.source,
    target: input.target,
    weight,
  };
  if (!settings.barnesHutOptimize) {
    for (let k = 0; k < options.iterations; k++) iterate(state, settings, null);
    return;
  }
  const threads = options.threads > 0 ? options.threads : n >= THREADS_FROM_NODES ? 1 + spareThreads() : 1;
  const shared = threads > 1;
  const tree = createQuadTree(n, shared);
  const f64 = () => new Float64Array(shared ? new SharedArrayBuffer(n * 8) : new ArrayBuffer(n * 8));
  const fx = f64();
  const fy = f64();
  const pool = shared ? startRepulsionPool(tree, fx, fy, threads - 1) : null;
  const bh = { tree, fx, fy, run: pool?.run ?? runOnThisThread };
  try {
    for (let k = 0; k < options.iterations; k++) iterate(state, settings, bh);
  } finally {
    pool?.close();
  }
}

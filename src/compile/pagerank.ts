// PageRank on flat arrays, computed the way graphology-metrics' `pagerank` computes it
// (α = 0.85, at most 100 power iterations, tolerance 1e-6 per node, dangling nodes'
// rank spread evenly, every edge of weight 1) and in the same order, so the ranks are
// identical to the last bit; without building graphology's neighbourhood index, which at
// 100k entities costs more than the iterations.

export interface PagerankOptions {
  alpha: number;
  maxIterations: number;
  tolerance: number;
}

const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 };

/**
 * Ranks of nodes 0…n−1 for directed edges source[e] → target[e]. Unlike graphology, a
 * graph that has not converged after maxIterations gets its last iterate, not an error.
 */
export function pagerank(n: number, source: Int32Array, target: Int32Array, options: Partial<PagerankOptions> = {}): Float64Array {
  const { alpha, maxIterations, tolerance } = { ...PAGERANK_DEFAULTS, ...options };
  // Out-edges grouped by source node (the order within a node cannot change any sum).
  const starts = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) starts[source[e]! + 1]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const neighbours = new Int32Array(source.length);
  const fill = starts.slice(0, n);
  for (let e = 0; e < source.length; e++) neighbours[fill[source[e]!]!++] = target[e]!;

  const p = 1 / n;
  const dangling: number[] = [];
  const share = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = starts[i + 1]! - starts[i]!;
    if (d === 0) dangling.push(i);
    else share[i] = 1 / d;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const w = share[i]!;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) next[neighbours[j]!]! += alpha * x[i]! * w;
      next[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * tolerance) break;
  }
  return x;
}

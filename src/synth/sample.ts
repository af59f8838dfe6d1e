// Weighted sampling for the synthetic graph: Zipf weights within an entity type give the
// heavy-tailed degrees of news graphs (a few hubs such as a country or a leader, many
// entities named once or twice).
import type { Rng } from './names.ts';

/** Cumulative weights; `draw` is a binary search, so a draw costs O(log n). */
export class WeightedIndex {
  private readonly cdf: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cdf = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) this.cdf[i] = sum += weights[i]!;
    this.total = sum;
  }

  get size(): number {
    return this.cdf.length;
  }

  draw(rng: Rng): number {
    const target = rng() * this.total;
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/(rank+1)^exponent for `n` items in rank order. */
export function zipfWeights(n: number, exponent: number): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = 1 / (i + 1) ** exponent;
  return w;
}

/** Splits `total` into parts proportional to `weights`, each at least `min`. */
export function apportion(total: number, weights: number[], min = 1): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const free = total - min * weights.length;
  const parts = weights.map((w) => min + Math.floor((free * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts.length, left--) parts[i]!++;
  return parts;
}

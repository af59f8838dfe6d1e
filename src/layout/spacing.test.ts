import { describe, expect, it } from 'vitest';
import { extent, stretchShortEdges } from './spacing.ts';

describe('stretchShortEdges', () => {
  it('moves the lighter end of a short edge out to the minimum length, along the edge', () => {
    // Node 0 is a hub (three edges); the 0-1 edge is 0.5 long.
    const x = Float64Array.from([0, 0.3, 100, -100]);
    const y = Float64Array.from([0, 0.4, 0, 0]);
    stretchShortEdges(x, y, Int32Array.from([0, 0, 0]), Int32Array.from([1, 2, 3]), 10);
    expect([x[0], y[0]]).toEqual([0, 0]);
    expect(x[1]).toBeCloseTo(6);
    expect(y[1]).toBeCloseTo(8);
    expect([x[2], x[3]]).toEqual([100, -100]);
  });

  it('separates two nodes at the same spot', () => {
    const x = Float64Array.from([5, 5]);
    const y = Float64Array.from([5, 5]);
    stretchShortEdges(x, y, Int32Array.from([0]), Int32Array.from([1]), 4);
    expect(Math.hypot(x[1]! - x[0]!, y[1]! - y[0]!)).toBeCloseTo(4);
  });

  it('measures the longer side', () => {
    expect(extent(Float64Array.from([0, 3]), Float64Array.from([0, 10]))).toBe(10);
  });
});

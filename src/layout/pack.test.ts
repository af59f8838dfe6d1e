import { describe, expect, it } from 'vitest';
import { components, packComponents } from './pack.ts';

const box = (nodes: number[], x: Float64Array, y: Float64Array) => ({
  minX: Math.min(...nodes.map((i) => x[i]!)),
  maxX: Math.max(...nodes.map((i) => x[i]!)),
  minY: Math.min(...nodes.map((i) => y[i]!)),
  maxY: Math.max(...nodes.map((i) => y[i]!)),
});

describe('packComponents', () => {
  it('finds components, largest first', () => {
    const parts = components(6, Int32Array.from([0, 1, 4]), Int32Array.from([1, 2, 5]));
    expect(parts).toEqual([[0, 1, 2], [3], [4, 5]].sort((a, b) => b.length - a.length || a[0]! - b[0]!));
  });

  it('brings far components next to the main one, keeping their shapes', () => {
    // A main square of side 10 at the origin; a pair 1000 units away, a single node further still.
    const x = Float64Array.from([0, 10, 10, 0, 1000, 1003, -5000]);
    const y = Float64Array.from([0, 0, 10, 10, 1000, 1004, 3000]);
    const source = Int32Array.from([0, 1, 2, 4]);
    const target = Int32Array.from([1, 2, 3, 5]);
    packComponents(x, y, source, target);
    // The main component does not move.
    expect([...x.slice(0, 4)]).toEqual([0, 10, 10, 0]);
    expect([...y.slice(0, 4)]).toEqual([0, 0, 10, 10]);
    // The pair keeps its offset, and everything lies within a few gaps of the main box.
    expect([x[5]! - x[4]!, y[5]! - y[4]!]).toEqual([3, 4]);
    for (const i of [4, 5, 6]) {
      expect(Math.abs(x[i]! - 5)).toBeLessThan(20);
      expect(Math.abs(y[i]! - 5)).toBeLessThan(20);
    }
    // Nothing overlaps the main box.
    const main = box([0, 1, 2, 3], x, y);
    for (const i of [4, 5, 6]) expect(x[i]! > main.maxX || x[i]! < main.minX || y[i]! > main.maxY || y[i]! < main.minY).toBe(true);
  });

  it('is deterministic and puts many isolated nodes in rows', () => {
    const n = 200;
    const run = () => {
      const x = Float64Array.from({ length: n }, (_, i) => (i < 3 ? i * 10 : i * 97));
      const y = Float64Array.from({ length: n }, (_, i) => (i < 3 ? 0 : -i * 51));
      packComponents(x, y, Int32Array.from([0, 1]), Int32Array.from([1, 2]));
      return [x, y] as const;
    };
    const [x, y] = run();
    expect(run()).toEqual([x, y]);
    const span = Math.max(...x) - Math.min(...x) + Math.max(...y) - Math.min(...y);
    expect(span).toBeLessThan(400);
  });
});

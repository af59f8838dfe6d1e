import { describe, expect, test } from 'vitest';
import { categoricalColor, categoricalColors, GRADIENT, gradientColor, PALETTE, rangeColor } from './palette.ts';

describe('categorical palette', () => {
  test('gives the same colours whatever order the values come in', () => {
    const values = ['b', 'a', 'c', 'a', 'b', 'a', 'd'];
    const once = categoricalColors(values);
    const shuffled = categoricalColors([...values].reverse());
    expect([...shuffled]).toEqual([...once]);
    // Commonest first, ties by value.
    expect([...once.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(once.get('a')).toEqual({ color: PALETTE[0], count: 3 });
    expect(once.get('d')).toEqual({ color: PALETTE[3], count: 1 });
  });

  test('orders numbers as numbers', () => {
    expect([...categoricalColors([10, 2, 1]).keys()]).toEqual([1, 2, 10]);
  });

  test('never repeats a colour past the ten of the palette', () => {
    const colors = Array.from({ length: 60 }, (_, i) => categoricalColor(i));
    expect(new Set(colors).size).toBe(60);
    expect(colors.slice(0, 10)).toEqual([...PALETTE]);
    for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('gradient', () => {
  test('runs from the first stop to the last, through the middle one', () => {
    expect(gradientColor(0)).toBe(GRADIENT[0]);
    expect(gradientColor(1)).toBe(GRADIENT.at(-1));
    expect(gradientColor(0.5)).toBe(GRADIENT[2]);
    expect(gradientColor(-1)).toBe(GRADIENT[0]);
    expect(gradientColor(Number.NaN)).toBe(GRADIENT[0]);
  });

  test('interpolates between stops', () => {
    // Halfway from #440154 to #3b528b.
    expect(gradientColor(0.125)).toBe('#402a70');
  });

  test('places a value in its range; a range of one value is the middle', () => {
    expect(rangeColor(5, [0, 10])).toBe(GRADIENT[2]);
    expect(rangeColor(7, [7, 7])).toBe(GRADIENT[2]);
  });
});

import { describe, expect, test } from 'vitest';
import {
  certaintyThickness,
  corroborationThickness,
  displayName,
  EDGE_SIZE,
  edgeThickness,
  FALLBACK_COLOR,
  NODE_SIZE,
  scaledSize,
  typeColor,
} from './appearance.ts';
import type { Ontology } from './types.ts';

const factuality = {
  certain: { rank: 3, label: { pl: 'pewne', en: 'certain' } },
  probable: { rank: 2, label: { pl: 'prawdopodobne', en: 'probable' } },
  possible: { rank: 1, label: { pl: 'możliwe', en: 'possible' } },
  underspecified: { rank: 0, label: { pl: 'nieokreślone', en: 'underspecified' } },
} satisfies Ontology['factuality'];

describe('node sizes', () => {
  test.each([
    [0, [0, 100], NODE_SIZE.min],
    [100, [0, 100], NODE_SIZE.max],
    // Areas grow with the value: a quarter of the range is half the radius span.
    [25, [0, 100], NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 2],
    [-5, [0, 100], NODE_SIZE.min],
    [500, [0, 100], NODE_SIZE.max],
    [3, [3, 3], (NODE_SIZE.min + NODE_SIZE.max) / 2],
  ] as const)('%d over %j is %d', (value, range, size) => {
    expect(scaledSize(value, [...range])).toBe(size);
  });

  test('are rounded to a thousandth, so a written size reads back as drawn', () => {
    const size = scaledSize(1, [0, 3]);
    expect(size).toBe(Math.round(size * 1000) / 1000);
    expect(size).toBeCloseTo(4 + 12 * Math.sqrt(1 / 3), 3);
  });
});

describe('relation thickness', () => {
  test('by corroboration grows one step per independent outlet, from one to five', () => {
    const sizes = [0, 1, 2, 3, 4, 5, 9].map(corroborationThickness);
    expect(sizes).toEqual([EDGE_SIZE.min, EDGE_SIZE.min, 2.5, 3.25, 4, EDGE_SIZE.max, EDGE_SIZE.max]);
  });

  test('by certainty follows the factuality rank', () => {
    expect(certaintyThickness('underspecified', factuality)).toBe(EDGE_SIZE.min);
    expect(certaintyThickness('certain', factuality)).toBe(EDGE_SIZE.max);
    expect(certaintyThickness('probable', factuality)).toBe(3.75);
    // An unknown factuality (an opened file's) is the least firm.
    expect(certaintyThickness('rumour', factuality)).toBe(EDGE_SIZE.min);
  });

  test('edgeThickness picks the scale, and falls back to corroboration without a factuality scale', () => {
    const attrs = { corroboration: { sources: 3, outlets: 3, independentOutlets: 3 }, factuality: 'possible' };
    expect(edgeThickness(attrs, 'corroboration', factuality)).toBe(3.25);
    expect(edgeThickness(attrs, 'certainty', factuality)).toBe(2.75);
    expect(edgeThickness(attrs, 'certainty', undefined)).toBe(3.25);
  });
});

describe('labels and colours', () => {
  test('a name in the language shown, else Polish, else the label', () => {
    expect(displayName({ pl: 'Kim Dzong Un', en: 'Kim Jong Un' }, 'en', 'x')).toBe('Kim Jong Un');
    expect(displayName({ pl: 'Szojgu', en: '' }, 'en', 'x')).toBe('Szojgu');
    expect(displayName(undefined, 'pl', 'label')).toBe('label');
  });

  test("an item's own colour, else its type's, else the fallback", () => {
    expect(typeColor('#123456', { color: '#abcdef' })).toBe('#123456');
    expect(typeColor('', { color: '#abcdef' })).toBe('#abcdef');
    expect(typeColor(undefined, undefined)).toBe(FALLBACK_COLOR);
  });
});

// Colours for values: a categorical palette for kinds (types, communities, an attribute's
// values) and a gradient for numbers. Both deterministic: the same values always get the
// same colours, whatever order they come in.

/** Tableau 10: distinct on white, and the palette Gephi Lite and many readers know. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/** Viridis at five stops: ordered, readable by the colour-blind, light end still visible on white. */
export const GRADIENT = ['#440154', '#3b528b', '#21918c', '#5ec962', '#e3cf1d'] as const;

const hex2 = (v: number) =>
  Math.round(Math.min(255, Math.max(0, v)))
    .toString(16)
    .padStart(2, '0');

/** The i-th categorical colour: the palette, then hues a golden angle apart, never repeating a colour. */
export function categoricalColor(i: number): string {
  if (i < PALETTE.length) return PALETTE[i]!;
  const hue = ((i - PALETTE.length) * 137.508 + 20) % 360;
  return hslHex(hue, 0.55, 0.5);
}

function hslHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${hex2(f(0) * 255)}${hex2(f(8) * 255)}${hex2(f(4) * 255)}`;
}

/**
 * Colours for the values seen (one entry per occurrence): the commonest first gets the
 * first colour, ties by value (numbers by number), so the result does not depend on the
 * order the values came in. Returned in that order, which is the legend's.
 */
export function categoricalColors<V extends string | number | boolean>(values: Iterable<V>): Map<V, { color: string; count: number }> {
  const counts = new Map<V, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = [...counts].sort(([a, n], [b, m]) => m - n || compareValues(a, b));
  return new Map(order.map(([v, count], i) => [v, { color: categoricalColor(i), count }]));
}

function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The gradient's colour at `t` (0–1, clamped), interpolated between its stops. */
export function gradientColor(t: number): string {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (GRADIENT.length - 1);
  const i = Math.min(Math.floor(u), GRADIENT.length - 2);
  const [a, b] = [rgb(GRADIENT[i]!), rgb(GRADIENT[i + 1]!)];
  const f = u - i;
  return `#${[0, 1, 2].map((c) => hex2(a[c]! + (b[c]! - a[c]!) * f)).join('')}`;
}

/** `value`'s colour on the gradient over `[min, max]`; a range of one value gives the middle. */
export function rangeColor(value: number, [min, max]: [number, number]): string {
  return gradientColor(max > min ? (value - min) / (max - min) : 0.5);
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

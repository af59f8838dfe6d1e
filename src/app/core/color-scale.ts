// A node value -> a colour and the legend that explains it: kinds (communities, an
// attribute's values) by the categorical palette, numbers by the gradient. Entities
// without a value are grey and counted, never dropped from the legend.
import { FALLBACK_COLOR, type Range } from '../../model/appearance.ts';
import { categoricalColors, rangeColor } from '../../model/palette.ts';
import { valueRange } from './range.ts';

export type Legend =
  | { kind: 'category'; items: Array<{ value: string | number | boolean; color: string; count: number }>; missing: number }
  | { kind: 'gradient'; range: Range; missing: number };

export interface ColorScale {
  color(node: string): string;
  legend: Legend;
}

/** One colour per distinct value, the commonest first (model/palette.ts). */
export function categoryScale(values: ReadonlyMap<string, string | number | boolean>, order: number): ColorScale {
  const colors = categoricalColors(values.values());
  return {
    color: (node) => {
      const v = values.get(node);
      return v === undefined ? FALLBACK_COLOR : colors.get(v)!.color;
    },
    legend: { kind: 'category', items: [...colors].map(([value, { color, count }]) => ({ value, color, count })), missing: order - values.size },
  };
}

/** The gradient over the values' range. */
export function gradientScale(values: ReadonlyMap<string, number>, order: number): ColorScale {
  const range = valueRange([...values.values()]) ?? [0, 0];
  return {
    color: (node) => {
      const v = values.get(node);
      return v === undefined ? FALLBACK_COLOR : rangeColor(v, range);
    },
    legend: { kind: 'gradient', range, missing: order - values.size },
  };
}

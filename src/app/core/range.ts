// The smallest and largest of a list of numbers: the size metric's range (appearance.ts)
// and the extent of the positions that frames the graph (the graph controller, and the
// preview, which must frame it the same way).

/** [min, max] of `values`, or null when there are none (or one is not a number). */
export function valueRange(values: ArrayLike<number>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  return Number.isFinite(min) ? [min, max] : null;
}

/** The extent of the nodes' positions, as Sigma's custom bounding box takes it; a unit box for no nodes. */
export function positionExtent(xs: ArrayLike<number>, ys: ArrayLike<number>): { x: [number, number]; y: [number, number] } {
  return { x: valueRange(xs) ?? [-1, 1], y: valueRange(ys) ?? [-1, 1] };
}

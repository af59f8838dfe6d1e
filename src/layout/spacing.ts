// Minimum edge length: ForceAtlas2 can end with two linked nodes almost on top of each
// other, and the edge between them then hides under their discs, where nobody can see or
// click it. Each edge shorter than the minimum pushes its lighter end (fewer edges; ties:
// the later node) away along the edge, or, for two nodes at the same spot, along a
// direction taken from the edge's index. Deterministic, in place.

export function stretchShortEdges(x: Float64Array, y: Float64Array, source: Int32Array, target: Int32Array, minLength: number): void {
  if (!(minLength > 0)) return;
  const degree = new Int32Array(x.length);
  for (let e = 0; e < source.length; e++) {
    degree[source[e]!]!++;
    degree[target[e]!]!++;
  }
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    const dx = x[t]! - x[s]!;
    const dy = y[t]! - y[s]!;
    const length = Math.hypot(dx, dy);
    if (length >= minLength) continue;
    const moveTarget = degree[t]! < degree[s]! || (degree[t] === degree[s] && t > s);
    const [fixed, moved] = moveTarget ? [s, t] : [t, s];
    const angle = (e * 2.399963229728653) % (2 * Math.PI); // the golden angle: no two edges alike
    const ux = length > 1e-9 ? (x[moved]! - x[fixed]!) / length : Math.cos(angle);
    const uy = length > 1e-9 ? (y[moved]! - y[fixed]!) / length : Math.sin(angle);
    x[moved] = x[fixed]! + ux * minLength;
    y[moved] = y[fixed]! + uy * minLength;
  }
}

/** The longer side of the positions' bounding box (0 for fewer than two nodes). */
export function extent(x: Float64Array, y: Float64Array): number {
  if (x.length < 2) return 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  return Math.max(maxX - minX, maxY - minY);
}

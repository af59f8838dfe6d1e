// Packs a layout's connected components next to the largest one: after ForceAtlas2 every
// component repels the others, so small ones drift to the edges and the main cluster
// fills a fraction of the frame. Each smaller component keeps its own shape and is moved
// (never rotated) beside the union of those already placed, on the side that keeps that
// union closest to square. Framework-free and deterministic: the same arrays give the
// same positions.

/** Node indices per component, largest first (ties: the one whose first node comes first). */
export function components(n: number, source: Int32Array, target: Int32Array): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let e = 0; e < source.length; e++) {
    const a = find(source[e]!);
    const b = find(target[e]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** Components placed one by one where they fit best; any more go in rows (the search is quadratic). */
const GREEDY_COMPONENTS = 48;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boxOf(nodes: number[], x: Float64Array, y: Float64Array): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const i of nodes) {
    box.minX = Math.min(box.minX, x[i]!);
    box.maxX = Math.max(box.maxX, x[i]!);
    box.minY = Math.min(box.minY, y[i]!);
    box.maxY = Math.max(box.maxY, y[i]!);
  }
  return box;
}

const union = (a: Box, b: Box): Box => ({
  minX: Math.min(a.minX, b.minX),
  minY: Math.min(a.minY, b.minY),
  maxX: Math.max(a.maxX, b.maxX),
  maxY: Math.max(a.maxY, b.maxY),
});

const overlaps = (a: Box, b: Box, gap: number) => a.minX < b.maxX + gap && b.minX < a.maxX + gap && a.minY < b.maxY + gap && b.minY < a.maxY + gap;

/**
 * Moves every component but the largest next to the ones placed before it, `gap` apart
 * (default: a twentieth of the largest component's longer side, at least 1). Positions
 * are updated in place.
 */
export function packComponents(x: Float64Array, y: Float64Array, source: Int32Array, target: Int32Array, gap?: number): void {
  const parts = components(x.length, source, target);
  if (parts.length < 2) return;
  const main = boxOf(parts[0]!, x, y);
  const space = gap ?? Math.max(1, Math.max(main.maxX - main.minX, main.maxY - main.minY) / 20);
  const placed: Box[] = [main];
  let whole = main;
  const move = (part: number[], own: Box, to: Box) => {
    for (const i of part) {
      x[i] = x[i]! + to.minX - own.minX;
      y[i] = y[i]! + to.minY - own.minY;
    }
  };
  for (const part of parts.slice(1, 1 + GREEDY_COMPONENTS)) {
    const own = boxOf(part, x, y);
    const w = own.maxX - own.minX;
    const h = own.maxY - own.minY;
    let best: { box: Box; score: number } | null = null;
    // Candidate corners: beside every placed box, on each of its four sides, at both ends.
    for (const at of placed) {
      const xs = [at.maxX + space, at.minX - space - w, at.minX, at.maxX - w];
      const ys = [at.maxY + space, at.minY - space - h, at.minY, at.maxY - h];
      const corners: Array<[number, number]> = [
        [xs[0]!, ys[2]!],
        [xs[0]!, ys[3]!],
        [xs[1]!, ys[2]!],
        [xs[1]!, ys[3]!],
        [xs[2]!, ys[0]!],
        [xs[3]!, ys[0]!],
        [xs[2]!, ys[1]!],
        [xs[3]!, ys[1]!],
      ];
      for (const [cx, cy] of corners) {
        const box = { minX: cx, minY: cy, maxX: cx + w, maxY: cy + h };
        if (placed.some((p) => overlaps(p, box, space * 0.999))) continue;
        const grown = union(whole, box);
        // Closest to square first, then the smallest area, then nearest the main centre.
        const side = Math.max(grown.maxX - grown.minX, grown.maxY - grown.minY);
        const area = (grown.maxX - grown.minX) * (grown.maxY - grown.minY);
        const centre = Math.hypot(cx + w / 2 - (main.minX + main.maxX) / 2, cy + h / 2 - (main.minY + main.maxY) / 2);
        const score = side * 1e6 + area + centre * 1e-6;
        if (!best || score < best.score - 1e-9) best = { box, score };
      }
    }
    // There is always a free corner beside the outermost box; the guard keeps the types honest.
    const target = best?.box ?? { minX: whole.maxX + space, minY: whole.minY, maxX: whole.maxX + space + w, maxY: whole.minY + h };
    move(part, own, target);
    placed.push(target);
    whole = union(whole, target);
  }
  // The many small rest (isolated nodes of a large graph): rows under what is placed.
  const rowWidth = Math.max(whole.maxX - whole.minX, space);
  let [rowX, rowY, rowHeight] = [whole.minX, whole.maxY + space, 0];
  for (const part of parts.slice(1 + GREEDY_COMPONENTS)) {
    const own = boxOf(part, x, y);
    const w = own.maxX - own.minX;
    const h = own.maxY - own.minY;
    if (rowX > whole.minX && rowX + w > whole.minX + rowWidth) [rowX, rowY, rowHeight] = [whole.minX, rowY + rowHeight + space, 0];
    move(part, own, { minX: rowX, minY: rowY, maxX: rowX + w, maxY: rowY + h });
    rowX += w + space;
    rowHeight = Math.max(rowHeight, h);
  }
}

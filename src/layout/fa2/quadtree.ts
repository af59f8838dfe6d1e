// The quadtree of Barnes–Hut repulsion, on flat typed arrays, rebuilt every iteration:
// the nodes are sorted along a Morton (Z-order) curve and a compressed quadtree is built
// over the sorted order, so a cell's nodes are contiguous, cells are laid out depth first
// with a skip pointer (a stackless walk), and neighbouring nodes sit next to each other in
// memory. Each cell carries its mass, centre of mass and quadrupole; each leaf (at most
// LEAF_SIZE nodes, the group `repulsion.ts` walks for) its radius. See repulsion.ts.

/** Cell layout in `cells`: 10 float64 per cell. */
const CELL_STRIDE = 10;
const CMX = 0; // centre of mass
const CMY = 1;
const MASS = 2;
const WIDTH = 3; // side of the cell's square
const SKIP = 4; // index of the next cell after this one's subtree
const FIRST = 5; // first body, in sorted order
const COUNT = 6;
const RADIUS = 7; // leaves: largest distance of a body from the centre of mass; branches: −1
const QRE = 8; // quadrupole Σ m·(z − c)², real and imaginary parts
const QIM = 9;

/** Bodies in sorted order: x, y, mass. */
const BODY_STRIDE = 3;

/** A leaf holds at most this many bodies (more only at the deepest level). */
const LEAF_SIZE = 16;
const MAX_LEVEL = 16;

export interface QuadTree {
  /** Sorted position → node index. */
  order: Int32Array;
  bodies: Float64Array;
  cells: Float64Array;
  cellCount: number;
  /** Cell indices of the leaves, in depth-first order. */
  leaves: Int32Array;
  leafCount: number;
  /** The sort's keys and its second buffers, swapped with `order` by each sort. */
  scratch: { keys: Uint32Array; tmpKeys: Uint32Array; tmpVals: Int32Array };
}

/** Buffers reused from iteration to iteration; `shared` puts them where worker threads can read them. */
export function createQuadTree(n: number, shared: boolean): QuadTree {
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  // A compressed quadtree has at most n leaves and n − 1 branching cells.
  return {
    order: new Int32Array(n),
    bodies: new Float64Array(buffer(n * BODY_STRIDE * 8)),
    cells: new Float64Array(buffer((2 * n + 1) * CELL_STRIDE * 8)),
    cellCount: 0,
    leaves: new Int32Array(buffer((n + 1) * 4)),
    leafCount: 0,
    scratch: { keys: new Uint32Array(n), tmpKeys: new Uint32Array(n), tmpVals: new Int32Array(n) },
  };
}

/** Spreads the low 16 bits of `v` to the even bits. */
function part1by1(v: number): number {
  v &= 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/**
 * Sorts `vals` by `keys` (stable LSD radix sort, 3 passes of 11 bits: a quarter fewer passes
 * over the bodies than 4 of 8 bits, with counts that still fit in the L1 cache). The sorted
 * arrays are the scratch ones: they are returned, and the caller's become the scratch.
 */
function radixSort(scratch: QuadTree['scratch'], keys: Uint32Array, vals: Int32Array, n: number): [Uint32Array, Int32Array] {
  let [k1, v1, k2, v2]: [Uint32Array, Int32Array, Uint32Array, Int32Array] = [keys, vals, scratch.tmpKeys, scratch.tmpVals];
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(k1[i]! >>> shift) & 2047]!++;
    for (let b = 0, sum = 0; b < 2048; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const dst = count[(k1[i]! >>> shift) & 2047]!++;
      k2[dst] = k1[i]!;
      v2[dst] = v1[i]!;
    }
    [k1, v1, k2, v2] = [k2, v2, k1, v1];
  }
  scratch.tmpKeys = k2;
  scratch.tmpVals = v2;
  return [k1, v1];
}

/** Rebuilds the tree for the current positions; `x`, `y` and `mass` are indexed by node. */
export function buildQuadTree(tree: QuadTree, x: Float64Array, y: Float64Array, mass: Float64Array, n: number): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (xi < minX) minX = xi;
    if (xi > maxX) maxX = xi;
    if (yi < minY) minY = yi;
    if (yi > maxY) maxY = yi;
  }
  const size = Math.max(maxX - minX, maxY - minY) || 1;
  // Square bounds, centred as graphology does.
  const x0 = (minX + maxX) / 2 - size / 2;
  const y0 = (minY + maxY) / 2 - size / 2;
  const { scratch } = tree;
  const keys = scratch.keys;
  const order = tree.order;
  const scale = 65536 / size;
  for (let i = 0; i < n; i++) {
    const qx = Math.min(65535, Math.max(0, Math.floor((x[i]! - x0) * scale)));
    const qy = Math.min(65535, Math.max(0, Math.floor((y[i]! - y0) * scale)));
    keys[i] = ((part1by1(qy) << 1) | part1by1(qx)) >>> 0;
    order[i] = i;
  }
  const [sortedKeys, sortedOrder] = radixSort(scratch, keys, order, n);
  scratch.keys = sortedKeys;
  tree.order = sortedOrder;
  const bodies = tree.bodies;
  for (let s = 0; s < n; s++) {
    const i = sortedOrder[s]!;
    bodies[s * BODY_STRIDE] = x[i]!;
    bodies[s * BODY_STRIDE + 1] = y[i]!;
    bodies[s * BODY_STRIDE + 2] = mass[i]!;
  }
  tree.cellCount = 0;
  tree.leafCount = 0;
  if (n) buildCell(tree, sortedKeys, 0, n, 0, size);
}

/** Appends the cell holding sorted bodies [lo, hi) at `level`, then its subtree. */
function buildCell(tree: QuadTree, keys: Uint32Array, lo: number, hi: number, level: number, width: number): void {
  // Compress: while every body falls in one quadrant, the cell is that quadrant.
  while (level < MAX_LEVEL) {
    const shift = 30 - 2 * level;
    if (((keys[lo]! >>> shift) & 3) !== ((keys[hi - 1]! >>> shift) & 3)) break;
    level++;
    width /= 2;
  }
  const { cells, bodies } = tree;
  const c = tree.cellCount++;
  const at = c * CELL_STRIDE;
  cells[at + WIDTH] = width;
  cells[at + FIRST] = lo;
  cells[at + COUNT] = hi - lo;
  let m = 0;
  let mx = 0;
  let my = 0;
  if (hi - lo <= LEAF_SIZE || level >= MAX_LEVEL) {
    for (let s = lo; s < hi; s++) {
      const bm = bodies[s * BODY_STRIDE + 2]!;
      m += bm;
      mx += bodies[s * BODY_STRIDE]! * bm;
      my += bodies[s * BODY_STRIDE + 1]! * bm;
    }
    const cx = m > 0 ? mx / m : 0;
    const cy = m > 0 ? my / m : 0;
    let r2 = 0;
    let qr = 0;
    let qi = 0;
    for (let s = lo; s < hi; s++) {
      const bm = bodies[s * BODY_STRIDE + 2]!;
      const ex = bodies[s * BODY_STRIDE]! - cx;
      const ey = bodies[s * BODY_STRIDE + 1]! - cy;
      r2 = Math.max(r2, ex * ex + ey * ey);
      qr += bm * (ex * ex - ey * ey);
      qi += bm * 2 * ex * ey;
    }
    cells[at + RADIUS] = Math.sqrt(r2);
    cells[at + QRE] = qr;
    cells[at + QIM] = qi;
    tree.leaves[tree.leafCount++] = c;
  } else {
    const shift = 30 - 2 * level;
    const children: number[] = [];
    let start = lo;
    for (let q = 0; q < 4 && start < hi; q++) {
      // The first body past quadrant q (keys share their higher bits, so this is monotonic).
      let a = start;
      let b = hi;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (((keys[mid]! >>> shift) & 3) <= q) a = mid + 1;
        else b = mid;
      }
      if (a > start) {
        const child = tree.cellCount * CELL_STRIDE;
        children.push(child);
        buildCell(tree, keys, start, a, level + 1, width / 2);
        const cm = cells[child + MASS]!;
        m += cm;
        mx += cells[child + CMX]! * cm;
        my += cells[child + CMY]! * cm;
      }
      start = a;
    }
    cells[at + RADIUS] = -1;
    // Quadrupoles move to the parent's centre of mass (the children's dipoles vanish).
    const cx = m > 0 ? mx / m : 0;
    const cy = m > 0 ? my / m : 0;
    let qr = 0;
    let qi = 0;
    for (const child of children) {
      const cm = cells[child + MASS]!;
      const ex = cells[child + CMX]! - cx;
      const ey = cells[child + CMY]! - cy;
      qr += cells[child + QRE]! + cm * (ex * ex - ey * ey);
      qi += cells[child + QIM]! + cm * 2 * ex * ey;
    }
    cells[at + QRE] = qr;
    cells[at + QIM] = qi;
  }
  cells[at + MASS] = m;
  cells[at + CMX] = m > 0 ? mx / m : 0;
  cells[at + CMY] = m > 0 ? my / m : 0;
  cells[at + SKIP] = tree.cellCount;
}

// Barnes–Hut repulsion for ForceAtlas2 on flat typed arrays.
//
// Each iteration sorts the nodes along a Morton (Z-order) curve and builds a compressed
// quadtree over the sorted order: a cell's nodes are contiguous, cells are laid out depth
// first with a skip pointer (a stackless walk), and neighbouring nodes sit next to each
// other in memory.
//
// In complex notation the repulsion on a node at z is k·m·conj(f(z)) with
// f(z) = Σ m_j/(z − z_j). A cell stands for its nodes through its mass and its quadrupole
// about the centre of mass c (the dipole vanishes there): f(z) ≈ M/(z − c) + Q/(z − c)³.
// The walk is made once per leaf (a group of at most LEAF_SIZE nearby nodes), not once
// per node: a cell far enough from the whole group acts on it through a second-order
// expansion about the group's centre; closer cells are opened; a close leaf acts on each
// node through its multipole if far enough from that node, else node by node, exactly.
// Quadrupoles make each far cell more accurate, so cells can be opened later for the
// same accuracy as graphology's monopole Barnes–Hut at the same θ (THETA_SCALE; the tests
// check the error). A group's result depends on the tree only, so it is the same
// whichever thread computes it.

/** Cell layout in `cells`: 10 float64 per cell. */
export const CELL_STRIDE = 10;
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
export const BODY_STRIDE = 3;

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
  };
}

const scratch = { keys: new Uint32Array(0), tmpKeys: new Uint32Array(0), tmpVals: new Int32Array(0) };

/** Spreads the low 16 bits of `v` to the even bits. */
function part1by1(v: number): number {
  v &= 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/** Sorts `vals` by `keys` (stable LSD radix sort, 4 passes of 8 bits). */
function radixSort(keys: Uint32Array, vals: Int32Array, n: number): void {
  if (scratch.tmpKeys.length < n) {
    scratch.tmpKeys = new Uint32Array(n);
    scratch.tmpVals = new Int32Array(n);
  }
  let [k1, v1, k2, v2]: [Uint32Array, Int32Array, Uint32Array, Int32Array] = [keys, vals, scratch.tmpKeys, scratch.tmpVals];
  const count = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(k1[i]! >>> shift) & 255]!++;
    for (let b = 0, sum = 0; b < 256; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const dst = count[(k1[i]! >>> shift) & 255]!++;
      k2[dst] = k1[i]!;
      v2[dst] = v1[i]!;
    }
    [k1, v1, k2, v2] = [k2, v2, k1, v1];
  }
  // An even number of passes: the sorted data is back in the caller's arrays.
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
  if (scratch.keys.length < n) scratch.keys = new Uint32Array(n);
  const keys = scratch.keys;
  const order = tree.order;
  const scale = 65536 / size;
  for (let i = 0; i < n; i++) {
    const qx = Math.min(65535, Math.max(0, Math.floor((x[i]! - x0) * scale)));
    const qy = Math.min(65535, Math.max(0, Math.floor((y[i]! - y0) * scale)));
    keys[i] = ((part1by1(qy) << 1) | part1by1(qx)) >>> 0;
    order[i] = i;
  }
  radixSort(keys, order, n);
  const bodies = tree.bodies;
  for (let s = 0; s < n; s++) {
    const i = order[s]!;
    bodies[s * BODY_STRIDE] = x[i]!;
    bodies[s * BODY_STRIDE + 1] = y[i]!;
    bodies[s * BODY_STRIDE + 2] = mass[i]!;
  }
  tree.cellCount = 0;
  tree.leafCount = 0;
  if (n) buildCell(tree, keys, 0, n, 0, size);
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

/**
 * θ as graphology means it, times this, opens cells with at least the accuracy of
 * graphology's Barnes–Hut at θ (see the header; measured on real and clustered layouts,
 * and checked by a test).
 */
export const THETA_SCALE = 1.8;

/**
 * Repulsion on the bodies of leaves [fromLeaf, toLeaf) of `leaves`: fx[s], fy[s] receive
 * the force on sorted body s. Self-contained (no closure, no import, offsets written out:
 * cells have 10 slots, bodies 3) so that worker threads can run its source.
 */
export function repulseLeaves(
  bodies: Float64Array,
  cells: Float64Array,
  cellCount: number,
  leaves: Int32Array,
  fromLeaf: number,
  toLeaf: number,
  coefficient: number,
  theta: number,
  fx: Float64Array,
  fy: Float64Array,
): void {
  // A cell is never used whole within 1.5 widths of its centre of mass: a cell containing
  // the group (within √2 widths) must be opened.
  const open = Math.max(2 / theta, 1.5);
  for (let l = fromLeaf; l < toLeaf; l++) {
    const g = leaves[l]! * 10;
    const gx = cells[g]!;
    const gy = cells[g + 1]!;
    // Offsets stored as float64 are read back as integers, so that indexing stays integral.
    const first = cells[g + 5]! | 0;
    const last = (first + cells[g + 6]!) | 0;
    const radius = cells[g + 7]!;
    for (let s = first; s < last; s++) fx[s] = fy[s] = 0;
    // f(c + δ) ≈ a + b·δ + e·δ² about the group's centre c, all complex.
    let ar = 0;
    let ai = 0;
    let br = 0;
    let bi = 0;
    let er = 0;
    let ei = 0;
    let c = 0;
    while (c < cellCount) {
      const at = c * 10;
      const dx = gx - cells[at]!;
      const dy = gy - cells[at + 1]!;
      const d2 = dx * dx + dy * dy;
      const w = cells[at + 3]!;
      const reach = radius + open * (w > 2 * radius ? w : 2 * radius);
      if (d2 > reach * reach) {
        // Far: M/(Δ + δ) + Q/(Δ + δ)³ expanded to δ², with u = 1/Δ.
        const m = cells[at + 2]!;
        const qr = cells[at + 8]!;
        const qi = cells[at + 9]!;
        const ur = dx / d2;
        const ui = -dy / d2;
        const u2r = ur * ur - ui * ui;
        const u2i = 2 * ur * ui;
        const u3r = u2r * ur - u2i * ui;
        const u3i = u2r * ui + u2i * ur;
        const u4r = u2r * u2r - u2i * u2i;
        const u4i = 2 * u2r * u2i;
        const u5r = u4r * ur - u4i * ui;
        const u5i = u4r * ui + u4i * ur;
        ar += m * ur + qr * u3r - qi * u3i;
        ai += m * ui + qr * u3i + qi * u3r;
        br -= m * u2r + 3 * (qr * u4r - qi * u4i);
        bi -= m * u2i + 3 * (qr * u4i + qi * u4r);
        er += m * u3r + 6 * (qr * u5r - qi * u5i);
        ei += m * u3i + 6 * (qr * u5i + qi * u5r);
        c = cells[at + 4]! | 0;
      } else if (cells[at + 7]! >= 0) {
        // A close leaf: for each node, through its multipole if far enough from that node, else node by node.
        const jFirst = cells[at + 5]! | 0;
        const jLast = (jFirst + cells[at + 6]!) | 0;
        const cx = cells[at]!;
        const cy = cells[at + 1]!;
        const m = cells[at + 2]!;
        const qr = cells[at + 8]!;
        const qi = cells[at + 9]!;
        const nodeReach = open * w * open * w;
        for (let s = first; s < last; s++) {
          const xi = bodies[s * 3]!;
          const yi = bodies[s * 3 + 1]!;
          const px = xi - cx;
          const py = yi - cy;
          const p2 = px * px + py * py;
          if (p2 > nodeReach) {
            const ur = px / p2;
            const ui = -py / p2;
            const u2r = ur * ur - ui * ui;
            const u2i = 2 * ur * ui;
            const u3r = u2r * ur - u2i * ui;
            const u3i = u2r * ui + u2i * ur;
            fx[s] = fx[s]! + m * ur + qr * u3r - qi * u3i;
            fy[s] = fy[s]! - (m * ui + qr * u3i + qi * u3r);
            continue;
          }
          let sx = 0;
          let sy = 0;
          for (let j = jFirst; j < jLast; j++) {
            const ex = xi - bodies[j * 3]!;
            const ey = yi - bodies[j * 3 + 1]!;
            const e2 = ex * ex + ey * ey;
            if (e2 > 0 && j !== s) {
              const f = bodies[j * 3 + 2]! / e2;
              sx += ex * f;
              sy += ey * f;
            }
          }
          fx[s] = fx[s]! + sx;
          fy[s] = fy[s]! + sy;
        }
        c = cells[at + 4]! | 0;
      } else c++;
    }
    for (let s = first; s < last; s++) {
      const ex = bodies[s * 3]! - gx;
      const ey = bodies[s * 3 + 1]! - gy;
      const e2r = ex * ex - ey * ey;
      const e2i = 2 * ex * ey;
      const fr = ar + br * ex - bi * ey + er * e2r - ei * e2i;
      const fi = ai + br * ey + bi * ex + er * e2i + ei * e2r;
      // The force is conj(f), scaled by k·m.
      const k = coefficient * bodies[s * 3 + 2]!;
      fx[s] = k * (fx[s]! + fr);
      fy[s] = k * (fy[s]! - fi);
    }
  }
}

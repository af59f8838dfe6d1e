// Barnes–Hut repulsion for ForceAtlas2 over the quadtree of quadtree.ts.
//
// In complex notation the repulsion on a node at z is k·m·conj(f(z)) with
// f(z) = Σ m_j/(z − z_j). A cell stands for its nodes through its mass and its quadrupole
// about the centre of mass c (the dipole vanishes there): f(z) ≈ M/(z − c) + Q/(z − c)³.
// The walk is made once per leaf (a group of nearby nodes), not once per node: a cell far
// enough from the whole group acts on it through a second-order expansion about the
// group's centre; closer cells are opened; a close leaf acts on each node through its
// multipole if far enough from that node, else node by node, exactly. Quadrupoles make
// each far cell more accurate, so cells can be opened later for the same accuracy as
// graphology's point-mass Barnes–Hut at the same θ (THETA_SCALE; the tests check the
// error). A group's result depends on the tree only, so it is the same whichever thread
// computes it.

/**
 * θ as graphology means it, times this, opens cells with at least the accuracy of
 * graphology's Barnes–Hut at θ (see the header; measured on real and clustered layouts,
 * and checked by a test).
 *
 * Measured at 100k nodes / 500k edges after 20 iterations, per node and iteration: at 1.8,
 * 156 exact pair forces, 34 leaf multipoles at a node and 29 far cells (shared by a leaf's
 * ~8 nodes), 42 close leaves per leaf; at 2.2, 106, 26, 21 and 30, a third less work. The
 * error against the exact sum on the test's clustered points goes from 2.5e-4 to 5.1e-4
 * (graphology's own Barnes–Hut: 1.0e-1 there), and the layout-quality measures of the test
 * stay as they were (edge length 0.253, overlap 0.13%, neighbourhood 8.3%). At 2.4 the
 * error reaches 6.8e-4 for 10% more speed, at 3.0 1e-3, the test's bound.
 */
export const THETA_SCALE = 2.2;

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
      const reach = radius + open * Math.max(w, 2 * radius);
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
            // M/Δ + Q/Δ³ at the node, u = 1/Δ (the powers are written out again, as in the far
            // case: the kernel stays one function without helpers so that workers can run its source).
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

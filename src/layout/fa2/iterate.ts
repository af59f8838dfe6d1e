// One ForceAtlas2 iteration on flat typed arrays, with the same forces and the same
// per-node speed as graphology's `iterate.js` (linear repulsion, strong or plain gravity,
// linear attraction, swinging/traction speed), minus the options Faktograf never sets
// (LinLog, outbound attraction distribution, anti-collision).
//
// Order of the work: gravity and attraction are computed while the worker threads start
// on the repulsion, and the main thread then joins them on the repulsion's queue, so on two
// threads they no longer run alone (profiled at 100k nodes / 500k edges on one thread, these
// loops took 17 ms of an iteration's 176); the previous forces are kept by swapping arrays,
// not by copying them; the repulsion, in the tree's order, is added to the other forces in
// the speed pass instead of a pass of its own.
import { buildQuadTree, type QuadTree } from './quadtree.ts';
import { repulseLeaves, THETA_SCALE } from './repulsion.ts';
import type { FA2Settings } from './settings.ts';

export interface FA2State {
  n: number;
  x: Float64Array;
  y: Float64Array;
  /** Forces of this iteration and of the last one (swapped at each iteration). */
  dx: Float64Array;
  dy: Float64Array;
  oldDx: Float64Array;
  oldDy: Float64Array;
  /** 1 + weighted degree. */
  mass: Float64Array;
  convergence: Float64Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

/**
 * Computes Barnes–Hut repulsion for sorted bodies into fx, fy (in sorted order); θ is the
 * kernel's (scaled). `meanwhile` is run on this thread once the other threads have started.
 */
export type RepulsionRunner = (tree: QuadTree, coefficient: number, theta: number, fx: Float64Array, fy: Float64Array, meanwhile: () => void) => void;

export const runOnThisThread: RepulsionRunner = (tree, coefficient, theta, fx, fy, meanwhile) => {
  meanwhile();
  repulseLeaves(tree.bodies, tree.cells, tree.cellCount, tree.leaves, 0, tree.leafCount, coefficient, theta, fx, fy);
};

export interface BarnesHutContext {
  tree: QuadTree;
  fx: Float64Array;
  fy: Float64Array;
  run: RepulsionRunner;
}

export function iterate(s: FA2State, settings: FA2Settings, bh: BarnesHutContext | null): void {
  // This iteration's forces go where the ones before last were.
  [s.dx, s.oldDx] = [s.oldDx, s.dx];
  [s.dy, s.oldDy] = [s.oldDy, s.dy];
  const { n, x, y, dx, dy, mass } = s;
  dx.fill(0);
  dy.fill(0);
  const attractAndGravitate = () => {
    gravity(s, settings);
    attraction(s, settings);
  };
  const kr = settings.scalingRatio;
  if (bh) {
    buildQuadTree(bh.tree, x, y, mass, n);
    bh.run(bh.tree, kr, settings.barnesHutTheta * THETA_SCALE, bh.fx, bh.fy, attractAndGravitate);
    move(s, settings, bh.tree.order, bh.fx, bh.fy);
  } else {
    exactRepulsion(s, kr);
    attractAndGravitate();
    move(s, settings, null, null, null);
  }
}

function exactRepulsion(s: FA2State, kr: number): void {
  const { n, x, y, dx, dy, mass } = s;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const xd = x[i]! - x[j]!;
      const yd = y[i]! - y[j]!;
      const d = Math.sqrt(xd * xd + yd * yd);
      if (d > 0) {
        const f = (kr * mass[i]! * mass[j]!) / d / d;
        dx[i] = dx[i]! + xd * f;
        dy[i] = dy[i]! + yd * f;
        dx[j] = dx[j]! - xd * f;
        dy[j] = dy[j]! - yd * f;
      }
    }
  }
}

/** graphology's gravity: coefficient · mass · gravity / scalingRatio, times scalingRatio. */
function gravity(s: FA2State, settings: FA2Settings): void {
  const { n, x, y, dx, dy, mass } = s;
  const g = settings.gravity;
  const strong = settings.strongGravityMode;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    const d2 = xi * xi + yi * yi;
    if (d2 > 0) {
      const f = strong ? mass[i]! * g : (mass[i]! * g) / Math.sqrt(d2);
      dx[i] = dx[i]! - xi * f;
      dy[i] = dy[i]! - yi * f;
    }
  }
}

function attraction(s: FA2State, settings: FA2Settings): void {
  const { x, y, dx, dy, source, target, weight } = s;
  const influence = settings.edgeWeightInfluence;
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    const w = weight[e]!;
    const f = influence === 1 ? w : w ** influence;
    const xd = x[a]! - x[b]!;
    const yd = y[a]! - y[b]!;
    dx[a] = dx[a]! - xd * f;
    dy[a] = dy[a]! - yd * f;
    dx[b] = dx[b]! + xd * f;
    dy[b] = dy[b]! + yd * f;
  }
}

/**
 * Speed per node, from swinging (how much the force turned) and traction (how much it
 * agreed), and the move. With Barnes–Hut, the repulsion (rx, ry, in the tree's order) is
 * added to each node's force here, walking the nodes in the tree's order.
 */
function move(s: FA2State, settings: FA2Settings, order: Int32Array | null, rx: Float64Array | null, ry: Float64Array | null): void {
  const { n, x, y, dx, dy, oldDx, oldDy, mass, convergence } = s;
  const slowDown = settings.slowDown;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k;
    const fx = rx ? dx[i]! + rx[k]! : dx[i]!;
    const fy = ry ? dy[i]! + ry[k]! : dy[i]!;
    dx[i] = fx;
    dy[i] = fy;
    const ox = oldDx[i]!;
    const oy = oldDy[i]!;
    const swinging = mass[i]! * Math.sqrt((ox - fx) * (ox - fx) + (oy - fy) * (oy - fy));
    const traction = Math.sqrt((ox + fx) * (ox + fx) + (oy + fy) * (oy + fy)) / 2;
    const damp = 1 + Math.sqrt(swinging);
    const speed = (convergence[i]! * Math.log(1 + traction)) / damp;
    convergence[i] = Math.min(1, Math.sqrt((speed * (fx * fx + fy * fy)) / damp));
    x[i] = x[i]! + fx * (speed / slowDown);
    y[i] = y[i]! + fy * (speed / slowDown);
  }
}

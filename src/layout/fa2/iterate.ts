// One ForceAtlas2 iteration on flat typed arrays, with the same forces and the same
// per-node speed as graphology's `iterate.js` (linear repulsion, strong or plain gravity,
// linear attraction, swinging/traction speed), minus the options Faktograf never sets
// (LinLog, outbound attraction distribution, anti-collision).
import { buildQuadTree, type QuadTree } from './quadtree.ts';
import { repulseLeaves, THETA_SCALE } from './repulsion.ts';
import type { FA2Settings } from './settings.ts';

export interface FA2State {
  n: number;
  x: Float64Array;
  y: Float64Array;
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

/** Computes Barnes–Hut repulsion for sorted bodies into fx, fy (in sorted order); θ is the kernel's (scaled). */
export type RepulsionRunner = (tree: QuadTree, coefficient: number, theta: number, fx: Float64Array, fy: Float64Array) => void;

export const runOnThisThread: RepulsionRunner = (tree, coefficient, theta, fx, fy) =>
  repulseLeaves(tree.bodies, tree.cells, tree.cellCount, tree.leaves, 0, tree.leafCount, coefficient, theta, fx, fy);

export interface BarnesHutContext {
  tree: QuadTree;
  fx: Float64Array;
  fy: Float64Array;
  run: RepulsionRunner;
}

export function iterate(s: FA2State, settings: FA2Settings, bh: BarnesHutContext | null): void {
  const { n, x, y, dx, dy, oldDx, oldDy, mass } = s;
  for (let i = 0; i < n; i++) {
    oldDx[i] = dx[i]!;
    oldDy[i] = dy[i]!;
    dx[i] = 0;
    dy[i] = 0;
  }

  // Repulsion
  const kr = settings.scalingRatio;
  if (bh) {
    buildQuadTree(bh.tree, x, y, mass, n);
    bh.run(bh.tree, kr, settings.barnesHutTheta * THETA_SCALE, bh.fx, bh.fy);
    const order = bh.tree.order;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      dx[i] = dx[i]! + bh.fx[k]!;
      dy[i] = dy[i]! + bh.fy[k]!;
    }
  } else {
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

  // Gravity (graphology: coefficient · mass · gravity / scalingRatio, times scalingRatio)
  const g = settings.gravity;
  for (let i = 0; i < n; i++) {
    const d = Math.sqrt(x[i]! * x[i]! + y[i]! * y[i]!);
    if (d > 0) {
      const f = settings.strongGravityMode ? mass[i]! * g : (mass[i]! * g) / d;
      dx[i] = dx[i]! - x[i]! * f;
      dy[i] = dy[i]! - y[i]! * f;
    }
  }

  // Attraction
  const { source, target, weight } = s;
  const influence = settings.edgeWeightInfluence;
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    const w = weight[e]!;
    const ewc = influence === 1 ? w : w ** influence;
    const xd = x[a]! - x[b]!;
    const yd = y[a]! - y[b]!;
    const f = -ewc;
    dx[a] = dx[a]! + xd * f;
    dy[a] = dy[a]! + yd * f;
    dx[b] = dx[b]! - xd * f;
    dy[b] = dy[b]! - yd * f;
  }

  // Speed per node, from swinging (how much the force turned) and traction (how much it agreed)
  const { convergence } = s;
  const slowDown = settings.slowDown;
  for (let i = 0; i < n; i++) {
    const ox = oldDx[i]!;
    const oy = oldDy[i]!;
    const fx = dx[i]!;
    const fy = dy[i]!;
    const swinging = mass[i]! * Math.sqrt((ox - fx) * (ox - fx) + (oy - fy) * (oy - fy));
    const traction = Math.sqrt((ox + fx) * (ox + fx) + (oy + fy) * (oy + fy)) / 2;
    const speed = (convergence[i]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    convergence[i] = Math.min(1, Math.sqrt((speed * (fx * fx + fy * fy)) / (1 + Math.sqrt(swinging))));
    x[i] = x[i]! + fx * (speed / slowDown);
    y[i] = y[i]! + fy * (speed / slowDown);
  }
}


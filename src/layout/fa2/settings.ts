// ForceAtlas2 settings: graphology's names and defaults, the settings it infers from the
// graph's size, and a validator that names the first problem.

export interface FA2Settings {
  gravity: number;
  strongGravityMode: boolean;
  scalingRatio: number;
  slowDown: number;
  edgeWeightInfluence: number;
  barnesHutOptimize: boolean;
  /** A cell of width w acts as one body when 2w/d < θ (graphology's criterion). */
  barnesHutTheta: number;
}

const FA2_DEFAULTS: FA2Settings = {
  gravity: 1,
  strongGravityMode: false,
  scalingRatio: 1,
  slowDown: 1,
  edgeWeightInfluence: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

/** graphology-layout-forceatlas2's `inferSettings`, for the same layouts at any size. */
export function inferSettings(order: number): FA2Settings {
  return { ...FA2_DEFAULTS, barnesHutOptimize: order > 2000, strongGravityMode: true, gravity: 0.05, scalingRatio: 10, slowDown: 1 + Math.log(order) };
}

export function validateSettings(s: FA2Settings): string | null {
  for (const key of ['gravity', 'scalingRatio', 'slowDown', 'edgeWeightInfluence'] as const)
    if (typeof s[key] !== 'number' || !Number.isFinite(s[key]) || (key !== 'edgeWeightInfluence' && s[key] < 0))
      return `${key} must be a finite number >= 0, got ${s[key]}`;
  if (s.slowDown <= 0) return `slowDown must be > 0, got ${s.slowDown}`;
  // Above √2 a cell could act as one body on a node inside it.
  if (!(s.barnesHutTheta > 0 && s.barnesHutTheta <= 1)) return `barnesHutTheta must be in (0, 1], got ${s.barnesHutTheta}`;
  return null;
}

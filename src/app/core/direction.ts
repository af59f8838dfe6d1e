// Arrow-key navigation on the graph: the neighbour that lies in the pressed direction on
// screen, nearer and closer to the direction's axis first.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface ScreenPoint {
  id: string;
  /** Viewport pixels: x to the right, y downwards. */
  x: number;
  y: number;
}

const AXIS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export const ARROW_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The candidate within 60° of `direction` from `from` that is nearest, distance weighed by
 * how far off the axis it lies; null when none is that way. Ties go to the smaller id, so
 * the same picture always gives the same step.
 */
export function neighbourInDirection(from: { x: number; y: number }, candidates: readonly ScreenPoint[], direction: Direction): string | null {
  const [ax, ay] = AXIS[direction];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance < 1e-9) continue;
    const cos = (dx * ax + dy * ay) / distance;
    if (cos < 0.5) continue;
    const score = distance * (1 + 2 * (1 - cos));
    if (!best || score < best.score - 1e-9 || (Math.abs(score - best.score) <= 1e-9 && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

// Positions for entities a draft adds to a laid-out graph: every known entity keeps its
// built position, and each new one is set beside the entities it is linked to, pointing
// away from the graph's centre, so the draft reads as a growth on the graph it joins.
// Deterministic: the same graph and positions always give the same places.
import type Graph from 'graphology';
import type { KnowledgeGraphData } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

/** Successive tries turn by the golden angle, so siblings of one anchor spread evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const TRIES = 24;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function centroid(points: Iterable<Point>): Point {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
    n++;
  }
  return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
}

/** The usual length of an edge between placed entities: the unit new entities are set at. */
function edgeLength(graph: Graph, placed: ReadonlyMap<string, Point>): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const a = placed.get(s);
    const b = placed.get(t);
    if (a && b && s !== t) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  return median(lengths) || 10;
}

/**
 * Who an entity belongs beside: the entities it is related to, and, for one that only
 * claims or locates relations (a news agency, a city), the ends of those relations.
 */
export function knowledgeNeighbours(graph: KnowledgeGraphData): (node: string) => string[] {
  const extra = new Map<string, Set<string>>();
  const link = (node: string, ends: string[]) => {
    if (!graph.hasNode(node)) return;
    const set = extra.get(node) ?? new Set<string>();
    for (const end of ends) if (end !== node) set.add(end);
    extra.set(node, set);
  };
  graph.forEachEdge((_e, a, s, t) => {
    for (const claimant of a.claimedBy ?? []) link(claimant, [s, t]);
    if (a.qualifiers?.place) link(a.qualifiers.place.value, [s, t]);
  });
  return (node) => [...new Set([...graph.neighbors(node), ...(extra.get(node) ?? [])])];
}

/**
 * Places the nodes of `graph` that `fixed` has no position for. Returns positions for
 * every node: the fixed ones unchanged, the new ones near their placed neighbours (in
 * rounds, so a chain of new entities grows outwards), and any new entity linked to
 * nothing placed on a ring just outside the graph.
 */
export function placeNewNodes(
  graph: Graph,
  fixed: ReadonlyMap<string, Point>,
  neighbours: (node: string) => string[] = (node) => graph.neighbors(node),
): Map<string, Point> {
  const placed = new Map<string, Point>();
  graph.forEachNode((node) => {
    const p = fixed.get(node);
    if (p) placed.set(node, { x: p.x, y: p.y });
  });
  const unit = edgeLength(graph, placed);
  const centre = centroid(placed.values());
  const gap = unit * 0.45;
  const free = (p: Point) => [...placed.values()].every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= gap);

  let pending = graph
    .nodes()
    .filter((n) => !placed.has(n))
    .sort();
  for (;;) {
    const anchored = pending.filter((n) => neighbours(n).some((m) => placed.has(m)));
    if (anchored.length === 0) break;
    for (const node of anchored) {
      const anchor = centroid(neighbours(node).flatMap((m) => (placed.has(m) ? [placed.get(m)!] : [])));
      const outward = Math.atan2(anchor.y - centre.y, anchor.x - centre.x) || 0;
      let spot: Point | null = null;
      for (let k = 0; k < TRIES && !spot; k++) {
        const angle = outward + GOLDEN_ANGLE * k;
        const radius = unit * (0.8 + 0.25 * Math.floor(k / 6));
        const candidate = { x: anchor.x + Math.cos(angle) * radius, y: anchor.y + Math.sin(angle) * radius };
        if (free(candidate)) spot = candidate;
      }
      placed.set(node, spot ?? { x: anchor.x + Math.cos(outward) * unit, y: anchor.y + Math.sin(outward) * unit });
    }
    const done = new Set(anchored);
    pending = pending.filter((n) => !done.has(n));
  }

  // Linked to nothing placed: a ring around the graph, in id order.
  const reach = Math.max(unit, ...[...placed.values()].map((p) => Math.hypot(p.x - centre.x, p.y - centre.y))) + unit;
  pending.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / pending.length - Math.PI / 2;
    placed.set(node, { x: centre.x + Math.cos(angle) * reach, y: centre.y + Math.sin(angle) * reach });
  });
  return placed;
}

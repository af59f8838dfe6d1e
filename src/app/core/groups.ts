// Hierarchy in a graph file (GEXF `pid` and nested nodes, GraphML nested graphs, as the
// importer's `parent` attribute): each parent with its direct members, and the convex hull
// the explorer draws around a group.
import type { KnowledgeGraphData } from './types.ts';

export interface Group {
  /** The parent entity's id. */
  id: string;
  /** Its direct members, sorted. */
  members: string[];
}

/** The parent an entity names, when that parent is in the graph. */
export function parentOf(graph: KnowledgeGraphData, node: string): string | null {
  const parent = graph.getNodeAttributes(node).attributes?.parent;
  const id = typeof parent === 'number' ? String(parent) : parent;
  return typeof id === 'string' && id !== node && graph.hasNode(id) ? id : null;
}

/** Every group of the graph, by parent id (Map: ids come from the file), in id order. */
export function groupsOf(graph: KnowledgeGraphData): Map<string, Group> {
  const members = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const parent = parentOf(graph, node);
    if (parent !== null) members.set(parent, [...(members.get(parent) ?? []), node]);
  });
  const ids = [...members.keys()].sort();
  return new Map(ids.map((id) => [id, { id, members: members.get(id)!.sort() }]));
}

export interface Point {
  x: number;
  y: number;
}

/** The convex hull of points, counter-clockwise from the lowest-leftmost (Andrew's monotone chain). */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

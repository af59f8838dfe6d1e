// Neighbourhood expansion and orphans: which entities of the filtered graph stay drawn
// when the view shows only what lies within N relations of some entities, or hides the
// entities the filters left without any relation. Framework-free.
import type { KnowledgeGraphData, Neighbourhood, Selection } from './types.ts';

/** The radii the explorer offers. */
export const HOPS = [1, 2, 3] as const;

export const isHops = (n: unknown): n is number => typeof n === 'number' && (HOPS as readonly number[]).includes(n);

/**
 * The entities within `hops` relations of any of `around` (present in the graph), in
 * either direction: a breadth-first search, one ring at a time.
 */
export function withinHops(graph: KnowledgeGraphData, around: readonly string[], hops: number): Set<string> {
  const seen = new Set(around.filter((id) => graph.hasNode(id)));
  let ring = [...seen];
  for (let step = 0; step < hops && ring.length > 0; step++) {
    const next: string[] = [];
    for (const node of ring) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        next.push(neighbour);
      });
    }
    ring = next;
  }
  return seen;
}

/** What a neighbourhood is centred on, for a selection: the entity, or a relation's two ends. */
export function neighbourhoodAround(graph: KnowledgeGraphData, selection: Selection): string[] {
  if (selection?.kind === 'node') return graph.hasNode(selection.id) ? [selection.id] : [];
  if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) return [...new Set(graph.extremities(selection.id))];
  return [];
}

/**
 * Drops from `graph` (in place) what the neighbourhood and the orphan toggle leave out.
 * Returns the graph, for chaining.
 */
export function restrictGraph(graph: KnowledgeGraphData, neighbourhood: Neighbourhood | null, hideOrphans: boolean): KnowledgeGraphData {
  if (neighbourhood) {
    const keep = withinHops(graph, neighbourhood.around, neighbourhood.hops);
    for (const node of graph.nodes()) if (!keep.has(node)) graph.dropNode(node);
  }
  if (hideOrphans) for (const node of graph.nodes()) if (graph.degree(node) === 0) graph.dropNode(node);
  return graph;
}

// Shortest paths on the graph as it is, without an undirected copy: graphology-shortest-
// path's bidirectional breadth-first search (same fringes, same order, same stop at the
// first meeting), with the neighbours chosen by direction. Followed one way it is that
// library's search exactly; ignoring direction, a node's neighbours are its
// in-neighbours, then its out-neighbours not seen among them (graphology's own order).
// Of several shortest paths it returns the first the search meets: always the same for
// the same graph, built or imported in the same order.

/** What the search needs of a graphology graph (of any type). */
export interface Adjacency {
  readonly type: string;
  neighbors(node: string): string[];
  inboundNeighbors(node: string): string[];
  outboundNeighbors(node: string): string[];
}

/** Calls `visit` on each neighbour of `node` until it returns true. */
type Neighbours = (node: string, visit: (neighbour: string) => boolean) => void;

const each = (nodes: string[], visit: (neighbour: string) => boolean): boolean => {
  for (const n of nodes) if (visit(n)) return true;
  return false;
};

/** The fringe the search is about to grow: the nodes whose neighbours it will ask for next. */
export interface Fringe {
  nodes: readonly string[];
  /** From `from` (successors), else from `to` (predecessors). */
  forward: boolean;
}

/**
 * The nodes of a shortest path from `from` to `to` (both must exist), following edges in
 * either direction unless `directed`; `[from]` when they are the same node, null when no
 * path exists.
 */
export function shortestNodePath(graph: Adjacency, from: string, to: string, directed = false): string[] | null {
  const search = pathSearch(graph, from, to, directed);
  for (;;) {
    const step = search.next();
    if (step.done) return step.value;
  }
}

/**
 * The same search on a graph whose neighbours are fetched (a SPARQL endpoint): `fetch` is
 * awaited with each fringe before the search asks `graph` for its nodes' neighbours.
 */
export async function shortestNodePathFetching(
  graph: Adjacency,
  fetch: (fringe: Fringe) => Promise<void>,
  from: string,
  to: string,
  directed = false,
): Promise<string[] | null> {
  const search = pathSearch(graph, from, to, directed);
  for (;;) {
    const step = search.next();
    if (step.done) return step.value;
    await fetch(step.value);
  }
}

/** The search, pausing before each fringe it grows. */
function* pathSearch(graph: Adjacency, from: string, to: string, directed: boolean): Generator<Fringe, string[] | null, void> {
  if (from === to) return [from];
  // Arrays rather than graphology's callbacks: in a directed graph they are its adjacency
  // objects' keys, twice as fast to walk. Both ways: in-neighbours, then out-neighbours
  // (one seen already is skipped), as graphology's `neighbors` orders them.
  const both: Neighbours =
    graph.type === 'directed'
      ? (n, visit) => each(graph.inboundNeighbors(n), visit) || each(graph.outboundNeighbors(n), visit)
      : (n, visit) => each(graph.neighbors(n), visit);
  const successors: Neighbours = directed ? (n, visit) => each(graph.outboundNeighbors(n), visit) : both;
  const predecessors: Neighbours = directed ? (n, visit) => each(graph.inboundNeighbors(n), visit) : both;
  // Each node reached from `from`, with the node it was reached from; likewise from `to`.
  const predecessor = new Map<string, string | null>([[from, null]]);
  const successor = new Map<string, string | null>([[to, null]]);
  let forwardFringe = [from];
  let reverseFringe = [to];
  let meeting: string | null = null;

  // One side's whole fringe, the smaller one first (forward on a tie), until a node
  // reached from one side has been reached from the other.
  const grow = (fringe: string[], neighbours: Neighbours, mine: Map<string, string | null>, other: Map<string, string | null>): string[] => {
    const next: string[] = [];
    let node = '';
    const visit = (neighbour: string): boolean => {
      if (meeting !== null) return true;
      if (!mine.has(neighbour)) {
        next.push(neighbour);
        mine.set(neighbour, node);
      }
      if (!other.has(neighbour)) return false;
      meeting = neighbour;
      return true;
    };
    for (let i = 0; i < fringe.length && meeting === null; i++) neighbours((node = fringe[i]!), visit);
    return next;
  };

  while (meeting === null && forwardFringe.length && reverseFringe.length) {
    if (forwardFringe.length <= reverseFringe.length) {
      yield { nodes: forwardFringe, forward: true };
      forwardFringe = grow(forwardFringe, successors, predecessor, successor);
    } else {
      yield { nodes: reverseFringe, forward: false };
      reverseFringe = grow(reverseFringe, predecessors, successor, predecessor);
    }
  }
  if (meeting === null) return null;

  const path: string[] = [];
  for (let n: string | null | undefined = meeting; n != null; n = predecessor.get(n)) path.push(n);
  path.reverse();
  for (let n = successor.get(meeting); n != null; n = successor.get(n)) path.push(n);
  return path;
}

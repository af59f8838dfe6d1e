import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../layout/rng.ts';
import { Graph, MultiDirectedGraph, UndirectedGraph } from '../model/graph.ts';
import { KnowledgeGraph } from './knowledge-graph.ts';
import { shortestNodePath } from './shortest-path.ts';

type Edge = [key: string, source: string, target: string];

function multi(nodes: string[], edges: Edge[]): MultiDirectedGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of nodes) g.addNode(n);
  for (const [key, s, t] of edges) g.addEdgeWithKey(key, s, t);
  return g;
}

const query = (g: Graph) => new KnowledgeGraph(g as never);

describe('shortestPath over both edge directions', () => {
  // a → b ← c → d, and e on its own
  const kg = query(
    multi(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['ab', 'a', 'b'],
        ['cb', 'c', 'b'],
        ['cd', 'c', 'd'],
      ],
    ),
  );

  it('crosses an edge that points the other way', () => {
    expect(kg.shortestPath('a', 'd')).toEqual({ nodes: ['a', 'b', 'c', 'd'], edges: ['ab', 'cb', 'cd'] });
    expect(kg.shortestPath('d', 'a')).toEqual({ nodes: ['d', 'c', 'b', 'a'], edges: ['cd', 'cb', 'ab'] });
  });

  it('follows edge directions only when asked', () => {
    expect(kg.shortestPath('a', 'd', { directed: true })).toBeNull();
    expect(kg.shortestPath('c', 'b', { directed: true })).toEqual({ nodes: ['c', 'b'], edges: ['cb'] });
    expect(kg.shortestPath('b', 'c', { directed: true })).toBeNull();
  });

  it('returns null between disconnected nodes, and the node itself for one node', () => {
    expect(kg.shortestPath('a', 'e')).toBeNull();
    expect(kg.shortestPath('e', 'a', { directed: true })).toBeNull();
    expect(kg.shortestPath('e', 'e')).toEqual({ nodes: ['e'], edges: [] });
  });

  it('throws on an unknown entity', () => {
    expect(() => kg.shortestPath('a', 'zz')).toThrow(/no entity "zz"/);
  });
});

describe('shortestPath with parallel edges and self-loops', () => {
  const kg = query(
    multi(
      ['a', 'b', 'c'],
      [
        ['r-2', 'a', 'b'],
        ['r-1', 'a', 'b'],
        ['r-0', 'b', 'a'],
        ['loop', 'a', 'a'],
        ['r-9', 'b', 'c'],
        ['r-3', 'b', 'c'],
      ],
    ),
  );

  it('takes the relation with the smallest id between two nodes: either way round, or along the path when directed', () => {
    expect(kg.shortestPath('a', 'c')).toEqual({ nodes: ['a', 'b', 'c'], edges: ['r-0', 'r-3'] });
    expect(kg.shortestPath('a', 'c', { directed: true })).toEqual({ nodes: ['a', 'b', 'c'], edges: ['r-1', 'r-3'] });
    expect(kg.shortestPath('c', 'a')?.edges).toEqual(['r-3', 'r-0']);
  });

  it('never walks a self-loop', () => {
    expect(kg.shortestPath('a', 'b')).toEqual({ nodes: ['a', 'b'], edges: ['r-0'] });
  });
});

describe('shortestPath among equal-length alternatives', () => {
  // Four paths of length 3 from s to t, through x1/x2 then y1/y2, some edges reversed.
  const nodes = ['s', 'x1', 'x2', 'y1', 'y2', 't'];
  const edges: Edge[] = [
    ['e1', 's', 'x2'],
    ['e2', 'x1', 's'],
    ['e3', 'x1', 'y2'],
    ['e4', 'y1', 'x2'],
    ['e5', 'x2', 'y2'],
    ['e6', 'y1', 't'],
    ['e7', 't', 'y2'],
  ];

  it('returns a shortest one, the same on every call and on a re-imported copy', () => {
    const g = multi(nodes, edges);
    const kg = query(g);
    const first = kg.shortestPath('s', 't')!;
    expect(first.nodes).toHaveLength(4);
    for (let i = 0; i < 5; i++) expect(kg.shortestPath('s', 't')).toEqual(first);
    expect(KnowledgeGraph.fromSerialized(g.export() as never).shortestPath('s', 't')).toEqual(first);
    // What the search does: in-neighbours before out-neighbours, the smaller fringe first.
    expect(first).toEqual({ nodes: ['s', 'x1', 'y2', 't'], edges: ['e2', 'e3', 'e7'] });
  });
});

describe('shortestPath on graphs of other types (files opened in the explorer)', () => {
  it('works on an undirected graph', () => {
    const g = new UndirectedGraph();
    for (const n of ['a', 'b', 'c']) g.addNode(n);
    g.addEdgeWithKey('ab', 'a', 'b');
    g.addEdgeWithKey('cb', 'c', 'b');
    expect(query(g).shortestPath('a', 'c')?.nodes).toEqual(['a', 'b', 'c']);
    expect(query(g).shortestPath('c', 'a', { directed: true })?.nodes).toEqual(['c', 'b', 'a']);
  });

  it('works on a mixed graph, undirected edges both ways', () => {
    const g = new Graph({ type: 'mixed', multi: true });
    for (const n of ['a', 'b', 'c']) g.addNode(n);
    g.addDirectedEdgeWithKey('ab', 'a', 'b');
    g.addUndirectedEdgeWithKey('cb', 'c', 'b');
    expect(query(g).shortestPath('a', 'c')?.nodes).toEqual(['a', 'b', 'c']);
    expect(query(g).shortestPath('a', 'c', { directed: true })?.nodes).toEqual(['a', 'b', 'c']);
    expect(query(g).shortestPath('c', 'a', { directed: true })).toBeNull();
  });
});

/** A random multigraph with heavy-tailed degrees, parallel edges and self-loops. */
function randomGraph(seed: number, n: number, m: number): MultiDirectedGraph {
  const rng = seededRng(seed);
  const pick = () => `n${Math.floor(n * rng() ** 2)}`;
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 0; i < m; i++) g.addEdgeWithKey(`e${i}`, pick(), pick());
  return g;
}

/** Distance and number of shortest paths by plain breadth-first search (-1 and 0: none). */
function reference(g: MultiDirectedGraph, from: string, to: string, directed: boolean): { length: number; count: number } {
  const dist = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let fringe = [from];
  while (fringe.length && !dist.has(to)) {
    const next: string[] = [];
    for (const v of fringe) {
      for (const w of directed ? g.outNeighbors(v) : g.neighbors(v)) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          count.set(w, 0);
          next.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) count.set(w, count.get(w)! + count.get(v)!);
      }
    }
    fringe = next;
  }
  return dist.has(to) ? { length: dist.get(to)!, count: count.get(to)! } : { length: -1, count: 0 };
}

/** What `shortestPath` returned before: graphology-shortest-path on an undirected copy. */
function undirectedCopy(g: MultiDirectedGraph): UndirectedGraph {
  const u = new UndirectedGraph();
  g.forEachNode((n) => u.addNode(n));
  g.forEachEdge((_e, _a, s, t) => {
    if (s !== t) u.mergeEdge(s, t);
  });
  return u;
}

describe('shortestPath on random multigraphs', () => {
  it.each([1, 2, 3, 4])('finds shortest, valid paths (seed %i)', (seed) => {
    const g = randomGraph(seed, 300, 450);
    const kg = query(g);
    const u = undirectedCopy(g);
    const rng = seededRng(seed + 100);
    let unique = 0;
    for (let i = 0; i < 300; i++) {
      const [a, b] = [`n${Math.floor(300 * rng())}`, `n${Math.floor(300 * rng())}`];
      for (const directed of [false, true]) {
        const path = kg.shortestPath(a, b, { directed });
        const ref = reference(g, a, b, directed);
        expect(path ? path.edges.length : -1).toBe(ref.length);
        if (!path) continue;
        expect(path.nodes[0]).toBe(a);
        expect(path.nodes.at(-1)).toBe(b);
        path.edges.forEach((e, k) => {
          const ends = [g.source(e), g.target(e)];
          expect(directed ? ends : ends.sort()).toEqual(directed ? [path.nodes[k], path.nodes[k + 1]] : [path.nodes[k], path.nodes[k + 1]].sort());
        });
        // Followed one way, the search is graphology-shortest-path's, ties included.
        if (directed) expect(path.nodes).toEqual(bidirectional(g, a, b));
        // Ignoring direction, where the path is unique, it is the one the undirected copy gave.
        else if (ref.count === 1) {
          unique++;
          expect(path.nodes).toEqual(bidirectional(u, a, b));
        }
      }
    }
    expect(unique).toBeGreaterThan(20);
  });
});

describe('shortestNodePath', () => {
  it('needs only the adjacency of the graph', () => {
    const g = multi(['a', 'b'], [['ab', 'a', 'b']]);
    expect(shortestNodePath(g, 'b', 'a')).toEqual(['b', 'a']);
    expect(shortestNodePath(g, 'b', 'a', true)).toBeNull();
  });

  it('handles ids that are names of Object.prototype', () => {
    // graphology-shortest-path keeps the nodes it reached in plain objects, and went wrong
    // here; graphology's own neighbour tables did too, until src/model/graph.ts.
    const g = multi(
      ['constructor', 'toString', 'hasOwnProperty', '__proto__'],
      [
        ['x', 'constructor', 'toString'],
        ['y', 'hasOwnProperty', 'toString'],
        ['z', '__proto__', 'hasOwnProperty'],
      ],
    );
    expect(shortestNodePath(g, 'constructor', 'toString')).toEqual(['constructor', 'toString']);
    expect(shortestNodePath(g, 'constructor', 'hasOwnProperty')).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(query(g).shortestPath('__proto__', 'constructor')).toEqual({
      nodes: ['__proto__', 'hasOwnProperty', 'toString', 'constructor'],
      edges: ['z', 'y', 'x'],
    });
    expect(query(g).shortestPath('constructor', '__proto__', { directed: true })).toBeNull();
  });
});

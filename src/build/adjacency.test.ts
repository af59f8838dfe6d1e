import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { scaffoldAdjacency } from './adjacency.ts';

const EDGES: Array<[string, string, string]> = [
  ['e1', 'b', 'a'],
  ['e2', 'a', 'c'],
  ['e3', 'a', 'c'],
  ['e4', 'c', 'c'],
  ['e5', 'c', 'b'],
];

function graph(scaffold: boolean): MultiDirectedGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of ['c', 'a', 'b', 'd']) g.addNode(n, { n });
  if (scaffold) scaffoldAdjacency(g);
  for (const [key, s, t] of EDGES) g.addDirectedEdgeWithKey(key, s, t, { key });
  return g;
}

/** Everything graphology tells about a graph, orders included. */
const state = (g: MultiDirectedGraph) => ({
  exported: g.export(),
  counts: [g.order, g.size, g.directedSize, g.selfLoopCount, g.directedSelfLoopCount],
  nodes: g.mapNodes((n) => [n, g.inDegree(n), g.outDegree(n), g.outNeighbors(n), g.inNeighbors(n), g.edges(n), g.outEdges(n), g.inEdges(n)]),
  between: g.edges('a', 'c'),
});

describe('scaffoldAdjacency', () => {
  it('leaves the graph as it was, and as edges make it', () => {
    const bare = new MultiDirectedGraph({ allowSelfLoops: true });
    const scaffolded = new MultiDirectedGraph({ allowSelfLoops: true });
    for (const g of [bare, scaffolded]) for (const n of ['c', 'a', 'b']) g.addNode(n);
    scaffoldAdjacency(scaffolded);
    expect(state(scaffolded)).toEqual(state(bare));
    expect(state(graph(true))).toEqual(state(graph(false)));
  });

  it('keeps every edge key free, the scaffold’s included', () => {
    const g = graph(true);
    expect(g.hasNode(' scaffold 1') || g.hasNode(' scaffold 2')).toBe(false);
    g.addDirectedEdgeWithKey(' scaffold edge 1', 'a', 'b');
    expect(g.source(' scaffold edge 1')).toBe('a');
  });

  it('leaves a graph alone when it has edges already', () => {
    const g = new MultiDirectedGraph();
    g.mergeEdgeWithKey('x', 'a', 'b');
    scaffoldAdjacency(g);
    expect(g.export()).toEqual({ options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'x', source: 'a', target: 'b' }] });
  });

  it('leaves a graph alone when a node has the scaffold’s key', () => {
    const g = new MultiDirectedGraph();
    g.addNode(' scaffold 2', { kept: true });
    g.addNode('a');
    scaffoldAdjacency(g);
    expect(g.nodes()).toEqual([' scaffold 2', 'a']);
    expect(g.getNodeAttributes(' scaffold 2')).toEqual({ kept: true });
  });
});

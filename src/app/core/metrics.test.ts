import { describe, expect, test } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/types.ts';
import { betweenness, communities, computeMetric, degrees, edgeIndices, linkedPairs, metricOfIndices, pageranks, WORKER_METRICS } from './metrics.ts';
import type { KnowledgeGraphData } from './types.ts';

/** Nodes with only what the metrics read; edges `a>b`. */
function graphOf(edges: string[], extra: string[] = []): KnowledgeGraphData {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
  const add = (n: string) => g.hasNode(n) || g.addNode(n, { degree: Number.NaN, pagerank: 0 } as NodeAttributes);
  for (const e of edges) {
    const [s, t] = e.split('>') as [string, string];
    add(s);
    add(t);
    g.addDirectedEdge(s, t, {} as EdgeAttributes);
  }
  extra.forEach(add);
  return g;
}

describe('metrics', () => {
  test('betweenness of a path: the middle lies on the one path between the ends', () => {
    // a - b - c, whichever way the relations point.
    const b = betweenness(graphOf(['a>b', 'c>b']));
    expect(Object.fromEntries(b)).toEqual({ a: 0, b: 1, c: 0 });
  });

  test('betweenness of a star counts each pair of leaves once, parallel relations once', () => {
    const b = betweenness(graphOf(['hub>x', 'hub>y', 'hub>z', 'x>hub', 'hub>hub']));
    expect(b.get('hub')).toBe(1);
    expect(b.get('x')).toBe(0);
  });

  test('linkedPairs drops direction, repeats and self-loops', () => {
    const pairs = linkedPairs(graphOf(['a>b', 'b>a', 'a>b', 'a>a', 'b>c'], ['lone']));
    expect([pairs.order, pairs.size]).toEqual([4, 2]);
  });

  test('degree counts every relation, as the build does', () => {
    expect(Object.fromEntries(degrees(graphOf(['a>b', 'a>b', 'b>c'], ['lone'])))).toEqual({ a: 2, b: 3, c: 1, lone: 0 });
  });

  test("PageRank of a graph without it is the build's: a sink ranks first", () => {
    const pr = pageranks(graphOf(['a>c', 'b>c', 'c>d']));
    expect(pr.get('d')!).toBeGreaterThan(pr.get('c')!);
    expect(pr.get('c')!).toBeGreaterThan(pr.get('a')!);
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });

  test('communities: two triangles joined by a bridge, numbered by size, the same for a seed', () => {
    const g = graphOf(['a>b', 'b>c', 'c>a', 'x>y', 'y>z', 'z>x', 'w>x', 'c>x']);
    const once = communities(g, 16);
    expect(once).toEqual(communities(g, 16));
    const [abc, wxyz] = [once.get('a'), once.get('x')];
    expect(new Set(['a', 'b', 'c'].map((n) => once.get(n)))).toEqual(new Set([abc]));
    expect(new Set(['w', 'x', 'y', 'z'].map((n) => once.get(n)))).toEqual(new Set([wxyz]));
    // The larger community is number 0.
    expect([wxyz, abc]).toEqual([0, 1]);
  });

  test('each entity alone is a community of its own', () => {
    expect(Object.fromEntries(communities(graphOf([], ['p', 'q']), 16))).toEqual({ p: 0, q: 1 });
  });
});

describe('metrics over edge indices (the worker)', () => {
  test('give what the graph itself gives, in node order', () => {
    const g = graphOf(['a>b', 'b>c', 'c>a', 'x>y', 'y>z', 'z>x', 'w>x', 'c>x', 'c>c'], ['lone']);
    const { order, source, target } = edgeIndices(g);
    for (const metric of WORKER_METRICS) {
      const direct = computeMetric(g, metric, 16);
      expect([...metricOfIndices(metric, 16, order, source, target)]).toEqual(g.nodes().map((n) => direct.get(n)));
    }
  });
});

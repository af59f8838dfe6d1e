import { Graph, MultiDirectedGraph } from '../../model/graph.ts';
import { describe, expect, test } from 'vitest';
import type { EdgeAttributes } from '../../model/types.ts';
import { knowledgeNeighbours, placeNewNodes, type Point } from './placement.ts';
import type { KnowledgeGraphData } from './types.ts';

/** A square of known entities, 10 apart, and new ones linked as given. */
function graphWith(edges: Array<[string, string]>, order: string[] = []): { graph: Graph; fixed: Map<string, Point> } {
  const graph = new Graph({ multi: true });
  const fixed = new Map<string, Point>([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 0 }],
    ['c', { x: 10, y: 10 }],
    ['d', { x: 0, y: 10 }],
  ]);
  for (const n of [...fixed.keys(), ...order]) graph.mergeNode(n);
  for (const [s, t] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ...edges] as Array<[string, string]>) {
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.addEdge(s, t);
  }
  return { graph, fixed };
}

const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

describe('placeNewNodes', () => {
  test('known entities keep their positions', () => {
    const { graph, fixed } = graphWith([['n1', 'a']]);
    const placed = placeNewNodes(graph, fixed);
    for (const [id, p] of fixed) expect(placed.get(id)).toEqual(p);
  });

  test('a new entity sits about one edge length from its neighbour, away from the centre', () => {
    const { graph, fixed } = graphWith([['n1', 'c']]);
    const p = placeNewNodes(graph, fixed).get('n1')!;
    expect(distance(p, fixed.get('c')!)).toBeCloseTo(8, 5);
    expect(distance(p, { x: 5, y: 5 })).toBeGreaterThan(distance(fixed.get('c')!, { x: 5, y: 5 }));
  });

  test('siblings of one anchor spread apart, and a chain grows outwards', () => {
    const { graph, fixed } = graphWith([
      ['n1', 'c'],
      ['n2', 'c'],
      ['n3', 'c'],
      ['n4', 'n3'],
    ]);
    const placed = placeNewNodes(graph, fixed);
    const news = ['n1', 'n2', 'n3', 'n4'].map((n) => placed.get(n)!);
    for (let i = 0; i < news.length; i++) for (let j = i + 1; j < news.length; j++) expect(distance(news[i]!, news[j]!)).toBeGreaterThan(4);
    expect(distance(placed.get('n4')!, placed.get('n3')!)).toBeLessThan(distance(placed.get('n4')!, fixed.get('a')!));
  });

  test('a new entity linked to nothing known goes on a ring outside the graph', () => {
    const { graph, fixed } = graphWith([], ['lonely']);
    const p = placeNewNodes(graph, fixed).get('lonely')!;
    expect(distance(p, { x: 5, y: 5 })).toBeGreaterThan(distance(fixed.get('a')!, { x: 5, y: 5 }));
  });

  test('the same input gives the same places, whatever the insertion order', () => {
    const one = graphWith(
      [
        ['n1', 'c'],
        ['n2', 'a'],
        ['n2', 'n1'],
      ],
      ['n1', 'n2'],
    );
    const two = graphWith(
      [
        ['n2', 'n1'],
        ['n2', 'a'],
        ['n1', 'c'],
      ],
      ['n2', 'n1'],
    );
    const a = placeNewNodes(one.graph, one.fixed);
    const b = placeNewNodes(two.graph, two.fixed);
    for (const n of ['n1', 'n2']) expect(a.get(n)).toEqual(b.get(n));
  });
});

describe('knowledgeNeighbours', () => {
  test('a claimant or a place sits by the relations it claims or locates', () => {
    const graph: KnowledgeGraphData = new MultiDirectedGraph();
    for (const n of ['kim', 'lavrov', 'kcna', 'wonsan']) graph.addNode(n);
    const edge = { claimedBy: ['kcna'], qualifiers: { place: { value: 'wonsan', basis: 'text' } } } as unknown as EdgeAttributes;
    graph.addDirectedEdge('lavrov', 'kim', edge);
    const of = knowledgeNeighbours(graph);
    expect([of('kcna'), of('wonsan'), of('kim')]).toEqual([['lavrov', 'kim'], ['lavrov', 'kim'], ['lavrov']]);
  });
});

import { describe, expect, test } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import { HOPS, isHops, neighbourhoodAround, restrictGraph, withinHops } from './neighbourhood.ts';
import type { KnowledgeGraphData } from './types.ts';

/** a → b → c → d, e → c, x alone; a second relation b → c. */
function chain(): KnowledgeGraphData {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraphData;
  for (const id of ['a', 'b', 'c', 'd', 'e', 'x']) g.addNode(id, {} as never);
  for (const [key, s, t] of [
    ['ab', 'a', 'b'],
    ['bc', 'b', 'c'],
    ['bc2', 'b', 'c'],
    ['cd', 'c', 'd'],
    ['ec', 'e', 'c'],
  ] as const)
    g.addDirectedEdgeWithKey(key, s, t, {} as never);
  return g;
}

const sorted = (s: Set<string>) => [...s].sort();

describe('N hops', () => {
  test('grows one ring per hop, along relations in either direction', () => {
    const g = chain();
    expect(sorted(withinHops(g, ['a'], 0))).toEqual(['a']);
    expect(sorted(withinHops(g, ['a'], 1))).toEqual(['a', 'b']);
    expect(sorted(withinHops(g, ['a'], 2))).toEqual(['a', 'b', 'c']);
    // From c, incoming relations count: b and e are one hop away.
    expect(sorted(withinHops(g, ['c'], 1))).toEqual(['b', 'c', 'd', 'e']);
    expect(sorted(withinHops(g, ['a'], 3))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('starts from every entity given that the graph has, and ignores the others', () => {
    const g = chain();
    expect(sorted(withinHops(g, ['a', 'd', 'gone'], 1))).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(withinHops(g, ['gone'], 3))).toEqual([]);
  });

  test('a relation is centred on both its ends', () => {
    const g = chain();
    expect(neighbourhoodAround(g, { kind: 'edge', id: 'cd', evidence: 0 })).toEqual(['c', 'd']);
    expect(neighbourhoodAround(g, { kind: 'node', id: 'x' })).toEqual(['x']);
    expect(neighbourhoodAround(g, { kind: 'node', id: 'gone' })).toEqual([]);
    expect(neighbourhoodAround(g, null)).toEqual([]);
  });

  test('only 1, 2 and 3 hops are offered', () => {
    expect(HOPS.filter(isHops)).toEqual([1, 2, 3]);
    expect([0, 4, 1.5, '2', null].some(isHops)).toBe(false);
  });
});

describe('restricting the drawn graph', () => {
  test('keeps the neighbourhood with the relations among it', () => {
    const g = restrictGraph(chain(), { around: ['a'], hops: 2 }, false);
    expect(g.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(g.edges().sort()).toEqual(['ab', 'bc', 'bc2']);
  });

  test('hides the entities without a relation, and only them', () => {
    const g = chain();
    g.dropEdge('ab');
    restrictGraph(g, null, true);
    expect(g.nodes().sort()).toEqual(['b', 'c', 'd', 'e']);
  });

  test('orphans are counted after the neighbourhood: an entity cut off by it goes too', () => {
    const g = chain();
    const lone = restrictGraph(g, { around: ['x'], hops: 3 }, true);
    expect(lone.order).toBe(0);
  });

  test('leaves the graph as it is with neither', () => {
    const g = restrictGraph(chain(), null, false);
    expect(g.order).toBe(6);
    expect(g.size).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { Graph, MultiDirectedGraph } from './graph.ts';
import { PROTOTYPE_NAMES } from './test-names.ts';

const TYPES = ['directed', 'undirected', 'mixed'] as const;

/** Object.prototype's own keys, and whether a fresh object has picked up anything. */
function untouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
    [
      'constructor',
      '__defineGetter__',
      '__defineSetter__',
      'hasOwnProperty',
      '__lookupGetter__',
      '__lookupSetter__',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toString',
      'valueOf',
      '__proto__',
      'toLocaleString',
    ].sort(),
  );
  expect((Object as unknown as Record<string, unknown>).previous).toBeUndefined();
  expect(({} as Record<string, unknown>).previous).toBeUndefined();
  expect(({} as Record<string, unknown>).next).toBeUndefined();
}

/** A graph whose nodes are `a` and every prototype name, in a chain a → n1 → n2 …, each edge keyed by its target. */
function chain(type: (typeof TYPES)[number], multi: boolean): Graph {
  const g = new Graph({ type, multi, allowSelfLoops: true });
  const nodes = ['a', ...PROTOTYPE_NAMES];
  for (const n of nodes) g.addNode(n, { n });
  for (let i = 1; i < nodes.length; i++) {
    const [s, t] = [nodes[i - 1]!, nodes[i]!];
    if (type === 'undirected' || (type === 'mixed' && i % 2 === 0)) g.addUndirectedEdgeWithKey(t, s, t);
    else g.addDirectedEdgeWithKey(t, s, t);
  }
  return g;
}

describe('graphology with prototype names as node and edge keys', () => {
  for (const type of TYPES)
    for (const multi of [false, true])
      it(`${type}${multi ? ' multi' : ''}: neighbours, edges between, degrees, drops and copies`, () => {
        const g = chain(type, multi);
        const nodes = ['a', ...PROTOTYPE_NAMES];
        for (let i = 1; i < nodes.length; i++) {
          const [s, t] = [nodes[i - 1]!, nodes[i]!];
          expect(g.neighbors(s)).toContain(t);
          expect(g.edges(s, t)).toEqual([t]);
          expect(g.hasEdge(s, t)).toBe(true);
          expect(g.hasEdge(t)).toBe(true);
          expect(g.areNeighbors(t, s)).toBe(true);
          expect(g.degree(t)).toBe(i === nodes.length - 1 ? 1 : 2);
        }
        // Nothing is a neighbour of a node it was never joined to.
        expect(g.neighbors('a')).toEqual([PROTOTYPE_NAMES[0]]);
        expect(g.hasEdge('a', 'toString')).toBe(false);
        expect(g.hasDirectedEdge('a', '__proto__')).toBe(false);
        const first = PROTOTYPE_NAMES[0]!;
        if (multi) {
          g.addEdgeWithKey('again', 'a', first);
          expect(g.edges('a', first).sort()).toEqual([first, 'again'].sort());
        }
        expect(g.copy().export()).toEqual(g.export());
        for (const n of new Set([first, '__proto__', 'hasOwnProperty'])) g.dropNode(n);
        expect(g.hasNode('__proto__')).toBe(false);
        expect(g.neighbors('a')).toEqual([]);
        g.clearEdges();
        expect(g.size).toBe(0);
        g.addEdgeWithKey('__proto__', 'a', 'toString');
        expect(g.neighbors('toString')).toEqual(['a']);
        untouched();
      });

  it('keeps the two-argument edge tests', () => {
    const g = new MultiDirectedGraph();
    g.mergeEdge('a', 'b');
    expect([g.hasEdge('a', 'b'), g.hasEdge('b', 'a'), g.hasDirectedEdge('a', 'b'), g.hasUndirectedEdge('a', 'b'), g.hasEdge('x', 'b')]).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(() => (g.hasEdge as (...args: string[]) => boolean)('a', 'b', 'c')).toThrow(/invalid arity/);
    const u = new Graph({ type: 'undirected' });
    u.mergeEdge('a', 'b');
    expect([u.hasEdge('b', 'a'), u.hasUndirectedEdge('a', 'b'), u.hasDirectedEdge('a', 'b')]).toEqual([true, true, false]);
  });

  it('tells own attributes only, whatever their names', () => {
    const g = new Graph({ type: 'mixed' });
    const attributes = () => JSON.parse('{"hasOwnProperty":"h","__proto__":"p"}') as Record<string, unknown>;
    g.addNode('a', attributes());
    g.addNode('b');
    g.addDirectedEdgeWithKey('e', 'a', 'b', attributes());
    g.addUndirectedEdgeWithKey('u', 'a', 'b', attributes());
    g.replaceAttributes(attributes());
    for (const name of ['hasOwnProperty', '__proto__']) {
      expect([
        g.hasAttribute(name),
        g.hasNodeAttribute('a', name),
        g.hasNodeAttribute('b', name),
        g.hasEdgeAttribute('e', name),
        g.hasDirectedEdgeAttribute('a', 'b', name),
        g.hasUndirectedEdgeAttribute('a', 'b', name),
      ]).toEqual([true, true, false, true, true, true]);
      expect([g.hasSourceAttribute('e', name), g.hasTargetAttribute('e', name), g.hasOppositeAttribute('b', 'e', name)]).toEqual([true, false, true]);
    }
    expect([g.hasNodeAttribute('a', 'constructor'), g.hasEdgeAttribute('e', 'toString'), g.hasAttribute('valueOf')]).toEqual([false, false, false]);
    expect(() => g.hasNodeAttribute('missing', 'x')).toThrow(/could not find the "missing" node/);
  });
});

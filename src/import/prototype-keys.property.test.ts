// Property-based: graphs whose node ids, edge ids and attribute names (at any depth) are
// drawn from prototype names and short random names travel through every format that is
// read back (GEXF 1.3 and 1.2draft, GraphML, JSON) unchanged, paths included, and
// Object.prototype is never touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGexf, exportGraphml, exportJson } from '../export/index.ts';
import { canonicalGraph } from '../export/test-support.ts';
import type { AnyGraph } from '../export/types.ts';
import { Graph } from '../model/graph.ts';
import { PROTOTYPE_NAMES } from '../model/test-names.ts';
import { shortestNodePath } from '../query/shortest-path.ts';
import { importGraph } from './index.ts';

const RUNS = 150;
// GEXF's native places (label, viz, weight) carry these names in their own way.
const NATIVE = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'weight', 'kind']);
const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.]{0,6}$/)).filter((k) => !NATIVE.has(k));
const scalar = fc.oneof(fc.stringMatching(/^[ -~]{0,8}$/), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0.5, -2.25), fc.boolean());
const { attributes } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, scalar, tie('attributes'), fc.array(scalar, { maxLength: 2 })),
  attributes: fc.dictionary(name, tie('value'), { maxKeys: 3 }),
}));

const graphSpec = fc.record({
  nodes: fc.uniqueArray(name, { minLength: 1, maxLength: 8 }),
  nodeAttributes: fc.array(attributes, { maxLength: 8 }),
  edges: fc.array(fc.record({ key: name, s: fc.nat(), t: fc.nat(), undirected: fc.boolean(), attributes }), { maxLength: 10 }),
});

type Spec = typeof graphSpec extends fc.Arbitrary<infer T> ? T : never;

function makeGraph({ nodes, nodeAttributes, edges }: Spec): AnyGraph {
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  nodes.forEach((n, i) => g.addNode(n, nodeAttributes[i] ?? {}));
  for (const e of edges) {
    if (g.hasEdge(e.key)) continue;
    const [s, t] = [nodes[e.s % nodes.length]!, nodes[e.t % nodes.length]!];
    if (e.undirected) g.addUndirectedEdgeWithKey(e.key, s, t, e.attributes);
    else g.addDirectedEdgeWithKey(e.key, s, t, e.attributes);
  }
  return g as unknown as AnyGraph;
}

describe('prototype names through export and import', () => {
  it('come back as they went, and never reach Object.prototype', () => {
    fc.assert(
      fc.property(graphSpec, (spec) => {
        const graph = makeGraph(spec);
        const original = canonicalGraph(graph);
        const [first, last] = [graph.nodes()[0]!, graph.nodes()[graph.order - 1]!];
        const path = shortestNodePath(graph, first, last);
        for (const text of [exportGexf(graph).text, exportGexf(graph, { version: '1.2draft' }).text, exportGraphml(graph).text, exportJson(graph).text]) {
          const back = importGraph(text).graph as unknown as AnyGraph;
          expect(canonicalGraph(back)).toBe(original);
          expect(shortestNodePath(back, first, last)).toEqual(path);
        }
        expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(12);
        for (const k of PROTOTYPE_NAMES) expect(Object.hasOwn({}, k)).toBe(false);
        expect(({} as Record<string, unknown>).previous).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});

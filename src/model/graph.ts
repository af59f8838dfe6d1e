// graphology's graph classes, with neighbour tables that hold their own keys only. Every
// module that makes a graph takes the classes from here, so the change below is in place
// before the first node goes in.
//
// graphology 0.26 keeps each node's neighbours in plain objects (`{}`), one property per
// neighbour key. A neighbour named "constructor" then finds `Object` in the table before it
// is added, and one named "__proto__" finds Object.prototype: adding an edge to it sets
// `Object.prototype.previous` (every object in the process gains it, and every export
// fails on a circular structure), the edge never becomes an own key (neighbour lists and
// paths miss it), and dropping a node or an edge crashes. Ids from data may be any of
// these names. So each node's tables are made `Object.create(null)`, replacing the
// `{}` its `clear()` gives them (graphology calls `clear()` on every new node, in every
// graph, copy and import). graphology reads the tables with `in`, `for…in`, `Object.keys`
// and property access, all of which work on them; only the two-argument `hasEdge`,
// `hasDirectedEdge` and `hasUndirectedEdge` call the table's own `hasOwnProperty`, so they
// ask the `areOutNeighbors`/`areUndirectedNeighbors` that mean the same. V8 keeps a
// null-prototype object as a hash table from the start, which is also the fast shape for
// these tables (docs/scale.md).
import Graph from 'graphology';

export { default as Graph, DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';

const SIDES = ['in', 'out', 'undirected'] as const;
type Tables = Partial<Record<(typeof SIDES)[number], object>>;
interface NodeDataPrototype {
  clear(this: Tables): void;
}
const PATCHED = Symbol.for('faktograf.ownKeyNeighbours');

function nodeDataPrototype(type: 'mixed' | 'directed' | 'undirected'): NodeDataPrototype & { [PATCHED]?: true } {
  const proto = (new Graph({ type }) as unknown as { NodeDataClass?: { prototype?: NodeDataPrototype } }).NodeDataClass?.prototype;
  if (typeof proto?.clear !== 'function')
    throw new Error('faktograf: this graphology version keeps its node data differently; src/model/graph.ts must be adapted to it');
  return proto;
}

for (const type of ['mixed', 'directed', 'undirected'] as const) {
  const proto = nodeDataPrototype(type);
  if (proto[PATCHED]) continue;
  const clear = proto.clear;
  proto.clear = function (this: Tables) {
    clear.call(this);
    for (const side of SIDES) if (this[side] !== undefined) this[side] = Object.create(null) as object;
  };
  Object.defineProperty(proto, PATCHED, { value: true });
}

type EdgeTest = 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge';
const between: Record<EdgeTest, (g: Graph, source: string, target: string) => boolean> = {
  hasDirectedEdge: (g, s, t) => g.type !== 'undirected' && g.hasNode(s) && g.areOutNeighbors(s, t),
  hasUndirectedEdge: (g, s, t) => g.type !== 'directed' && g.hasNode(s) && g.areUndirectedNeighbors(s, t),
  hasEdge: (g, s, t) => between.hasDirectedEdge(g, s, t) || between.hasUndirectedEdge(g, s, t),
};
const graphPrototype = Graph.prototype as unknown as Record<EdgeTest, ((this: Graph, ...args: unknown[]) => boolean) & { [PATCHED]?: true }>;
for (const name of Object.keys(between) as EdgeTest[]) {
  const original = graphPrototype[name];
  if (original[PATCHED]) continue;
  const test = between[name];
  const patched = function (this: Graph, ...args: unknown[]): boolean {
    return args.length === 2 ? test(this, String(args[0]), String(args[1])) : original.apply(this, args);
  };
  Object.defineProperty(patched, PATCHED, { value: true });
  graphPrototype[name] = patched;
}

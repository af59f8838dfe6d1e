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
// these tables (docs/scale.md). The `has…Attribute` methods had the same flaw on
// attribute objects (an attribute named "hasOwnProperty" broke them); they are mended below.
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

type Method = ((this: Graph, ...args: unknown[]) => unknown) & { [PATCHED]?: true };
const graphPrototype = Graph.prototype as unknown as Record<string, Method>;

/** Replaces a method of every graph once (a module may be evaluated again, graphology not). */
function replace(name: string, make: (original: Method) => (this: Graph, ...args: unknown[]) => unknown): void {
  const original = graphPrototype[name];
  if (typeof original !== 'function') throw new Error(`faktograf: this graphology version has no Graph#${name}; src/model/graph.ts must be adapted to it`);
  if (original[PATCHED]) return;
  const patched: Method = make(original);
  Object.defineProperty(patched, PATCHED, { value: true });
  graphPrototype[name] = patched;
}

type EdgeTest = 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge';
const between: Record<EdgeTest, (g: Graph, source: string, target: string) => boolean> = {
  hasDirectedEdge: (g, s, t) => g.type !== 'undirected' && g.hasNode(s) && g.areOutNeighbors(s, t),
  hasUndirectedEdge: (g, s, t) => g.type !== 'directed' && g.hasNode(s) && g.areUndirectedNeighbors(s, t),
  hasEdge: (g, s, t) => between.hasDirectedEdge(g, s, t) || between.hasUndirectedEdge(g, s, t),
};
for (const name of Object.keys(between) as EdgeTest[])
  replace(
    name,
    (original) =>
      function (this: Graph, ...args: unknown[]) {
        return args.length === 2 ? between[name](this, String(args[0]), String(args[1])) : original.apply(this, args);
      },
  );

// `hasNodeAttribute` and its kin call the attribute object's own `hasOwnProperty`, which an
// attribute of that name (from a file) replaces: each asks its `get…Attributes` instead.
for (const has of Object.getOwnPropertyNames(Graph.prototype).filter((n) => /^has\w*Attribute$/.test(n))) {
  const get = has.replace(/^has(\w*)Attribute$/, 'get$1Attributes');
  replace(
    has,
    () =>
      function (this: Graph, ...args: unknown[]) {
        const name = String(args.pop());
        return Object.hasOwn(graphPrototype[get]!.apply(this, args) as object, name);
      },
  );
}

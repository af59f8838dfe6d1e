// overview.json: the laid-out graph reduced to what drawing it takes, in columns — node
// positions, degrees, PageRank and types, edge ends and types, and the types' colours —
// about 4% of graph.json. The explorer draws it while graph.json (everything an analyst
// reads: names, evidence, qualifiers) is still on its way. Written with the other
// outputs, from the same graph, so the same knowledge base gives the same bytes.
import type { KnowledgeGraphData } from './graph.ts';

export const OVERVIEW_VERSION = 1;

export interface Overview {
  version: typeof OVERVIEW_VERSION;
  /** Entity and relation types, with their colours; nodes and edges refer to them by index. */
  entityTypes: Array<{ id: string; color: string }>;
  relationTypes: Array<{ id: string; color: string }>;
  nodes: { x: number[]; y: number[]; degree: number[]; pagerank: number[]; type: number[] };
  edges: { source: number[]; target: number[]; type: number[] };
}

const CHUNK_ITEMS = 8192;

/** A column as JSON, a few thousand numbers per chunk. */
function* column(name: string, values: ArrayLike<number>, last = false): Generator<string> {
  yield `"${name}":[`;
  for (let i = 0; i < values.length; i += CHUNK_ITEMS) {
    yield (i ? ',' : '') + Array.prototype.slice.call(values, i, i + CHUNK_ITEMS).join(',');
  }
  yield last ? ']' : '],';
}

/** A graph the builder did not make may lack a value: 0 keeps the file valid JSON (the builder's always have one). */
const finite = (v: number | undefined) => (Number.isFinite(v) ? v! : 0);

function typeIndex(ids: Iterable<string>): Map<string, number> {
  return new Map([...new Set(ids)].map((id, i) => [id, i]));
}

/** overview.json, in chunks, from the built graph (node and edge order as in graph.json). */
export function* overviewChunks(graph: KnowledgeGraphData): Generator<string> {
  const { entityTypes = {}, relationTypes = {} } = graph.getAttribute('ontology') ?? {};
  const nodeTypes = typeIndex([...Object.keys(entityTypes), ...graph.mapNodes((_n, a) => a.entityType ?? '')]);
  const edgeTypes = typeIndex([...Object.keys(relationTypes), ...graph.mapEdges((_e, a) => a.relationType ?? '')]);
  const types = (index: Map<string, number>, defs: Record<string, { color: string } | undefined>) =>
    [...index.keys()].map((id) => ({ id, color: Object.hasOwn(defs, id) ? (defs[id]?.color ?? '') : '' }));
  const at = new Map<string, number>();
  const n = graph.order;
  const [x, y, degree, pagerank, type] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), new Int32Array(n)];
  let i = 0;
  graph.forEachNode((node, a) => {
    at.set(node, i);
    [x[i], y[i], degree[i], pagerank[i], type[i]] = [finite(a.x), finite(a.y), finite(a.degree), finite(a.pagerank), nodeTypes.get(a.entityType ?? '')!];
    i++;
  });
  const m = graph.size;
  const [source, target, edgeType] = [new Int32Array(m), new Int32Array(m), new Int32Array(m)];
  let k = 0;
  graph.forEachEdge((_edge, a, s, t) => {
    [source[k], target[k], edgeType[k]] = [at.get(s)!, at.get(t)!, edgeTypes.get(a.relationType ?? '')!];
    k++;
  });
  yield `{"version":${OVERVIEW_VERSION},"entityTypes":${JSON.stringify(types(nodeTypes, entityTypes))},"relationTypes":${JSON.stringify(types(edgeTypes, relationTypes))},"nodes":{`;
  yield* column('x', x);
  yield* column('y', y);
  yield* column('degree', degree);
  yield* column('pagerank', pagerank);
  yield* column('type', type, true);
  yield '},"edges":{';
  yield* column('source', source);
  yield* column('target', target);
  yield* column('type', edgeType, true);
  yield '}}\n';
}

const isNumbers = (v: unknown, length: number): v is number[] =>
  Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'number' && Number.isFinite(x));
/** Indices into a list of `count`. */
const isIndices = (v: unknown, length: number, count: number): v is number[] =>
  Array.isArray(v) && v.length === length && v.every((x) => Number.isInteger(x) && x >= 0 && x < count);

/** Parses and checks an overview; null for anything else (an older or foreign file). */
export function parseOverview(text: string): Overview | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const o = data as Overview;
  if (typeof data !== 'object' || data === null || o.version !== OVERVIEW_VERSION) return null;
  const typesOk = (t: unknown) => Array.isArray(t) && t.every((x) => typeof x?.id === 'string' && typeof x?.color === 'string');
  if (!typesOk(o.entityTypes) || !typesOk(o.relationTypes) || typeof o.nodes !== 'object' || typeof o.edges !== 'object' || !o.nodes || !o.edges) return null;
  const n = Array.isArray(o.nodes.x) ? o.nodes.x.length : -1;
  const m = Array.isArray(o.edges.source) ? o.edges.source.length : -1;
  const { nodes, edges } = o;
  const ok =
    [nodes.x, nodes.y, nodes.degree, nodes.pagerank].every((c) => isNumbers(c, n)) &&
    isIndices(nodes.type, n, o.entityTypes.length) &&
    isIndices(edges.source, m, n) &&
    isIndices(edges.target, m, n) &&
    isIndices(edges.type, m, o.relationTypes.length);
  return ok ? o : null;
}

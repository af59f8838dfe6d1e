// graphology's serialized JSON (what `faktograf build` writes as graph.json, and what the
// `json` export gives), checked before it becomes a graph: shape, duplicate keys, edges
// to missing nodes, nesting depth.
import type { GraphType } from 'graphology-types';
import { Graph } from '../model/graph.ts';
import { fromGephiLite, isGephiLite } from './gephi-lite.ts';
import type { Leniency } from './leniency.ts';
import { ImportError, parseJson, type ImportLimits } from './limits.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

function attributesOf(v: unknown, where: string): Json {
  if (v === undefined) return {};
  if (!isObject(v)) throw new ImportError(`${where}.attributes must be an object`);
  return v;
}

export function importJson(text: string, limits: ImportLimits, leniency: Leniency): Graph {
  const parsed = parseJson(text, limits.maxDepth, 'the file', undefined);
  const data = isGephiLite(parsed) ? fromGephiLite(parsed) : parsed;
  if (!isObject(data) || !Array.isArray(data.nodes))
    throw new ImportError('not a graphology graph: expected an object with a "nodes" array (and "edges", "attributes", "options")');
  const edges = data.edges ?? [];
  if (!Array.isArray(edges)) throw new ImportError('"edges" must be an array');
  const options = isObject(data.options) ? data.options : {};
  const undirected = edges.map((e) => isObject(e) && e.undirected === true);
  const inferred: GraphType = undirected.every(Boolean) && edges.length ? 'undirected' : undirected.some(Boolean) ? 'mixed' : 'directed';
  const type = (['directed', 'undirected', 'mixed'] as unknown[]).includes(options.type) ? (options.type as GraphType) : inferred;
  const graph = new Graph({
    type,
    multi: typeof options.multi === 'boolean' ? options.multi : true,
    allowSelfLoops: typeof options.allowSelfLoops === 'boolean' ? options.allowSelfLoops : true,
  });
  graph.replaceAttributes(attributesOf(data.attributes, 'the graph'));

  data.nodes.forEach((n, i) => {
    const where = `nodes[${i}]`;
    if (!isObject(n) || !isKey(n.key)) throw new ImportError(`${where} needs a "key" (a string or number)`);
    const key = String(n.key);
    if (graph.hasNode(key)) throw new ImportError(`${where}: the node key "${key}" appears twice; keys must be unique`);
    graph.addNode(key, attributesOf(n.attributes, where));
  });
  edges.forEach((e, i) => {
    const where = `edges[${i}]`;
    if (Array.isArray(e))
      throw new ImportError(
        `${where} is an array; graphology JSON edges are objects {"source", "target", "attributes"} (this looks like another tool's format)`,
      );
    if (!isObject(e) || !isKey(e.source) || !isKey(e.target)) throw new ImportError(`${where} needs a "source" and a "target"`);
    const [source, target] = [String(e.source), String(e.target)];
    for (const end of [source, target])
      if (!graph.hasNode(end)) {
        leniency.fix(
          'missing-node',
          `${where}${isKey(e.key) ? ` ("${e.key}")` : ''} names the node "${end}", which the file does not declare`,
          'the node was added, without attributes',
        );
        graph.addNode(end);
      }
    // An undirected graph's edges are undirected whether or not each says so.
    const undirected = e.undirected === true || (graph.type === 'undirected' && e.undirected === undefined);
    const attributes = attributesOf(e.attributes, where);
    try {
      if (isKey(e.key)) {
        if (graph.hasEdge(String(e.key))) throw new ImportError(`${where}: the edge key "${e.key}" appears twice; keys must be unique`);
        if (undirected) graph.addUndirectedEdgeWithKey(String(e.key), source, target, attributes);
        else graph.addDirectedEdgeWithKey(String(e.key), source, target, attributes);
      } else if (undirected) graph.addUndirectedEdge(source, target, attributes);
      else graph.addDirectedEdge(source, target, attributes);
    } catch (err) {
      if (err instanceof ImportError) throw err;
      throw new ImportError(`${where}: ${(err as Error).message.replace(/^Graph\.\w+: /, '')}`);
    }
  });
  return graph;
}

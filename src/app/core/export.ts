// The one place the explorer turns a graph into a GEXF document: the same schema-valid
// writer as the library and the CLI, with its notes on what GEXF cannot carry. What is
// exported is what is drawn (filters, language, sizes, positions), without the fields
// only the renderer reads (render program, curvature, z-index…).
import { Graph } from '../../model/graph.ts';
import { exportGexf } from '../../export/index.ts';
import type { AnyGraph } from '../../export/types.ts';
import type { KnowledgeGraphData } from './types.ts';

const RENDER_ONLY = new Set(['type', 'curvature', 'parallelIndex', 'parallelMinIndex', 'parallelMaxIndex', 'hidden', 'forceLabel', 'zIndex', 'highlighted']);

/**
 * The attributes to write: the explorer's own without the renderer's, and an opened
 * file's own (`data`: weight, its columns, lists) back under their names. Own keys only:
 * they come from the file.
 */
function dataOnly(attrs: object): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(attrs)) if (!RENDER_ONLY.has(key) && key !== 'data' && key !== 'undirected') out[key] = value;
  const data = (attrs as { data?: Record<string, unknown> }).data;
  if (data) for (const [key, value] of Object.entries(data)) out[key] = value;
  return out;
}

export function toGexf(graph: KnowledgeGraphData): { text: string; warnings: string[] } {
  // An opened file's undirected edges go back undirected: the graph is of the file's type.
  const undirected = graph.filterEdges((_e, a) => a.undirected === true).length;
  const type = undirected === 0 ? 'directed' : undirected === graph.size ? 'undirected' : 'mixed';
  const data = new Graph({ type, multi: true, allowSelfLoops: true });
  data.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attrs) => data.addNode(node, dataOnly(attrs)));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.undirected) data.addUndirectedEdgeWithKey(edge, source, target, dataOnly(attrs));
    else data.addDirectedEdgeWithKey(edge, source, target, dataOnly(attrs));
  });
  return exportGexf(data as unknown as AnyGraph, { version: '1.3' });
}

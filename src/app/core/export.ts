// The one place the explorer turns a graph into a GEXF document: the same schema-valid
// writer as the library and the CLI, with its notes on what GEXF cannot carry. What is
// exported is what is drawn (filters, language, sizes, positions), without the fields
// only the renderer reads (render program, curvature, z-index…).
import { MultiDirectedGraph } from '../../model/graph.ts';
import { exportGexf } from '../../export/index.ts';
import type { KnowledgeGraphData } from './types.ts';

const RENDER_ONLY = new Set(['type', 'curvature', 'parallelIndex', 'parallelMinIndex', 'parallelMaxIndex', 'hidden', 'forceLabel', 'zIndex', 'highlighted']);

function dataOnly<T extends object>(attrs: T): T {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(attrs)) if (!RENDER_ONLY.has(key)) out[key] = value;
  return out as T;
}

export function toGexf(graph: KnowledgeGraphData): { text: string; warnings: string[] } {
  const data: KnowledgeGraphData = new MultiDirectedGraph();
  data.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attrs) => data.addNode(node, dataOnly(attrs)));
  graph.forEachEdge((edge, attrs, source, target) => data.addDirectedEdgeWithKey(edge, source, target, dataOnly(attrs)));
  return exportGexf(data, { version: '1.3' });
}

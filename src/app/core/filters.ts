// Dataset -> filtered graph: the first derived step. Filters change what the graph holds;
// hover and selection never come here (they only change display, in the reducers).
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes } from '../../model/types.ts';
import type { DraftMarks, Filters, KnowledgeGraphData } from './types.ts';

const NO_DRAFTS: DraftMarks = { nodes: new Set(), edges: new Set() };

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((hidden: string[]) => hidden.length > 0);
}

function edgePasses(attrs: EdgeAttributes, filters: Filters): boolean {
  if (filters.relationTypes.includes(attrs.relationType)) return false;
  if (filters.certainties.includes(attrs.certainty)) return false;
  if (filters.sources.length > 0 && attrs.evidence.length > 0) {
    return attrs.evidence.some((e) => !filters.sources.includes(e.source));
  }
  return true;
}

/**
 * The subgraph left by the filters, with copied attributes so later steps may write
 * display attributes freely. Hiding a source also drops entities that only its
 * relations connected: a graph "according to these sources".
 */
export function filterGraph(graph: KnowledgeGraphData, filters: Filters, drafts: DraftMarks = NO_DRAFTS): KnowledgeGraphData {
  const out: KnowledgeGraphData = new MultiDirectedGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  const hiddenType = new Set(filters.entityTypes);
  const hideDraftNodes = filters.drafts.includes('entities');
  const hideDraftEdges = filters.drafts.includes('relations');
  const keepNode = (node: string) => !hiddenType.has(graph.getNodeAttribute(node, 'entityType')) && !(hideDraftNodes && drafts.nodes.has(node));
  const edges: string[] = [];
  const touched = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!keepNode(source) || !keepNode(target) || !edgePasses(attrs, filters)) return;
    if (hideDraftEdges && drafts.edges.has(edge)) return;
    edges.push(edge);
    touched.add(source).add(target);
  });
  const bySource = filters.sources.length > 0;
  graph.forEachNode((node, attrs) => {
    if (!keepNode(node)) return;
    if (bySource && graph.degree(node) > 0 && !touched.has(node)) return;
    out.addNode(node, { ...attrs });
  });
  for (const edge of edges) {
    out.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  }
  return out;
}

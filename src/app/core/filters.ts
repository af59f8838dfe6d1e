// Dataset -> filtered graph: the first derived step. Filters change what the graph holds;
// hover and selection never come here (they only change display, in the reducers).
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { EdgeAttributes, NodeAttributes } from '../../model/types.ts';
import type { DraftMarks, Filters, KnowledgeGraphData } from './types.ts';

const NO_DRAFTS: DraftMarks = { nodes: new Set(), edges: new Set() };

/** How kept attributes are copied: as they are, or already turned into display attributes. */
export interface Copiers {
  node(node: string, attrs: NodeAttributes): NodeAttributes;
  edge(edge: string, attrs: EdgeAttributes): EdgeAttributes;
}

const PLAIN_COPY: Copiers = { node: (_n, attrs) => ({ ...attrs }), edge: (_e, attrs) => ({ ...attrs }) };

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((hidden: string[]) => hidden.length > 0);
}

/** Who makes a claim: its claimants, or `-` for the outlet's own voice. */
export const claimantsOf = (e: { claimedBy: readonly string[] }): readonly string[] => (e.claimedBy.length ? e.claimedBy : OWN_VOICE);
const OWN_VOICE = ['-'];

function edgePasses(attrs: EdgeAttributes, filters: Filters): boolean {
  if (filters.relationTypes.includes(attrs.relationType)) return false;
  if (filters.factualities.includes(attrs.factuality)) return false;
  if (filters.outlets.includes(String(attrs.corroboration.independentOutlets))) return false;
  // Hidden claimants hide a relation only when no claim of it is by anyone still shown.
  if (filters.claimants.length > 0 && attrs.evidence.length > 0 && attrs.evidence.every((e) => claimantsOf(e).every((c) => filters.claimants.includes(c)))) return false;
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
export function filterGraph(graph: KnowledgeGraphData, filters: Filters, drafts: DraftMarks = NO_DRAFTS, copy: Copiers = PLAIN_COPY): KnowledgeGraphData {
  const out: KnowledgeGraphData = new MultiDirectedGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  const hiddenType = new Set(filters.entityTypes);
  const hideDraftNodes = filters.drafts.includes('entities');
  const hideDraftEdges = filters.drafts.includes('relations');
  const hidden = new Set<string>();
  if (hiddenType.size > 0 || hideDraftNodes) {
    graph.forEachNode((node, attrs) => {
      if (hiddenType.has(attrs.entityType) || (hideDraftNodes && drafts.nodes.has(node))) hidden.add(node);
    });
  }
  const filtering = isFiltering(filters);
  // Kept edges as parallel lists: one pass over the edges, none over their keys again.
  const keys: string[] = [];
  const sources: string[] = [];
  const targets: string[] = [];
  const attributes: EdgeAttributes[] = [];
  const touched = new Set<string>();
  const bySource = filters.sources.length > 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (filtering) {
      if (hidden.has(source) || hidden.has(target) || !edgePasses(attrs, filters)) return;
      if (hideDraftEdges && drafts.edges.has(edge)) return;
      if (bySource) touched.add(source).add(target);
    }
    keys.push(edge);
    sources.push(source);
    targets.push(target);
    attributes.push(attrs);
  });
  graph.forEachNode((node, attrs) => {
    if (hidden.has(node)) return;
    if (bySource && graph.degree(node) > 0 && !touched.has(node)) return;
    out.addNode(node, copy.node(node, attrs));
  });
  for (let i = 0; i < keys.length; i++) {
    out.addDirectedEdgeWithKey(keys[i]!, sources[i]!, targets[i]!, copy.edge(keys[i]!, attributes[i]!));
  }
  return out;
}

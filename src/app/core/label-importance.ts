// How much a node's label matters when not all labels fit: first in how many sources it
// appears (an end or a claimant of a relation quoted from them: what the coverage talks
// about, so Putin ranks above a meeting with more relations), then its relations. A graph
// without evidence (an opened file) ranks by relations alone. Computed once per dataset.
import type { KnowledgeGraphData } from './types.ts';

/** Sources outweigh any count of relations. */
const PER_SOURCE = 1e6;

export function labelImportance(graph: KnowledgeGraphData): Map<string, number> {
  const sources = new Map<string, Set<string>>();
  const seen = (node: string, source: string) => {
    const set = sources.get(node);
    if (set) set.add(source);
    else if (graph.hasNode(node)) sources.set(node, new Set([source]));
  };
  graph.forEachEdge((_edge, attrs, from, to) => {
    for (const evidence of attrs.evidence ?? []) {
      seen(from, evidence.source);
      seen(to, evidence.source);
      for (const claimant of evidence.claimedBy ?? []) seen(claimant, evidence.source);
    }
  });
  const importance = new Map<string, number>();
  graph.forEachNode((node) => importance.set(node, (sources.get(node)?.size ?? 0) * PER_SOURCE + graph.degree(node)));
  return importance;
}

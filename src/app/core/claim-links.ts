// Who claims which relation, as links to draw: a claimant (an entity in the relation's
// `claimedBy`) to the relation it is quoted as claiming. A claimant that is one of the
// relation's own ends needs no link. Framework-free.
import type { KnowledgeGraphData } from './types.ts';

export interface ClaimLink {
  claimant: string;
  edge: string;
}

/** Links among what `graph` holds (the drawn graph: hidden claimants and relations have none), in edge order. */
export function claimLinks(graph: KnowledgeGraphData): ClaimLink[] {
  const links: ClaimLink[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    for (const claimant of new Set(attrs.claimedBy ?? [])) {
      if (claimant !== source && claimant !== target && graph.hasNode(claimant)) links.push({ claimant, edge });
    }
  });
  return links;
}

// What the claim filters offer: relations per factuality, per claimant (the outlet's own
// voice as `-`), per number of independent outlets and per outlet, in one pass over the relations.
import { claimantsOf } from './filters.ts';
import type { KnowledgeGraphData } from './types.ts';

export interface ClaimCounts {
  factualities: Map<string, number>;
  claimants: Map<string, number>;
  /** Keyed by the number of independent outlets, as text; in increasing order. */
  outlets: Map<string, number>;
  /** Relations per outlet (the evidence's `outlet` id), in order of first appearance. */
  media: Map<string, number>;
}

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Counted once per graph: the legend and the URL's vocabulary both ask, and a large graph takes a while. */
const counted = new WeakMap<KnowledgeGraphData, ClaimCounts>();

export function claimCounts(graph: KnowledgeGraphData): ClaimCounts {
  let counts = counted.get(graph);
  if (!counts) counted.set(graph, (counts = countClaims(graph)));
  return counts;
}

function countClaims(graph: KnowledgeGraphData): ClaimCounts {
  const factualities = new Map<string, number>();
  const claimants = new Map<string, number>();
  const outlets = new Map<number, number>();
  const media = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    count(factualities, a.factuality);
    outlets.set(a.corroboration.independentOutlets, (outlets.get(a.corroboration.independentOutlets) ?? 0) + 1);
    // A relation counts once per claimant, however many of its quotes that claimant makes.
    for (const c of new Set(a.evidence.flatMap((e) => claimantsOf(e)))) count(claimants, c);
    for (const o of new Set(a.evidence.map((e) => e.outlet))) count(media, o);
  });
  const byOutlets = new Map([...outlets].sort((x, y) => x[0] - y[0]).map(([n, c]) => [String(n), c]));
  return { factualities, claimants, outlets: byOutlets, media };
}

// What a relation claims as a whole, derived from its evidence and never written twice:
// the firmest claim's factuality and polarity, the latest source's status, the union of
// the claimants.
import type { Factuality, FactualityDef, Polarity, ResolvedEvidence, Status } from '../model/types.ts';

export interface DerivedClaim {
  factuality: Factuality;
  polarity: Polarity;
  status: Status;
  claimedBy: string[];
}

/**
 * `rank` is the ontology's factuality ranks; `published` the sources' publication dates.
 * Ties keep the evidence written first, so the result never depends on anything but the
 * knowledge base's order.
 */
export function deriveClaim(
  evidence: readonly ResolvedEvidence[],
  rank: Readonly<Record<Factuality, FactualityDef>>,
  published: ReadonlyMap<string, string>,
): DerivedClaim {
  if (!evidence.length) return { factuality: 'underspecified', polarity: 'positive', status: 'occurred', claimedBy: [] };
  let firmest = evidence[0]!;
  let latest = evidence[0]!;
  const claimedBy = new Set<string>();
  for (const e of evidence) {
    if (rank[e.factuality].rank > rank[firmest.factuality].rank) firmest = e;
    // A later source tells how far the event has got (planned, then occurred).
    if ((published.get(e.source) ?? '') > (published.get(latest.source) ?? '')) latest = e;
    for (const c of e.claimedBy) claimedBy.add(c);
  }
  return { factuality: firmest.factuality, polarity: firmest.polarity, status: latest.status, claimedBy: [...claimedBy].sort() };
}

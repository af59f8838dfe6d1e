// The story over time: every claim on a timeline (by its event date, else its source's
// publication date), what was known as of a date (only evidence from sources published by
// then, the claim re-derived from it), and a figure's values per claimant.
import { deriveClaim, type DerivedClaim } from '../compile/claims.ts';
import type { Conflict, Corroboration, Factuality, FactualityDef, Polarity, Qualifiers, ResolvedEvidence, Series, Status } from '../model/types.ts';

/** What `timeline` reads of a relation (a `RelationView`, or a graph edge's attributes). */
export interface TimedRelation {
  id: string;
  from: string;
  to: string;
  type: string;
  qualifiers: Qualifiers;
  evidence: ReadonlyArray<Pick<ResolvedEvidence, 'source' | 'outlet' | 'quote' | 'claimedBy' | 'factuality' | 'polarity' | 'status'>>;
}

/** One source's claim of a relation, placed in time. */
export interface TimelineEntry {
  /** ISO date, month or year: the relation's `time` qualifier, else the source's publication date. */
  date: string;
  /** Where `date` comes from. */
  dated: 'event' | 'published';
  relation: string;
  from: string;
  to: string;
  type: string;
  source: string;
  outlet: string;
  /** The source's publication date ('' when unknown). */
  published: string;
  quote: string;
  claimedBy: string[];
  factuality: Factuality;
  polarity: Polarity;
  status: Status;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One entry per evidence item, sorted by date, then publication date, relation and source
 * (a stable order for the same knowledge base). `published`: source id → ISO date.
 */
export function timeline(relations: Iterable<TimedRelation>, published: ReadonlyMap<string, string>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const r of relations) {
    const time = r.qualifiers.time?.value;
    for (const e of r.evidence) {
      const when = published.get(e.source) ?? '';
      out.push({
        date: time ?? when,
        dated: time ? 'event' : 'published',
        relation: r.id,
        from: r.from,
        to: r.to,
        type: r.type,
        source: e.source,
        outlet: e.outlet,
        published: when,
        quote: e.quote,
        claimedBy: [...e.claimedBy],
        factuality: e.factuality,
        polarity: e.polarity,
        status: e.status,
      });
    }
  }
  return out.sort((a, b) => compare(a.date, b.date) || compare(a.published, b.published) || compare(a.relation, b.relation) || compare(a.source, b.source));
}

/** The first and the last day an ISO date, month or year stands for (`2024-11` → 2024-11-01…2024-11-31: compared as text). */
export function dateSpan(date: string): [string, string] {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** Whether a date (day, month or year) meets the period from `from` to `to` (days, both included). */
export function meetsPeriod(date: string, [from, to]: readonly [string, string]): boolean {
  const [start, end] = dateSpan(date);
  return start <= to && end >= from;
}

/** The evidence of sources published on or before `asOf` (a source without a date is never known early). */
export function knownEvidence<E extends Pick<ResolvedEvidence, 'source'>>(evidence: readonly E[], published: ReadonlyMap<string, string>, asOf: string): E[] {
  return evidence.filter((e) => {
    const when = published.get(e.source);
    return when !== undefined && when !== '' && when <= asOf;
  });
}

export interface ClaimAsOf extends DerivedClaim {
  evidence: ResolvedEvidence[];
  corroboration: Corroboration;
}

/**
 * A relation's claim as it stood on `asOf`: null when no source published by then carries
 * it, else re-derived from the evidence known then (factuality, polarity, status,
 * claimants), with sources and outlets recounted. Independent outlets cannot be recounted
 * without the texts (copies are found by comparing them): they are the full count capped
 * at the outlets known then.
 */
export function claimAsOf(
  evidence: readonly ResolvedEvidence[],
  corroboration: Corroboration,
  rank: Readonly<Record<Factuality, FactualityDef>>,
  published: ReadonlyMap<string, string>,
  asOf: string,
): ClaimAsOf | null {
  const known = knownEvidence(evidence, published, asOf);
  if (known.length === 0) return null;
  const sources = new Set(known.map((e) => e.source)).size;
  const outlets = new Set(known.map((e) => e.outlet)).size;
  return {
    ...deriveClaim(known, rank, published),
    evidence: known,
    corroboration: { sources, outlets, independentOutlets: Math.min(corroboration.independentOutlets, outlets) },
  };
}

/** The conflicts both of whose sides were known on `asOf`, each side with only the quotes known then. */
export function conflictsAsOf(conflicts: readonly Conflict[], published: ReadonlyMap<string, string>, asOf: string): Conflict[] {
  const out: Conflict[] = [];
  for (const c of conflicts) {
    const sides = c.sides.map((s) => ({ ...s, evidence: knownEvidence(s.evidence, published, asOf) }));
    if (sides.every((s) => s.evidence.length > 0)) out.push({ ...c, sides: sides as Conflict['sides'] });
  }
  return out;
}

/** `-` stands for the outlet's own voice, as in the explorer's claimant filter. */
export const OWN_VOICE = '-';

export interface ClaimantSeries {
  /** An entity id, or `-` for figures no one is named as giving. */
  claimant: string;
  points: Series['points'];
}

/**
 * A series split by who gives each figure, so that one claimant's estimates can be read
 * over time beside another's. A point claimed by two claimants is in both lines. Claimants
 * in order of their first figure, then by id.
 */
export function seriesByClaimant(series: Pick<Series, 'points'>): ClaimantSeries[] {
  const lines = new Map<string, Series['points']>();
  for (const p of series.points)
    for (const c of p.claimedBy.length ? p.claimedBy : [OWN_VOICE]) {
      const line = lines.get(c) ?? [];
      lines.set(c, line);
      line.push(p);
    }
  return [...lines]
    .map(([claimant, points]) => ({ claimant, points }))
    .sort((a, b) => compare(a.points[0]!.time, b.points[0]!.time) || compare(a.claimant, b.claimant));
}

/** The series about an entity (its subject or object) or holding a relation, by id. */
export function seriesAbout(series: readonly Series[], id: string): Series[] {
  return series.filter((s) => s.subject === id || s.object === id || s.points.some((p) => p.relation === id));
}

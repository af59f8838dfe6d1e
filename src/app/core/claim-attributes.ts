// The claim attributes of a relation as the explorer needs them, from any graph: the
// builder's pass as they are; an opened file's are read where present (the flat columns
// of a GEXF or GraphML export) and otherwise given honest defaults — underspecified,
// nobody's claim, one outlet per source.
import type { Attributes } from 'graphology-types';
import {
  BASES,
  FACTUALITIES,
  POLARITIES,
  PRECISIONS,
  STATUSES,
  type Conflict,
  type Precision,
  type Series,
  type Corroboration,
  type EdgeAttributes,
  type Factuality,
  type Ontology,
  type Polarity,
  type ResolvedEvidence,
  type Status,
} from '../../model/types.ts';

type Claim = Pick<EdgeAttributes, 'factuality' | 'polarity' | 'status' | 'basis' | 'claimedBy' | 'corroboration' | 'conflicts'>;

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const count = (v: unknown, fallback: number) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fallback);

/** The keys `claim` reads and writes: the builder's relations carry exactly these. */
export const CLAIM_KEYS = ['factuality', 'polarity', 'status', 'basis', 'claimedBy', 'corroboration', 'conflicts'];

export function isClaim(a: Attributes): boolean {
  const c = a.corroboration as Corroboration | undefined;
  return (
    FACTUALITIES.includes(a.factuality) &&
    POLARITIES.includes(a.polarity) &&
    STATUSES.includes(a.status) &&
    (a.basis === 'text' || a.basis === 'inferred') &&
    Array.isArray(a.claimedBy) &&
    a.claimedBy.every((x: unknown) => typeof x === 'string') &&
    Array.isArray(a.conflicts) &&
    a.conflicts.every((x: unknown) => typeof x === 'string') &&
    typeof c === 'object' &&
    c !== null &&
    [c.sources, c.outlets, c.independentOutlets].every((n) => Number.isInteger(n))
  );
}

export function claim(a: Attributes, evidence: readonly ResolvedEvidence[]): Claim {
  const sources = new Set(evidence.map((e) => e.source)).size;
  const c = (typeof a.corroboration === 'object' && a.corroboration) || {};
  return {
    factuality: oneOf<Factuality>(FACTUALITIES, a.factuality, 'underspecified'),
    polarity: oneOf<Polarity>(POLARITIES, a.polarity, 'positive'),
    status: oneOf<Status>(STATUSES, a.status, 'occurred'),
    basis: a.basis === 'inferred' ? 'inferred' : 'text',
    claimedBy: strings(a.claimedBy),
    corroboration: { sources: count(c.sources, sources), outlets: count(c.outlets, sources), independentOutlets: count(c.independentOutlets, sources) },
    conflicts: strings(a.conflicts),
  };
}

/** An evidence item with its claim fields, defaulted as `claim` defaults a relation's. */
export function claimEvidence(e: ResolvedEvidence): ResolvedEvidence {
  return {
    ...e,
    outlet: typeof e.outlet === 'string' ? e.outlet : `source:${e.source}`,
    claimedBy: strings(e.claimedBy),
    factuality: oneOf<Factuality>(FACTUALITIES, e.factuality, 'underspecified'),
    polarity: oneOf<Polarity>(POLARITIES, e.polarity, 'positive'),
    status: oneOf<Status>(STATUSES, e.status, 'occurred'),
  };
}

/** An entity's forms per source (`mentions`), as a null-prototype map of text lists. */
export function sourceMentions(v: Record<string, unknown>): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const [source, forms] of Object.entries(v)) if (strings(forms).length) out[source] = strings(forms);
  return out;
}

/** The claim vocabularies for a graph that carries no ontology: labelled by their ids. */
export function claimVocabularies(): Pick<Ontology, 'factuality' | 'polarity' | 'status' | 'basis'> {
  const labelled = <T extends string>(ids: readonly T[]) =>
    Object.fromEntries(ids.map((id) => [id, { label: { pl: id as string, en: id as string } }])) as unknown as Record<T, { label: { pl: string; en: string } }>;
  const factuality = Object.fromEntries(
    FACTUALITIES.map((id, i) => [id, { label: { pl: id, en: id }, rank: FACTUALITIES.length - i }]),
  ) as Ontology['factuality'];
  return { factuality, polarity: labelled(POLARITIES), status: labelled(STATUSES), basis: labelled(BASES) };
}

/** The well-formed conflicts of an opened file's graph attributes (text only; anything else dropped). */
export function conflictList(v: unknown): Conflict[] {
  if (!Array.isArray(v)) return [];
  const isText = (x: unknown) => typeof x === 'string';
  const isSide = (s: unknown): boolean => {
    const o = s as Record<string, unknown> | null;
    return (
      typeof o === 'object' &&
      o !== null &&
      isText(o.relation) &&
      isText(o.value) &&
      Array.isArray(o.claimedBy) &&
      o.claimedBy.every(isText) &&
      Array.isArray(o.evidence) &&
      o.evidence.every((e) => typeof e === 'object' && e !== null && isText((e as Record<string, unknown>).quote))
    );
  };
  return v.filter(
    (c): c is Conflict =>
      typeof c === 'object' && c !== null && isText(c.id) && isText(c.kind) && Array.isArray(c.sides) && c.sides.length === 2 && c.sides.every(isSide),
  );
}

/** The well-formed series of an opened file's graph attributes (anything else dropped). */
export function seriesList(v: unknown): Series[] {
  if (!Array.isArray(v)) return [];
  const isText = (x: unknown) => typeof x === 'string';
  const isPoint = (p: unknown): boolean => {
    const o = p as Record<string, unknown> | null;
    return (
      typeof o === 'object' &&
      o !== null &&
      isText(o.relation) &&
      isText(o.time) &&
      Number.isFinite(o.value) &&
      PRECISIONS.includes(o.precision as Precision) &&
      Array.isArray(o.claimedBy) &&
      o.claimedBy.every(isText)
    );
  };
  return v.filter(
    (s): s is Series =>
      typeof s === 'object' &&
      s !== null &&
      [s.id, s.subject, s.type, s.object].every(isText) &&
      Array.isArray(s.points) &&
      s.points.length > 0 &&
      s.points.every(isPoint),
  );
}

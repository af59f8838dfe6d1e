// Conflicts: two claims filling one slot (the same subject, relation type and object) with
// incompatible values at the same time — a figure, a date, a place, or a positive against
// a negative claim. A figure that changes over time in one slot is a series instead.
//
// The time of a claim is its `time` qualifier; without one, the publication date of each
// source of its evidence. Two claims are at the same time when a time of one overlaps a
// time of the other: equal, or one contains the other (2025-06 contains 2025-06-17).
import type { Conflict, ConflictKind, ConflictSide, Ontology, Quantity, Relation, ResolvedEvidence, Series } from '../model/types.ts';
import type { DerivedClaim } from './claims.ts';

export interface ClaimInput {
  relation: Relation;
  claim: DerivedClaim;
  evidence: readonly ResolvedEvidence[];
}

/** An approximate figure stands for any value within this share of it. */
export const APPROXIMATE_TOLERANCE = 0.1;

const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function interval(q: Quantity): [number, number] {
  switch (q.precision) {
    case 'exact':
      return [q.value, q.value];
    case 'approximate':
      return [q.value * (1 - APPROXIMATE_TOLERANCE), q.value * (1 + APPROXIMATE_TOLERANCE)];
    case 'at-least':
      return [q.value, Infinity];
    case 'at-most':
      return [-Infinity, q.value];
  }
}

const PRECISION_SIGN = { exact: '', approximate: '~', 'at-least': '≥', 'at-most': '≤' } as const;
const showQuantity = (q: Quantity) => `${PRECISION_SIGN[q.precision]}${q.value}${q.unit ? ` ${q.unit.en}` : ''}`;
const unitOf = (q: Quantity) => q.unit?.en ?? '';

/** What a conflict's side shows of one piece of its relation's evidence. */
export function sideEvidence({
  source,
  outlet,
  quote,
  start,
  end,
  claimedBy,
  factuality,
  polarity,
}: ConflictSide['evidence'][number]): ConflictSide['evidence'][number] {
  return { source, outlet, quote, start, end, claimedBy, factuality, polarity };
}

/**
 * `within(a, b)`: whether place a lies in place b (LOCATED_IN, followed transitively), so
 * that "Pyongyang" and "North Korea" do not conflict.
 */
export function findConflicts(
  claims: readonly ClaimInput[],
  ontology: Ontology,
  published: ReadonlyMap<string, string>,
  within: (a: string, b: string) => boolean,
): { conflicts: Conflict[]; series: Series[] } {
  const timesOf = (c: ClaimInput) =>
    c.relation.qualifiers.time ? [c.relation.qualifiers.time.value] : [...new Set(c.evidence.map((e) => published.get(e.source) ?? ''))];
  const sameTime = (a: ClaimInput, b: ClaimInput) => timesOf(a).some((x) => timesOf(b).some((y) => overlaps(x, y)));
  const conflicts: Conflict[] = [];
  const side = (c: ClaimInput, value: string, keep: (e: ResolvedEvidence) => boolean = () => true): ConflictSide => {
    const evidence = c.evidence.filter(keep);
    return {
      relation: c.relation.id,
      value,
      claimedBy: [...new Set(evidence.flatMap((e) => e.claimedBy))].sort(),
      evidence: evidence.map(sideEvidence),
    };
  };
  const add = (kind: ConflictKind, a: ClaimInput, sides: [ConflictSide, ConflictSide], b = a) => {
    const { subject, type, object } = a.relation;
    conflicts.push({ id: a === b ? `c-${kind}-${a.relation.id}` : `c-${kind}-${a.relation.id}-${b.relation.id}`, kind, subject, type, object, sides });
  };

  const slots = new Map<string, ClaimInput[]>();
  for (const c of claims) {
    const key = `${c.relation.subject}\u0000${c.relation.type}\u0000${c.relation.object}`;
    const list = slots.get(key);
    if (list) list.push(c);
    else slots.set(key, [c]);
    // A relation whose own evidence affirms and denies it at the same time (its time, or
    // one publication date for both claims).
    const when = (e: ResolvedEvidence) => (c.relation.qualifiers.time ? '' : (published.get(e.source) ?? ''));
    const denied = new Set(c.evidence.filter((e) => e.polarity === 'negative').map(when));
    const clash = new Set(c.evidence.filter((e) => e.polarity === 'positive' && denied.has(when(e))).map(when));
    if (clash.size)
      add('polarity', c, [
        side(c, 'positive', (e) => e.polarity === 'positive' && clash.has(when(e))),
        side(c, 'negative', (e) => e.polarity === 'negative' && clash.has(when(e))),
      ]);
  }

  const series: Series[] = [];
  for (const group of slots.values()) {
    if (group.length < 2) continue;
    group.sort((x, y) => (x.relation.id < y.relation.id ? -1 : 1));
    const repeatable = ontology.relationTypes[group[0]!.relation.type]?.repeatable === true;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        const [qa, qb] = [a.relation.qualifiers, b.relation.qualifiers];
        const at = sameTime(a, b);
        if (qa.quantity && qb.quantity) {
          if (unitOf(qa.quantity) !== unitOf(qb.quantity) || !at) continue;
          const [x, y] = [interval(qa.quantity), interval(qb.quantity)];
          if (x[1] < y[0] || y[1] < x[0]) add('quantity', a, [side(a, showQuantity(qa.quantity)), side(b, showQuantity(qb.quantity))], b);
          continue;
        }
        if (at && a.claim.polarity !== b.claim.polarity) add('polarity', a, [side(a, a.claim.polarity), side(b, b.claim.polarity)], b);
        if (
          at &&
          qa.place &&
          qb.place &&
          qa.place.value !== qb.place.value &&
          !within(qa.place.value, qb.place.value) &&
          !within(qb.place.value, qa.place.value)
        )
          add('place', a, [side(a, qa.place.value), side(b, qb.place.value)], b);
        // A repeatable relation (two visits) may happen at two times; any other happens once.
        if (!repeatable && qa.time && qb.time && !overlaps(qa.time.value, qb.time.value)) add('time', a, [side(a, qa.time.value), side(b, qb.time.value)], b);
      }
    series.push(...seriesOf(group, timesOf));
  }
  conflicts.sort((x, y) => (x.id < y.id ? -1 : 1));
  series.sort((x, y) => (x.id < y.id ? -1 : 1));
  return { conflicts, series };
}

/** A slot's figures of one unit at more than one time, in time order. */
function seriesOf(group: readonly ClaimInput[], timesOf: (c: ClaimInput) => string[]): Series[] {
  const byUnit = new Map<string, ClaimInput[]>();
  for (const c of group) {
    const q = c.relation.qualifiers.quantity;
    if (!q) continue;
    const list = byUnit.get(unitOf(q)) ?? [];
    byUnit.set(unitOf(q), list);
    list.push(c);
  }
  const out: Series[] = [];
  for (const [unit, list] of byUnit) {
    const points = list
      .map((c) => ({
        relation: c.relation.id,
        time: timesOf(c).sort()[0] ?? '',
        value: c.relation.qualifiers.quantity!.value,
        precision: c.relation.qualifiers.quantity!.precision,
        claimedBy: c.claim.claimedBy,
      }))
      .sort((x, y) => (x.time < y.time ? -1 : x.time > y.time ? 1 : x.relation < y.relation ? -1 : 1));
    if (new Set(points.map((p) => p.time)).size < 2) continue;
    const { subject, type, object } = list[0]!.relation;
    out.push({
      id: `s-${subject}-${type.toLowerCase().replace(/_/g, '-')}-${object}${unit ? `-${unit.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}` : ''}`,
      subject,
      type,
      object,
      points,
    });
  }
  return out;
}

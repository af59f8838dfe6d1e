// When a fact an article reports is one the knowledge base already holds: the same subject,
// type and object, and qualifiers that do not tell two claims apart. Then the article's
// quotes are more evidence of that claim, not a relation of their own.
import type { Ontology, Qualifiers, Relation } from '../model/types.ts';
import { own } from '../model/own.ts';
import type { DraftRelation } from '../extract/relations.ts';

/** What a qualifier says, without where it comes from (its basis, rule, note). */
function qualifierValue(q: Qualifiers, key: keyof Qualifiers): string | undefined {
  const v = q[key];
  if (!v) return undefined;
  if ('value' in v) return JSON.stringify([v.value, 'precision' in v ? v.precision : null, 'unit' in v ? v.unit?.en : null]);
  return JSON.stringify([v.pl, v.en]);
}

const KEYS: ReadonlyArray<keyof Qualifiers> = ['quantity', 'time', 'place', 'purpose', 'role'];

/**
 * Whether the draft's claim is the existing relation's. Qualifiers both give must agree (a
 * different figure is another claim, which the knowledge base shows as a conflict). A
 * repeatable relation (a visit, a meeting) happens more than once, so its time and place
 * must be the same, or absent on both sides.
 */
export function sameClaim(existing: Relation, draft: DraftRelation, ontology: Ontology | null): boolean {
  if (existing.subject !== draft.from || existing.type !== draft.type || existing.object !== draft.to) return false;
  const repeatable = ontology ? own(ontology.relationTypes, draft.type)?.repeatable === true : false;
  for (const key of KEYS) {
    const a = qualifierValue(existing.qualifiers, key);
    const b = qualifierValue(draft.qualifiers, key);
    if (a !== undefined && b !== undefined && a !== b) return false;
    if (repeatable && (key === 'time' || key === 'place') && a !== b) return false;
  }
  return true;
}

/** The first relation of the knowledge base that is the draft's claim. */
export function findSameClaim(relations: readonly Relation[], draft: DraftRelation, ontology: Ontology | null): Relation | undefined {
  return relations.find((r) => sameClaim(r, draft, ontology));
}

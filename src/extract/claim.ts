// Where the extractor's reading meets the knowledge base's model of a claim. The cues of a
// sentence (cues.ts) name a level — stated, announced, reported, estimated, probable,
// speculated — which is what the wording shows; the model keeps its parts apart: how firm
// (factuality), whether it has happened (status), and who says it (claimedBy). Qualifiers
// are read without their basis, which is given here from the quote's sentence with the
// validator's own checks: a date or number the sentence writes is `text`; a date the
// extractor resolved against the publication date is `metadata`.
import { dateInText, numbersIn, placeInText } from '../kb/basis.ts';
import type { Factuality, LangText, Precision, Qualifiers, Status } from '../model/types.ts';

/** Qualifiers as the triggers read them, before their basis is known. */
export interface RawQualifiers {
  quantity?: { value: number; precision: Precision; unit?: LangText };
  time?: string;
  place?: string;
  purpose?: LangText;
  role?: LangText;
}

const LEVELS: Record<string, { factuality: Factuality; status: Status }> = {
  stated: { factuality: 'certain', status: 'occurred' },
  announced: { factuality: 'certain', status: 'planned' },
  reported: { factuality: 'certain', status: 'occurred' },
  estimated: { factuality: 'certain', status: 'occurred' },
  probable: { factuality: 'probable', status: 'occurred' },
  speculated: { factuality: 'possible', status: 'occurred' },
};

/**
 * The factuality and status of a cue level. A report with no named claimant ("wcześniejsze
 * doniesienia wskazywały") is one the outlet relays without committing to it: underspecified.
 */
export function claimOf(level: string, claimedBy: readonly string[]): { factuality: Factuality; status: Status } {
  const claim = LEVELS[level] ?? LEVELS.stated!;
  return level === 'reported' && !claimedBy.length ? { ...claim, factuality: 'underspecified' } : claim;
}

export const EXTRACTOR_DATE_RULE = 'resolved by faktograf extract against the publication date';

/** The qualifiers with their basis, judged against the text of the quote's sentence. */
export function withBasis(q: RawQualifiers, sentence: string, placeNames: (id: string) => readonly string[]): Qualifiers {
  const out: Qualifiers = {};
  if (q.quantity)
    out.quantity = {
      ...q.quantity,
      ...(numbersIn(sentence).has(q.quantity.value)
        ? { basis: 'text' as const }
        : { basis: 'inferred' as const, note: 'read by faktograf extract from a form the validator does not read as this number' }),
    };
  if (q.time) out.time = dateInText(q.time, sentence) ? { value: q.time, basis: 'text' } : { value: q.time, basis: 'metadata', rule: EXTRACTOR_DATE_RULE };
  if (q.place)
    out.place = placeInText(placeNames(q.place), sentence)
      ? { value: q.place, basis: 'text' }
      : { value: q.place, basis: 'inferred', note: 'placed by faktograf extract from the surrounding text' };
  if (q.purpose) out.purpose = { ...q.purpose, basis: 'text' };
  if (q.role) out.role = { ...q.role, basis: 'text' };
  return out;
}

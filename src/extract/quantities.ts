// Quantities with their precision: "1 tys. saperów" (1000, approximate: a round figure), "co najmniej 11 tys."
// (at-least), "około 6 tys." (approximate), "4,7 tys." (4700), "niespełna 300" (at-most),
// "miliony pocisków" (at least a million).
import type { Precision } from '../model/types.ts';
import { numberValue, type Token } from './tokens.ts';

export interface QuantityMention {
  value: number;
  precision: Precision;
  start: number;
  end: number;
  /** Token indices `[first, last]`, the precision cue included. */
  first: number;
  last: number;
}

// Cues read backwards from the number: the longest first.
const CUES: Array<[string[], Precision]> = [
  [['nie', 'więcej', 'niż'], 'at-most'],
  [['nie', 'mniej', 'niż'], 'at-least'],
  [['mniej', 'więcej'], 'approximate'],
  [['co', 'najmniej'], 'at-least'],
  [['więcej', 'niż'], 'at-least'],
  [['mniej', 'niż'], 'at-most'],
  [['około'], 'approximate'],
  [['ok.'], 'approximate'],
  [['blisko'], 'approximate'],
  [['szacunkowo'], 'approximate'],
  [['rzędu'], 'approximate'],
  [['przynajmniej'], 'at-least'],
  [['ponad'], 'at-least'],
  [['powyżej'], 'at-least'],
  [['przeszło'], 'at-least'],
  [['minimum'], 'at-least'],
  [['prawie'], 'at-most'],
  [['niemal'], 'at-most'],
  [['niespełna'], 'at-most'],
  [['maksymalnie'], 'at-most'],
  [['najwyżej'], 'at-most'],
  [['poniżej'], 'at-most'],
  [['do'], 'at-most'],
];

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(tys\.?|tysiąc[aeu]?|tysięcy)$/, 1e3],
  [/^(mln\.?|milion(a|y|ów)?)$/, 1e6],
  [/^(mld\.?|miliard(a|y|ów)?)$/, 1e9],
];
const WORDS: Array<[RegExp, number]> = [
  [/^(dwa|dwie|dwóch|dwu|dwom|dwoma|dwaj)$/, 2],
  [/^(trzy|trzech|trzem|trzema|trzej)$/, 3],
  [/^(cztery|czterech|czterem|czterema|czterej)$/, 4],
  [/^(pięć|pięciu)$/, 5],
  [/^(sześć|sześciu)$/, 6],
  [/^(siedem|siedmiu)$/, 7],
  [/^(osiem|ośmiu)$/, 8],
  [/^(dziewięć|dziewięciu)$/, 9],
  [/^(dziesięć|dziesięciu)$/, 10],
  [/^(sto|stu)$/, 100],
  [/^(tysiąc|tysiąca)$/, 1000],
  [/^(milion|miliona)$/, 1e6],
  [/^(miliard|miliarda)$/, 1e9],
];
/** Plural multipliers standing alone: "tysiące żołnierzy", "miliony pocisków". */
const VAGUE: Array<[RegExp, number]> = [
  [/^tysiące$/, 1e3],
  [/^(miliony|milionów)$/, 1e6],
];

/**
 * Every quantity in `tokens[from, to)`. Tokens in `skip` (dates, already used) are not
 * read as numbers.
 */
export function findQuantities(tokens: readonly Token[], from = 0, to = tokens.length, skip: ReadonlySet<number> = new Set()): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const t = tokens[i]!;
    let value = numberValue(t);
    let precision: Precision = 'exact';
    if (Number.isNaN(value)) value = WORDS.find(([re]) => re.test(t.lower))?.[1] ?? NaN;
    let last = i;
    if (Number.isNaN(value)) {
      const vague = VAGUE.find(([re]) => re.test(t.lower));
      if (!vague) continue;
      value = vague[1];
      precision = 'at-least';
    } else {
      const mult = i + 1 < to ? MULTIPLIERS.find(([re]) => re.test(tokens[i + 1]!.lower)) : undefined;
      if (mult) {
        value = Math.round(value * mult[1] * 1000) / 1000;
        last = i + 1;
      }
    }
    let first = i;
    if (precision === 'exact')
      for (const [words, p] of CUES) {
        const at = i - words.length;
        if (at < from || words.some((w, k) => tokens[at + k]!.lower !== w)) continue;
        precision = p;
        first = at;
        break;
      }
    // A whole number of thousands or millions with no cue ("1 tys. saperów") is a round
    // figure: approximate.
    if (precision === 'exact' && last > i && Number.isInteger(numberValue(t))) precision = 'approximate';
    out.push({ value, precision, start: tokens[first]!.start, end: tokens[last]!.end, first, last });
    i = last;
  }
  return out;
}

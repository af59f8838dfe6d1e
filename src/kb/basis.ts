// What a `basis: text` qualifier must find in the sentence of its evidence: the number of
// a quantity, every part of a date, a name of the place. Polish forms are read, not
// guessed: "1 tys.", "11 tysięcy", "11 000", "1,5 mln", "dwóch"; "17 czerwca", "w
// czerwcu 2024", "19.06.2024". A month without its year in the sentence is not `text`:
// "w listopadzie" read as 2024-11 takes the publication year, so it is `metadata`.
import { foldName } from '../model/normalize.ts';

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:tys\.?|tysi[aąę]c\w*)$/u, 1e3],
  [/^(?:mln\.?|milion\w*)$/u, 1e6],
  [/^(?:mld\.?|miliard\w*)$/u, 1e9],
];

// Number words the articles use for small counts, in their common inflected forms.
const WORDS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:jeden|jedna|jedno|jednego|jednej|jednemu|jednym|jedną)$/u, 1],
  [/^(?:dwa|dwie|dwóch|dwu|dwoma|dwom|dwaj|dwoje|dwojga)$/u, 2],
  [/^(?:trzy|trzech|trzem|trzema|trzej|troje)$/u, 3],
  [/^(?:cztery|czterech|czterem|czterema|czterej)$/u, 4],
  [/^(?:pięć|pięciu|pięcioma)$/u, 5],
  [/^(?:sześć|sześciu|sześcioma)$/u, 6],
  [/^(?:siedem|siedmiu|siedmioma)$/u, 7],
  [/^(?:osiem|ośmiu|ośmioma)$/u, 8],
  [/^(?:dziewięć|dziewięciu|dziewięcioma)$/u, 9],
  [/^(?:dziesięć|dziesięciu|dziesięcioma)$/u, 10],
  [/^(?:tysiąc|tysiąca)$/u, 1e3],
];

// Digits with optional thousands groups (space, no-break space, dot) or a decimal comma,
// then an optional multiplier word.
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?)(?:[ \u00a0]?([\p{L}]+\.?))?/gu;

/** Every number the sentence writes, as values ("11 tys." → 11000, "1,5 mln" → 1500000). */
export function numbersIn(sentence: string): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.matchAll(NUMBER)) {
    const digits = m[1]!;
    const base =
      /[ \u00a0\u202f.]\d{3}/.test(digits) && !digits.includes(',') ? Number(digits.replace(/[ \u00a0\u202f.]/g, '')) : Number(digits.replace(',', '.'));
    const word = m[2]?.toLowerCase();
    const times = word ? MULTIPLIERS.find(([re]) => re.test(word))?.[1] : undefined;
    out.add(base);
    if (times) out.add(Math.round(base * times * 1000) / 1000);
  }
  for (const word of sentence.toLowerCase().split(/[^\p{L}]+/u)) for (const [re, value] of WORDS) if (re.test(word)) out.add(value);
  return out;
}

// The stems every inflected form of a Polish month name starts with (and the English name).
const MONTHS: readonly string[][] = [
  ['styczeń', 'stycz', 'january'],
  ['luty', 'lut', 'february'],
  ['marzec', 'marc', 'march'],
  ['kwiecień', 'kwietni', 'april'],
  ['maj', 'may'],
  ['czerwiec', 'czerwc', 'june'],
  ['lipiec', 'lipc', 'july'],
  ['sierpień', 'sierpni', 'august'],
  ['wrzesień', 'wrześni', 'september'],
  ['październik', 'october'],
  ['listopad', 'november'],
  ['grudzień', 'grudni', 'december'],
];

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The months (1–12) named in the sentence, in any inflected form. */
function monthsNamed(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w) => {
    MONTHS.forEach((forms, i) => {
      // A stem matches any ending ("lutego", "czerwcu"); "maj" only as maj, maja, maju.
      if (forms.some((f) => w === f || (f === 'maj' ? /^maj[au]$/.test(w) : w.startsWith(f)))) out.add(i + 1);
    });
  });
  return out;
}

/**
 * Whether the sentence gives every part of an ISO date: the year as four digits; the month
 * by name (any inflection) or in a numeric date; the day as a number before the month name
 * ("17 czerwca") or in a numeric date ("17.06.2025", "2025-06-17").
 */
export function dateInText(iso: string, sentence: string): boolean {
  const [y, mo, d] = iso.split('-');
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (sentence.includes(iso)) return true;
  const numeric = [...sentence.matchAll(/(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g)].some(
    (m) => m[3] === y && Number(m[2]) === month && (day === undefined || Number(m[1]) === day),
  );
  if (numeric) return true;
  if (!new RegExp(`(?<!\\d)${y}(?!\\d)`).test(sentence)) return false;
  if (month === undefined) return true;
  const words = wordsOf(sentence);
  if (!monthsNamed(words).has(month)) return false;
  if (day === undefined) return true;
  return [...sentence.matchAll(/(?<!\d)(\d{1,2})\.?\s+(\p{L}+)/gu)].some((m) => Number(m[1]) === day && monthsNamed([m[2]!.toLowerCase()]).has(month));
}

/** Whether the sentence names the place by one of its names or aliases (folded, whole words). */
export function placeInText(names: readonly string[], sentence: string): boolean {
  const text = ` ${foldName(sentence).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.some((n) => {
    const f = foldName(n)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return f.length > 0 && text.includes(` ${f} `);
  });
}

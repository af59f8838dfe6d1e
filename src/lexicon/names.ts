// Inflection rules for the foreign names the dictionary lacks (Dzong Un, Szojgu,
// Pjongjang, Gierasimow, Wonsan…). Polish declines them like native nouns of the same
// shape, so an ending gives candidate lemmas with the cases it can mark. The form itself
// is always a candidate too: many such names do not decline at all ("Szojgu", "Tokio").
import { ALL_CASES, CASE, GENDER, parseTag, type Morph } from './tags.ts';

const { nom, gen, dat, acc, inst, loc, voc } = CASE;
const { m1, m2, m3, f, n } = GENDER;
const M = m1 | m2 | m3;

interface Rule {
  ending: string;
  /** What replaces the ending in the lemma. */
  lemmaEnding: string;
  cases: number;
  genders: number;
  /** The letter before the ending must match. */
  before?: RegExp;
}

// Longer endings first; every matching rule contributes a candidate.
const RULES: Rule[] = [
  { ending: 'skiego', lemmaEnding: 'ski', cases: gen | acc, genders: M },
  { ending: 'ckiego', lemmaEnding: 'cki', cases: gen | acc, genders: M },
  { ending: 'skiemu', lemmaEnding: 'ski', cases: dat, genders: M },
  { ending: 'skim', lemmaEnding: 'ski', cases: inst | loc, genders: M },
  { ending: 'skiej', lemmaEnding: 'ska', cases: gen | dat | loc, genders: f },
  { ending: 'owej', lemmaEnding: 'owa', cases: gen | dat | loc, genders: f },
  { ending: 'owi', lemmaEnding: '', cases: dat, genders: M },
  { ending: 'iem', lemmaEnding: '', cases: inst | loc, genders: M, before: /[gk]$/ },
  { ending: 'em', lemmaEnding: '', cases: inst, genders: M },
  { ending: 'dzie', lemmaEnding: 'd', cases: loc | voc, genders: M },
  { ending: 'cie', lemmaEnding: 't', cases: loc | voc, genders: M },
  { ending: 'rze', lemmaEnding: 'r', cases: loc | voc, genders: M },
  { ending: 'ie', lemmaEnding: '', cases: loc | voc, genders: M },
  { ending: 'ie', lemmaEnding: 'a', cases: dat | loc, genders: f },
  { ending: 'u', lemmaEnding: '', cases: gen | dat | loc | voc, genders: m3 },
  { ending: 'a', lemmaEnding: '', cases: gen | acc, genders: M },
  { ending: 'y', lemmaEnding: 'a', cases: gen, genders: f },
  { ending: 'i', lemmaEnding: 'a', cases: gen | dat | loc, genders: f, before: /[lj]$/ },
  { ending: 'ę', lemmaEnding: 'a', cases: acc, genders: f },
  { ending: 'ą', lemmaEnding: 'a', cases: inst, genders: f },
];

const VOWEL_END = /[aeiouyąęó]$/i;

/** Candidate readings of a capitalised word the dictionary does not know. */
export function guessName(word: string): Morph[] {
  const out: Morph[] = [];
  // The form as a lemma: a consonant-final name is nominative (or accusative of a thing);
  // one ending in a vowel other than -a may be indeclinable; -a is a feminine nominative.
  const lower = word.toLowerCase();
  const asIs = !VOWEL_END.test(lower) ? nom | acc | voc : lower.endsWith('a') ? nom | voc : ALL_CASES;
  const asIsGenders = lower.endsWith('a') ? f | m1 : VOWEL_END.test(lower) ? M | f | n : M;
  out.push(reading(word, asIs, asIsGenders));
  for (const r of RULES) {
    if (!lower.endsWith(r.ending)) continue;
    const stem = word.slice(0, word.length - r.ending.length);
    if (stem.length < 2 || (r.before && !r.before.test(stem.toLowerCase()))) continue;
    out.push(reading(stem + r.lemmaEnding, r.cases, r.genders));
  }
  return out;
}

function reading(lemma: string, cases: number, genders: number): Morph {
  const [m] = parseTag(lemma, 'subst:sg', true);
  return { ...m!, cases, genders };
}

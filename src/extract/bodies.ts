// State bodies named by a common noun and their country: "rosyjskiej armii", "wojsk
// ukraińskich", "brytyjski resort obrony", "wywiadu Korei Południowej", "rosyjskie media".
// Each gets a signature (kind of body + country) so that "Ukraińscy żołnierze" in one
// article and the alias "wojskami ukraińskimi" in the knowledge base meet.
import type { LangText } from '../model/types.ts';
import { cases, hasLemma, lemmaIn, type Word } from './document.ts';
import { COUNTRY_BY_ADJECTIVE, GAZETTEER_BY_ID } from './gazetteer.ts';

/** Body nouns by the kind of body they name. */
const KINDS: Record<string, string> = {
  armia: 'armed-forces',
  wojsko: 'armed-forces',
  wojska: 'armed-forces',
  siły: 'armed-forces',
  siła: 'armed-forces',
  żołnierz: 'armed-forces',
  wywiad: 'intelligence',
  kontrwywiad: 'counter-intelligence',
  resort: 'ministry',
  ministerstwo: 'ministry',
  msz: 'foreign-ministry',
  mon: 'defence-ministry',
  służby: 'services',
  służba: 'services',
  dyplomacja: 'foreign-ministry',
  marynarka: 'navy',
  lotnictwo: 'air-force',
  rząd: 'government',
  parlament: 'parliament',
  media: 'media',
  medium: 'media',
};

const GLOSS: Record<string, string> = {
  'armed-forces': 'armed forces',
  intelligence: 'intelligence',
  'counter-intelligence': 'counter-intelligence',
  ministry: 'ministry',
  'foreign-ministry': 'foreign ministry',
  'defence-ministry': 'defence ministry',
  services: 'services',
  navy: 'navy',
  'air-force': 'air force',
  government: 'government',
  parliament: 'parliament',
  media: 'media',
};

/** Complements that narrow a kind: "resort obrony", "służb wywiadowczych", "siły zbrojne". */
const NARROWING: Array<[string, string, string]> = [
  ['ministry', 'obrona', 'defence-ministry'],
  ['ministry', 'zagraniczny', 'foreign-ministry'],
  ['services', 'wywiadowczy', 'intelligence'],
  ['services', 'specjalny', 'intelligence'],
  ['armed-forces', 'zbrojny', 'armed-forces'],
  ['navy', 'wojenny', 'navy'],
];
const COMPLEMENTS = ['obrona', 'wywiadowczy', 'specjalny', 'wojenny', 'zbrojny', 'powietrzny', 'lądowy', 'zagraniczny', 'sprawa'];

export interface Body {
  first: number;
  last: number;
  head: number;
  kind: string;
  gloss: string;
  /** `gaz:<id>` of the country. */
  country: string;
  /** The country's own mention, when it is a name after the noun ("wywiadu Korei Południowej"). */
  countryName?: { first: number; last: number };
}

/** The noun of a body with its complements ("resort obrony", "służb wywiadowczych"), without a country. */
export function bodyNounAt(
  words: readonly Word[],
  i: number,
  free: (j: number) => boolean = () => true,
): { first: number; last: number; head: number; kind: string } | null {
  const w = words[i]!;
  const noun = lemmaIn(w, KINDS);
  if (!noun || !free(i) || (w.cap && !w.acronym && !w.initial)) return null;
  if (noun === 'żołnierz' && !w.morphs.some((m) => m.lemma === 'żołnierz' && m.numbers === 2)) return null;
  let kind = KINDS[noun]!;
  let last = i;
  for (let j = i + 1; j <= i + 2 && words[j] && free(j) && !words[j]!.cap && hasLemma(words[j], ...COMPLEMENTS); j++) {
    last = j;
    kind = NARROWING.find(([k, l]) => k === kind && hasLemma(words[j], l))?.[2] ?? kind;
  }
  return { first: i, last, head: i, kind };
}

export interface CountryName {
  first: number;
  last: number;
  ref: string;
}

/**
 * The body whose noun is word `i`, or null. `countryAt(j)` gives a country named from word
 * `j` on; `free(j)` says whether word `j` may still be taken.
 */
export function bodyAt(
  words: readonly Word[],
  i: number,
  countryAt: (j: number) => CountryName | undefined,
  free: (j: number) => boolean = () => true,
): Body | null {
  const noun = bodyNounAt(words, i, free);
  if (!noun) return null;
  const { kind } = noun;
  let { first, last } = noun;
  const adj = (x: Word | undefined) =>
    x && free(x.i) ? COUNTRY_BY_ADJECTIVE.get(x.morphs.find((m) => m.pos === 'adj' && !m.guessed)?.lemma.toLowerCase() ?? '') : undefined;
  const before = adj(words[i - 1]);
  const after = adj(words[last + 1]);
  let country: string | undefined;
  let countryName: Body['countryName'];
  if (before) {
    first = i - 1;
    country = `gaz:${before}`;
  } else if (after) {
    last += 1;
    country = `gaz:${after}`;
  } else {
    const c = countryAt(last + 1);
    if (c && cases(words[c.first]) & 2) {
      country = c.ref;
      countryName = { first: c.first, last: c.last };
      last = c.last;
    }
  }
  if (!country) return null;
  return { first, last, head: i, kind, gloss: GLOSS[kind] ?? kind, country, ...(countryName ? { countryName } : {}) };
}

/** `armed-forces:russia`: the kind of body and its country, by knowledge-base id when known. */
export function bodySignature(kind: string, country: string, linker: { known(ref: string): string | undefined }): string {
  return `${kind}:${linker.known(country) ?? country.replace(/^\w+:/, '')}`;
}

/** Names of the kinds of body, in the nominative; `g`: the gender an adjective takes before it. */
const NAMES: Record<string, { pl: string; en: string; g: 'm' | 'f' | 'n' }> = {
  'armed-forces': { pl: 'siły zbrojne', en: 'armed forces', g: 'n' },
  intelligence: { pl: 'służby wywiadowcze', en: 'intelligence services', g: 'n' },
  'counter-intelligence': { pl: 'kontrwywiad', en: 'counter-intelligence', g: 'm' },
  ministry: { pl: 'ministerstwo', en: 'ministry', g: 'n' },
  'foreign-ministry': { pl: 'ministerstwo spraw zagranicznych', en: 'Ministry of Foreign Affairs', g: 'n' },
  'defence-ministry': { pl: 'ministerstwo obrony', en: 'Ministry of Defence', g: 'n' },
  services: { pl: 'służby specjalne', en: 'special services', g: 'n' },
  navy: { pl: 'marynarka wojenna', en: 'navy', g: 'f' },
  'air-force': { pl: 'lotnictwo', en: 'air force', g: 'n' },
  government: { pl: 'rząd', en: 'government', g: 'm' },
  parliament: { pl: 'parlament', en: 'parliament', g: 'm' },
  media: { pl: 'media', en: 'media', g: 'n' },
};

/** "amerykańskie służby wywiadowcze" / "US intelligence services", from the kind and the country. */
export function bodyName(kind: string, countryRef: string): LangText | undefined {
  const name = NAMES[kind];
  const country = GAZETTEER_BY_ID.get(countryRef.replace(/^\w+:/, ''));
  if (!name || !country?.adjective) return undefined;
  const adj = name.g === 'f' ? country.adjective.replace(/i$/, 'a') : name.g === 'n' ? country.adjective.replace(/i$/, 'ie') : country.adjective;
  return { pl: `${adj} ${name.pl}`, en: `${country.adjectiveEn ?? country.name.en} ${name.en}` };
}

// Morfologik tags as bit sets, so that agreement checks are one AND. A tag such as
// `adj:pl:gen:m1.m2.m3.f.n1.n2.p1.p2.p3:pos+subst:pl:gen:m3` holds several readings
// joined by `+`; each reading lists alternatives with `.`.

export const CASE = { nom: 1, gen: 2, dat: 4, acc: 8, inst: 16, loc: 32, voc: 64 } as const;
export type CaseName = keyof typeof CASE;
export const ALL_CASES = 127;

/** Genders: p1 (plural personal) counts as m1, p2/p3 as the non-personal ones. */
export const GENDER = { m1: 1, m2: 2, m3: 4, f: 8, n: 16 } as const;
const GENDER_CODES: Record<string, number> = { m1: 1, m2: 2, m3: 4, f: 8, n1: 16, n2: 16, n: 16, p1: 1, p2: 2 | 8 | 16, p3: 4 | 8 | 16 };

/** One reading of a word form. */
export interface Morph {
  lemma: string;
  /** Part of speech: subst, adj, verb, ger, ppas, pact, prep, conj, num, adv, qub, brev… */
  pos: string;
  /** For verbs: fin, praet, inf, imps, impt, bedzie…; for prep: the governed cases live in `cases`. */
  form: string;
  cases: number;
  numbers: number;
  genders: number;
  /** Not from the dictionary: a guess by the name rules. */
  guessed: boolean;
}

const CASE_CODES: Record<string, number> = CASE;

type Reading = Omit<Morph, 'lemma' | 'guessed'>;

// Tags repeat across words (a few thousand distinct ones), so each is parsed once.
const parsed = new Map<string, Reading[]>();

/** Splits a tag into readings. */
export function parseTag(lemma: string, tag: string, guessed = false): Morph[] {
  let readings = parsed.get(tag);
  if (!readings) {
    readings = tag.split('+').map(parseReading);
    if (parsed.size < 50_000) parsed.set(tag, readings);
  }
  return readings.map((r) => ({ lemma, ...r, guessed }));
}

function parseReading(reading: string): Reading {
  const parts = reading.split(':');
  let pos = parts[0] ?? '';
  const form = pos === 'verb' ? (parts[1] ?? '') : '';
  let cases = 0;
  let numbers = 0;
  let genders = 0;
  for (let i = 1; i < parts.length; i++) {
    for (const alt of parts[i]!.split('.')) {
      const c = CASE_CODES[alt];
      if (c !== undefined) cases |= c;
      else if (alt === 'sg') numbers |= 1;
      else if (alt === 'pl') numbers |= 2;
      else if (GENDER_CODES[alt] !== undefined) genders |= GENDER_CODES[alt]!;
    }
  }
  if (pos === 'siebie') pos = 'pron';
  return { pos, form, cases, numbers, genders };
}

export const NOMINAL_POS = new Set(['subst', 'adj', 'num', 'ger', 'ppron3', 'ppron12', 'pron', 'depr', 'ppas', 'pact', 'adja']);

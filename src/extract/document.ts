// An analysed article: tokens with their readings, sentences, dates and quantities, and
// the small grammatical queries every later step asks of a word.
import { foldName } from '../model/normalize.ts';
import { isKnownWord, isProperNoun, type Lemmatizer } from '../lexicon/lemmatizer.ts';
import { CASE, NOMINAL_POS, type Morph } from '../lexicon/tags.ts';
import { findDates, type DateMention } from './dates.ts';
import { findQuantities, type QuantityMention } from './quantities.ts';
import { tokenize, type Sentence, type Token } from './tokens.ts';

export interface Word extends Token {
  morphs: Morph[];
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** All capitals, two letters or more: KRLD, KCNA, NATO. */
  acronym: boolean;
  /** Folded surface form and folded lemmas, for matching. */
  keys: string[];
}

export interface Doc {
  text: string;
  published: string;
  words: Word[];
  sentences: Sentence[];
  dates: DateMention[];
  quantities: QuantityMention[];
  lemmatizer: Lemmatizer;
}

/** Matching keys per word form, per dictionary: folding every lemma of every word is costly. */
const KEYS = new WeakMap<Lemmatizer, Map<string, string[]>>();

export function analyse(text: string, published: string, lemmatizer: Lemmatizer): Doc {
  const { tokens, sentences } = tokenize(text);
  let keyCache = KEYS.get(lemmatizer);
  if (!keyCache) KEYS.set(lemmatizer, (keyCache = new Map()));
  const words = tokens.map((t): Word => {
    const morphs = t.kind === 'word' || t.kind === 'abbr' ? lemmatizer.analyse(t.kind === 'abbr' ? t.text.replace(/\.$/, '') : t.text) : [];
    let keys = keyCache.get(t.text);
    if (!keys) {
      const set = new Set([foldName(t.text)]);
      for (const m of morphs) set.add(foldName(m.lemma));
      keys = [...set];
      if (keyCache.size > 200_000) keyCache.clear();
      keyCache.set(t.text, keys);
    }
    return {
      ...t,
      morphs,
      cap: /^\p{Lu}/u.test(t.text),
      acronym: t.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.text),
      keys,
    };
  });
  const dates: DateMention[] = [];
  const quantities: QuantityMention[] = [];
  for (const s of sentences) {
    const found = findDates(tokens, published, ...s.tokens);
    dates.push(...found);
    const taken = new Set<number>();
    for (const d of found) for (let i = d.first; i <= d.last; i++) taken.add(i);
    quantities.push(...findQuantities(tokens, ...s.tokens, taken));
  }
  return { text, published, words, sentences, dates, quantities, lemmatizer };
}

// ---- Queries on words ------------------------------------------------------------------

export function hasLemma(w: Word | undefined, ...lemmas: string[]): boolean {
  return !!w && w.morphs.some((m) => lemmas.includes(m.lemma.toLowerCase()));
}

/** The first lemma among `lemmas` that the word has, or undefined. */
export function lemmaIn<T>(w: Word | undefined, table: ReadonlySet<string> | Record<string, T>): string | undefined {
  if (!w) return undefined;
  const has = table instanceof Set ? (k: string) => table.has(k) : (k: string) => Object.hasOwn(table, k);
  for (const m of w.morphs) {
    const l = m.lemma.toLowerCase();
    if (has(l)) return l;
  }
  return undefined;
}

export function isPos(w: Word | undefined, ...pos: string[]): boolean {
  return !!w && w.morphs.some((m) => pos.includes(m.pos));
}

/** Only readings of these parts of speech (no noun or adjective reading competes). */
export function onlyPos(w: Word | undefined, ...pos: string[]): boolean {
  return !!w && w.morphs.length > 0 && w.morphs.every((m) => pos.includes(m.pos));
}

/** An adjective (or participle) that agrees with a noun in case, number and gender. */
export function agrees(adj: Word | undefined, noun: Word | undefined): boolean {
  if (!adj || !noun) return false;
  for (const a of adj.morphs) {
    if (a.pos !== 'adj' && a.pos !== 'ppas' && a.pos !== 'pact') continue;
    for (const n of noun.morphs)
      if ((n.pos === 'subst' || n.pos === 'ger') && a.cases & n.cases && a.numbers & n.numbers && (a.genders & n.genders || !n.genders)) return true;
  }
  return false;
}

export function isVerb(w: Word | undefined): boolean {
  return !!w && w.morphs.some((m) => m.pos === 'verb' && m.form !== 'ger');
}

/** Cases the word can take as part of a noun phrase. */
export function cases(w: Word | undefined): number {
  let c = 0;
  if (w) for (const m of w.morphs) if (NOMINAL_POS.has(m.pos)) c |= m.cases;
  return c;
}

/** Cases a preposition governs, or 0 when the word is not a preposition. */
export function prepCases(w: Word | undefined): number {
  let c = 0;
  if (w) for (const m of w.morphs) if (m.pos === 'prep') c |= m.cases;
  return c;
}

export function properNoun(w: Word): boolean {
  return isProperNoun(w.morphs);
}

export function knownWord(w: Word): boolean {
  return isKnownWord(w.morphs);
}

/** A preposition of place before a name: "w Pjongjangu", "do Rosji", "z Moskwy" (genitive "z"). */
export function spatialPreposition(w: Word | undefined, next: Word | undefined): boolean {
  if (!w) return false;
  if (/^(w|we|do|na|przy|koło|pod|nad|od|spod|ku|przez|wokół|obok)$/.test(w.lower)) return true;
  return /^(z|ze)$/.test(w.lower) && (cases(next) & CASE.gen) !== 0 && (cases(next) & CASE.inst) === 0;
}

/** Words of the clause around word `i` (between commas, dashes, "że" and sentence ends). */
export function clauseWords(doc: Doc, i: number): Word[] {
  const words = doc.words;
  const [from, to] = doc.sentences[words[i]!.sentence]!.tokens;
  let a = i;
  while (a > from && !clauseBreak(words[a - 1]!)) a--;
  let b = i;
  while (b + 1 < to && !clauseBreak(words[b + 1]!)) b++;
  return words.slice(a, b + 1);
}

function clauseBreak(w: Word): boolean {
  return /^[,;:–—]$/.test(w.text) || /^(że|który|która|które|którzy|których|gdzie|choć|ale)$/.test(w.lower);
}

export const sentenceOf = (doc: Doc, i: number): Sentence => doc.sentences[doc.words[i]!.sentence]!;

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
    for (const d of found) dates.push(d);
    const taken = new Set<number>();
    for (const d of found) for (let i = d.first; i <= d.last; i++) taken.add(i);
    for (const q of findQuantities(tokens, ...s.tokens, taken)) quantities.push(q);
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

/**
 * The clause around each word, `[left, right]` (between commas, dashes, "że" and sentence
 * ends; a break word's clause reaches over both neighbours), computed once per article: a
 * rescan per word made a long clause quadratic.
 */
interface Clauses {
  left: Int32Array;
  right: Int32Array;
  /** Prefix counts of the words that pass a test, per test (a lemma list or a query). */
  counts: Map<unknown, Int32Array>;
}

const CLAUSES = new WeakMap<Doc, Clauses>();

function clauses(doc: Doc): Clauses {
  let c = CLAUSES.get(doc);
  if (c) return c;
  const words = doc.words;
  const n = words.length;
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const brk = words.map(clauseBreak);
  for (const s of doc.sentences) {
    const [from, to] = s.tokens;
    for (let i = from; i < to; i++) left[i] = i > from && !brk[i - 1] ? left[i - 1]! : i;
    for (let i = to - 1; i >= from; i--) right[i] = i + 1 < to && !brk[i + 1] ? right[i + 1]! : i;
  }
  c = { left, right, counts: new Map() };
  CLAUSES.set(doc, c);
  return c;
}

/**
 * Whether a word of the clause around `i` passes `test`. `key` names the test (pass the
 * same constant each time): its prefix counts are computed once per article.
 */
export function clauseHas(doc: Doc, i: number, key: unknown, test: (w: Word) => boolean): boolean {
  const c = clauses(doc);
  let prefix = c.counts.get(key);
  if (!prefix) {
    prefix = new Int32Array(doc.words.length + 1);
    for (let k = 0; k < doc.words.length; k++) prefix[k + 1] = prefix[k]! + (test(doc.words[k]!) ? 1 : 0);
    c.counts.set(key, prefix);
  }
  return prefix[c.right[i]! + 1]! - prefix[c.left[i]!]! > 0;
}

/** Whether the clause around `i` has a word with one of `lemmas` (a constant list). */
export function clauseHasLemma(doc: Doc, i: number, lemmas: readonly string[]): boolean {
  return clauseHas(doc, i, lemmas, (w) => hasLemma(w, ...lemmas));
}

function clauseBreak(w: Word): boolean {
  return /^[,;:–—]$/.test(w.text) || /^(że|który|która|które|którzy|których|gdzie|choć|ale)$/.test(w.lower);
}

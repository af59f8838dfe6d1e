// Lemma-normalised phrase matching: a name ("Kim Dzong Una", "Korea Północna", "wojskami
// ukraińskimi") is stored as the keys of its words (folded form and lemmas), so any
// inflected form in an article matches it: "Kim Dzong Unem", "Korei Północnej",
// "wojsk ukraińskich". A capitalised word of a name only matches a capitalised word, and
// an acronym only itself.
import type { Lemmatizer } from '../lexicon/lemmatizer.ts';
import { analyse, type Word } from './document.ts';

interface PhraseWord {
  keys: Set<string>;
  cap: boolean;
  acronym: string | null;
}

interface Phrase<T> {
  words: PhraseWord[];
  value: T;
}

export interface PhraseMatch<T> {
  first: number;
  last: number;
  values: T[];
}

export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Array<Phrase<T>>>();

  constructor(private readonly lemmatizer: Lemmatizer) {}

  /**
   * Adds a name; returns false when it has no word to match. With `proper`, its
   * capitalised words only match capitalised words ("Kima" the name, not "kim" the pronoun).
   */
  add(name: string, value: T, proper = true): boolean {
    const words = analyse(name, '2000-01-01', this.lemmatizer)
      .words.filter((w) => w.kind !== 'punct' || /[&.]/.test(w.text))
      .map((w): PhraseWord => ({ keys: new Set(w.keys), cap: proper && w.cap, acronym: w.acronym ? w.text : null }));
    if (!words.length) return false;
    const phrase = { words, value };
    for (const k of words[0]!.keys) {
      const list = this.byKey.get(k);
      if (list) list.push(phrase);
      else this.byKey.set(k, [phrase]);
    }
    return true;
  }

  /** The longest phrases that start at word `i`, or null. */
  longestAt(words: readonly Word[], i: number): PhraseMatch<T> | null {
    const seen = new Set<Phrase<T>>();
    let best: PhraseMatch<T> | null = null;
    for (const k of words[i]!.keys)
      for (const p of this.byKey.get(k) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const n = p.words.length;
        if (i + n > words.length || (best && n < best.last - best.first + 1)) continue;
        if (!p.words.every((pw, j) => wordMatches(pw, words[i + j]!) && (j === 0 || words[i + j]!.sentence === words[i]!.sentence))) continue;
        if (best && n === best.last - best.first + 1) best.values.push(p.value);
        else best = { first: i, last: i + n - 1, values: [p.value] };
      }
    return best;
  }
}

function wordMatches(pw: PhraseWord, w: Word): boolean {
  if (pw.acronym) return w.text === pw.acronym;
  if (pw.cap && !w.cap) return false;
  for (const k of w.keys) if (pw.keys.has(k)) return true;
  return false;
}

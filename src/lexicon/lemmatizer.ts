// Lemmas and grammatical readings of Polish words: the Morfologik dictionary first, then
// the lowercase form (sentence-initial or title-case words), the last part of a hyphenated
// compound, and for capitalised words without a proper-noun reading the name rules.
import type { MorfologikDictionary } from './morfologik.ts';
import { guessName } from './names.ts';
import { parseTag, type Morph } from './tags.ts';

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /^[\p{L}\p{M}'’-]+$/u;

export class Lemmatizer {
  private readonly cache = new Map<string, Morph[]>();

  constructor(readonly dictionary: MorfologikDictionary) {}

  /** Readings of a word form, dictionary readings first. Cached per form. */
  analyse(word: string): Morph[] {
    let out = this.cache.get(word);
    if (!out) {
      out = this.compute(word);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(word, out);
    }
    return out;
  }

  /** Readings straight from the dictionary, uncached (what the throughput figure measures). */
  lookup(word: string): Morph[] {
    return this.dictionary.lookup(word).flatMap((a) => parseTag(a.lemma, a.tag));
  }

  private compute(word: string): Morph[] {
    const out = this.lookup(word);
    const capitalised = CAPITALISED.test(word);
    if (capitalised) {
      const lower = word.toLowerCase();
      if (lower !== word) out.push(...this.lookup(lower));
      const first = word[0]! + word.slice(1).toLowerCase();
      if (first !== word && first !== lower) out.push(...this.lookup(first));
    }
    const dash = word.lastIndexOf('-');
    if (out.length === 0 && dash > 0 && dash < word.length - 1) {
      // "Ludowo-Demokratycznej", "wojskowo-technicznej": the last part declines.
      const head = word.slice(0, dash + 1);
      for (const m of this.analyse(word.slice(dash + 1))) if (!m.guessed) out.push({ ...m, lemma: head + m.lemma });
    }
    if (capitalised && LETTERS.test(word) && !out.some((m) => CAPITALISED.test(m.lemma))) out.push(...guessName(word));
    return out;
  }
}

/** Whether some reading is a proper noun from the dictionary (a capitalised lemma). */
export function isProperNoun(morphs: readonly Morph[]): boolean {
  return morphs.some((m) => !m.guessed && m.pos === 'subst' && CAPITALISED.test(m.lemma));
}

/** Whether the dictionary knows the word at all (not only the name rules). */
export function isKnownWord(morphs: readonly Morph[]): boolean {
  return morphs.some((m) => !m.guessed);
}

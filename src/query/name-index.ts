// Finds entities by id, name or alias in either language, whatever the case, the
// diacritics, the Unicode normalisation or (as a fallback) the Polish inflection.
import { foldName } from '../model/normalize.ts';
import { stemPhrase } from './stem.ts';

export type MatchKind = 'id' | 'name' | 'alias' | 'stem' | 'words';

export interface NameEntry {
  id: string;
  names: string[];
  aliases: string[];
  /** Ranks equally good matches (e.g. PageRank). */
  weight: number;
}

export interface NameMatch {
  id: string;
  /** The name or alias that matched, as written in the knowledge base. */
  matched: string;
  kind: MatchKind;
  score: number;
}

/**
 * Polish and English function words (folded). On its own, one of these or a single letter
 * names nothing: it is inside almost every long name ("Traktat o …", "wojna w …").
 */
const STOP_WORDS = new Set(
  'a i o u w z we ze na do od po za ku to sie nie jak czy lub oraz dla pod nad przy przez bez ale jest sa the of and in on at to for by an or with from as is'.split(
    ' ',
  ),
);

/** True when the folded text is only single letters and function words. */
export function namesNothing(folded: string): boolean {
  return folded.split(' ').every((w) => w.length < 2 || STOP_WORDS.has(w));
}

const KIND_SCORE: Record<MatchKind, number> = { id: 0, name: 1, alias: 2, stem: 3, words: 4 };

export class NameIndex {
  private readonly exact = new Map<string, Array<{ id: string; text: string; kind: MatchKind }>>();
  private readonly stems = new Map<string, Array<{ id: string; text: string }>>();
  private readonly keys: Array<{ key: string; stem: string; id: string; text: string }> = [];
  private readonly weight = new Map<string, number>();

  constructor(entries: Iterable<NameEntry>) {
    for (const e of entries) {
      this.weight.set(e.id, e.weight);
      this.add(e.id, e.id, 'id');
      for (const n of e.names) this.add(e.id, n, 'name');
      for (const a of e.aliases) this.add(e.id, a, 'alias');
    }
  }

  private add(id: string, text: string, kind: MatchKind): void {
    const key = foldName(text);
    if (!key) return;
    const stem = stemPhrase(key);
    push(this.exact, key, { id, text, kind });
    push(this.stems, stem, { id, text });
    if (kind !== 'id') this.keys.push({ key, stem, id, text });
  }

  /**
   * Entities the text names, best first: exactly (after folding), else by stems, else as
   * whole words inside a longer name ("kurskim" in "obwodzie kurskim"). Single letters and
   * function words match only exactly.
   */
  resolve(text: string): NameMatch[] {
    const key = foldName(text);
    if (!key) return [];
    const exact = (this.exact.get(key) ?? []).map((h) => ({ id: h.id, matched: h.text, kind: h.kind, score: KIND_SCORE[h.kind] }));
    if (exact.length) return this.rank(exact);
    // Only an entity named exactly so answers to "a", "w" or "na".
    if (namesNothing(key)) return [];
    const stem = stemPhrase(key);
    const stems = (this.stems.get(stem) ?? []).map((h) => ({ id: h.id, matched: h.text, kind: 'stem' as const, score: KIND_SCORE.stem }));
    if (stems.length) return this.rank(stems);
    const words: NameMatch[] = [];
    for (const k of this.keys)
      if (` ${k.key} `.includes(` ${key} `) || ` ${k.stem} `.includes(` ${stem} `))
        // The more of the name the words cover, the better the match.
        words.push({ id: k.id, matched: k.text, kind: 'words', score: KIND_SCORE.words + 1 - key.length / k.key.length });
    return this.rank(words);
  }

  /** Autocomplete: entities whose names or aliases start with, or contain, the text. */
  search(text: string, limit = 10): NameMatch[] {
    const q = foldName(text);
    if (!q) return [];
    const out: NameMatch[] = [...this.resolve(text)];
    for (const { key, id, text: t } of this.keys) {
      const score = key.startsWith(q) ? 5 : key.includes(` ${q}`) ? 6 : key.includes(q) ? 7 : -1;
      if (score >= 0) out.push({ id, matched: t, kind: 'alias', score });
    }
    return this.rank(out).slice(0, limit);
  }

  private rank(matches: NameMatch[]): NameMatch[] {
    const best = new Map<string, NameMatch>();
    for (const m of matches) {
      const prev = best.get(m.id);
      if (!prev || m.score < prev.score) best.set(m.id, m);
    }
    return [...best.values()].sort(
      (a, b) => a.score - b.score || (this.weight.get(b.id) ?? 0) - (this.weight.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

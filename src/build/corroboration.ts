// How many sources, outlets and independent outlets carry a relation. Two sources of one
// outlet are one outlet; a wire story copied by two outlets, or one sentence passed from
// text to text, counts once as independent. Copies are found by shingling: the sets of
// word n-grams of two texts, compared by their overlap over the smaller set (so a copy
// with a paragraph added is still a copy). Texts are compared only when a relation holds
// evidence from both, and each pair once.
import type { Corroboration, ResolvedEvidence } from '../model/types.ts';

/** Whole texts sharing this share of the smaller one's 5-word shingles are one story. */
export const TEXT_OVERLAP = 0.5;
/** Sentences sharing this share of the smaller one's 3-word shingles are one passage. */
export const SENTENCE_OVERLAP = 0.8;

function shingles(text: string, n: number): Set<string> {
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** Share of the smaller set found in the larger one (0 when either is empty). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export class Independence {
  private readonly textShingles = new Map<string, Set<string>>();
  private readonly sameStoryCache = new Map<string, boolean>();

  /** `texts` by source id; `sentence` gives an evidence item's sentence text. */
  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly sentence: (e: ResolvedEvidence) => string,
  ) {}

  /** Whether two sources are copies of one story. */
  sameStory(a: string, b: string): boolean {
    if (a === b) return true;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let same = this.sameStoryCache.get(key);
    if (same === undefined) this.sameStoryCache.set(key, (same = overlap(this.shinglesOf(a), this.shinglesOf(b)) >= TEXT_OVERLAP));
    return same;
  }

  corroboration(evidence: readonly ResolvedEvidence[]): Corroboration {
    const sources = new Set(evidence.map((e) => e.source));
    const outlets = new Set(evidence.map((e) => e.outlet));
    // Union-find over the evidence items: one outlet, one story or one passage joins them.
    const parent = evidence.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const sentences = evidence.map((e) => shingles(this.sentence(e), 3));
    for (let i = 0; i < evidence.length; i++)
      for (let j = i + 1; j < evidence.length; j++) {
        if (find(i) === find(j)) continue;
        const [a, b] = [evidence[i]!, evidence[j]!];
        if (a.outlet === b.outlet || this.sameStory(a.source, b.source) || overlap(sentences[i]!, sentences[j]!) >= SENTENCE_OVERLAP) parent[find(j)] = find(i);
      }
    const independent = new Set(evidence.map((_, i) => find(i)));
    return { sources: sources.size, outlets: outlets.size, independentOutlets: independent.size };
  }

  private shinglesOf(id: string): Set<string> {
    let set = this.textShingles.get(id);
    if (!set) this.textShingles.set(id, (set = shingles(this.texts.get(id) ?? '', 5)));
    return set;
  }
}

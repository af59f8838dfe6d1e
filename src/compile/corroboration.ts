// How many sources, outlets and independent outlets carry a relation. Two sources of one
// outlet are one outlet; a wire story copied by two outlets, or one sentence passed from
// text to text, counts once as independent. Copies are found by shingling: the sets of
// word n-grams of two texts, compared by their overlap over the smaller set (so a copy
// with a paragraph added is still a copy). Texts are compared only when a relation holds
// evidence from both, and each pair once.
import type { Corroboration, ResolvedEvidence } from '../model/types.ts';

/** Whole texts sharing this share of the smaller one's 5-word shingles are one story. */
const TEXT_OVERLAP = 0.5;
/** Sentences sharing this share of the smaller one's 3-word shingles are one passage. */
const SENTENCE_OVERLAP = 0.8;

/**
 * The text's word n-grams, each as a 32-bit hash of its words' ids (a text shorter than n
 * words is one shingle). Hashes, not strings: shingling every source of a large knowledge
 * base as joined strings took most of the build; a collision only nudges a similarity.
 */
function shingles(text: string, n: number, ids: Map<string, number>): Set<number> {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const codes = words.map((w) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size + 1));
    return id;
  });
  const out = new Set<number>();
  const width = Math.min(n, codes.length);
  for (let i = 0; width > 0 && i + width <= codes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + width; k++) h = Math.imul(h ^ codes[k]!, 0x01000193) >>> 0;
    out.add(h);
  }
  return out;
}

/** Share of the smaller set found in the larger one (0 when either is empty). */
function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export class Independence {
  private readonly textShingles = new Map<string, Set<number>>();
  private readonly wordIds = new Map<string, number>();
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
    const outlets = new Set(evidence.map((e) => e.outlet));
    // Most relations have one outlet: nothing to compare.
    if (outlets.size <= 1) return { sources: new Set(evidence.map((e) => e.source)).size, outlets: outlets.size, independentOutlets: outlets.size };
    // Union-find over the evidence items: one outlet, one story or one passage joins them.
    const parent = evidence.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const sentences: Array<Set<number> | undefined> = [];
    const sentenceOf = (i: number) => (sentences[i] ??= shingles(this.sentence(evidence[i]!), 3, this.wordIds));
    for (let i = 0; i < evidence.length; i++)
      for (let j = i + 1; j < evidence.length; j++) {
        if (find(i) === find(j)) continue;
        const [a, b] = [evidence[i]!, evidence[j]!];
        if (a.outlet === b.outlet || this.sameStory(a.source, b.source) || overlap(sentenceOf(i), sentenceOf(j)) >= SENTENCE_OVERLAP) parent[find(j)] = find(i);
      }
    const independent = new Set(evidence.map((_, i) => find(i)));
    return { sources: new Set(evidence.map((e) => e.source)).size, outlets: outlets.size, independentOutlets: independent.size };
  }

  private shinglesOf(id: string): Set<number> {
    let set = this.textShingles.get(id);
    if (!set) this.textShingles.set(id, (set = shingles(this.texts.get(id) ?? '', 5, this.wordIds)));
    return set;
  }
}

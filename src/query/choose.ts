// What a typed name means: one entity (exactly, by an alias or by a fuzzy match) or several
// about equally, which the caller must list rather than guess between.
import type { MatchKind, NameMatch } from './name-index.ts';

export type MatchQuality = 'exact' | 'alias' | 'fuzzy';

export type NameResolution =
  /** One entity stands out; `fuzzy` when only a stem or the words of a longer name matched. */
  | { match: MatchQuality; id: string; matched: string; candidates: NameMatch[] }
  /** Several entities match about equally well: the candidates, best first. */
  | { match: 'ambiguous'; candidates: NameMatch[] }
  | { match: 'none'; candidates: [] };

const QUALITY: Record<MatchKind, MatchQuality> = { id: 'exact', name: 'exact', alias: 'alias', stem: 'fuzzy', words: 'fuzzy' };

/**
 * Matches of the same kind within this score of the best one are "about equal": within a
 * kind, scores differ only for words inside longer names (by how much of the name they cover).
 */
const TIE = 0.2;

/** Chooses among NameIndex matches (best first, as `NameIndex.resolve` gives them). */
export function chooseMatch(matches: NameMatch[]): NameResolution {
  const best = matches[0];
  if (!best) return { match: 'none', candidates: [] };
  // An id names one entity; so does a name or alias no other entity has.
  const tied = best.kind === 'id' ? [best] : matches.filter((m) => m.kind === best.kind && m.score - best.score <= TIE);
  if (tied.length > 1) return { match: 'ambiguous', candidates: tied };
  return { match: QUALITY[best.kind], id: best.id, matched: best.matched, candidates: matches };
}

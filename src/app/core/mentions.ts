// Entity mentions in a source text, found through names and aliases: longest first, whole
// words only, insensitive to case and diacritics like every name lookup (`foldName`).
import { foldName } from '../../model/normalize.ts';

export interface Mention {
  start: number;
  end: number;
  entity: string;
}

export interface NamedEntity {
  id: string;
  names: string[];
}

interface Folded {
  text: string;
  /** `origin[i]` is the index in the original text of folded character i. */
  origin: number[];
}

const SEPARATOR = /[\s\-_]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds text character by character, remembering where each folded character came from. */
export function foldWithOffsets(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const piece = SEPARATOR.test(ch) ? (out.endsWith(' ') ? '' : ' ') : foldName(ch);
    for (const c of piece) {
      out += c;
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

const isAcronym = (name: string) => name.length >= 2 && name === name.toUpperCase() && name !== name.toLowerCase();

interface Candidate {
  entity: string;
  name: string;
  key: string;
}

export interface MentionIndex {
  /** Mentions sorted by position; overlapping candidates go to the longest name. */
  find(text: string): Mention[];
}

/**
 * Names folded once, then looked up by key at each place a word may start: the cost of a
 * text grows with its length times the number of distinct name lengths, not with the
 * number of names (a knowledge base of 50,000 entities has over 100,000).
 */
export function mentionIndex(entities: NamedEntity[]): MentionIndex {
  const candidates: Candidate[] = entities.flatMap((e) =>
    [...new Set(e.names)].map((name) => ({ entity: e.id, name, key: foldName(name) })).filter((c) => c.key.length > 1),
  );
  // Claiming order: longest key first, then entity id, then the order names are listed in.
  candidates.sort((a, b) => b.key.length - a.key.length || a.entity.localeCompare(b.entity));
  const byKey = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const list = byKey.get(c.key);
    if (list) list.push(i);
    else byKey.set(c.key, [i]);
  });
  const lengths = [...new Set(candidates.map((c) => c.key.length))];

  return {
    find(text) {
      const folded = foldWithOffsets(text);
      const f = folded.text;
      const hits: Array<[candidate: number, at: number]> = [];
      for (let at = 0; at < f.length; at++) {
        if (WORD_CHAR.test(f[at - 1] ?? '')) continue;
        for (const length of lengths) {
          const end = at + length;
          if (end > f.length || WORD_CHAR.test(f[end] ?? '')) continue;
          const list = byKey.get(f.slice(at, end));
          if (list) for (const c of list) hits.push([c, at]);
        }
      }
      hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const claimed = new Uint8Array(f.length);
      const mentions: Mention[] = [];
      for (const [c, at] of hits) {
        const { entity, name, key } = candidates[c]!;
        const end = at + key.length;
        if (claimed.subarray(at, end).some((x) => x === 1)) continue;
        const start = folded.origin[at]!;
        const stop = folded.origin[end - 1]! + (text.codePointAt(folded.origin[end - 1]!)! > 0xffff ? 2 : 1);
        // Acronyms match their case only: "USA" the country, never "usa" inside a sentence.
        if (isAcronym(name) && text.slice(start, stop) !== name) continue;
        claimed.fill(1, at, end);
        mentions.push({ start, end: stop, entity });
      }
      return mentions.sort((a, b) => a.start - b.start);
    },
  };
}

/** Mentions sorted by position; overlapping candidates go to the longest name. */
export function findMentions(text: string, entities: NamedEntity[]): Mention[] {
  return mentionIndex(entities).find(text);
}

/**
 * Mentions from elsewhere (the extractor's) made fit for the source panel: sorted by
 * position and never overlapping, the longest span winning where two meet
 * ("północnokoreańskim żołnierzom" over "północnokoreańskim").
 */
export function disjointMentions(mentions: Iterable<Mention>, textLength: number): Mention[] {
  const byLength = [...mentions]
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= textLength && m.start < m.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entity.localeCompare(b.entity));
  const kept: Mention[] = [];
  for (const m of byLength) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

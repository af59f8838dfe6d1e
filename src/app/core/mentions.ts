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

/** Mentions sorted by position; overlapping candidates go to the longest name. */
export function findMentions(text: string, entities: NamedEntity[]): Mention[] {
  const folded = foldWithOffsets(text);
  const candidates = entities.flatMap((e) =>
    [...new Set(e.names)].map((name) => ({ entity: e.id, name, key: foldName(name) })).filter((c) => c.key.length > 1),
  );
  candidates.sort((a, b) => b.key.length - a.key.length || a.entity.localeCompare(b.entity));
  const claimed = new Uint8Array(folded.text.length);
  const mentions: Mention[] = [];
  for (const { entity, name, key } of candidates) {
    for (let at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (WORD_CHAR.test(folded.text[at - 1] ?? '') || WORD_CHAR.test(folded.text[end] ?? '')) continue;
      if (claimed.subarray(at, end).some((c) => c === 1)) continue;
      const start = folded.origin[at]!;
      const stop = folded.origin[end - 1]! + (text.codePointAt(folded.origin[end - 1]!)! > 0xffff ? 2 : 1);
      // Acronyms match their case only: "USA" the country, never "usa" inside a sentence.
      if (isAcronym(name) && text.slice(start, stop) !== name) continue;
      claimed.fill(1, at, end);
      mentions.push({ start, end: stop, entity });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
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

// Polish tokens within sentences. Abbreviations keep their dot ("tys.", "gen.", "m.in.",
// "r."), numbers stay whole ("4,7", "1 000", "17.06.2025") and hyphenated compounds are one
// word ("Ludowo-Demokratycznej"). Sentences come from src/text/sentences.ts.
import { INNER, TITLES, splitSentences } from '../text/sentences.ts';

export type TokenKind = 'word' | 'number' | 'abbr' | 'punct';

export interface Token {
  /** Index in the article's token list. */
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  sentence: number;
  /** First word of its sentence (after any opening quotation mark or bracket). */
  initial: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token indices `[first, last)`. */
  tokens: [number, number];
  /** Paragraph number: a heading is its own paragraph. */
  paragraph: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * The longest sentence read as one, in tokens (news sentences run to 40 or so). A longer one,
 * such as text without full stops, is read in pieces of at most this many.
 */
export const MAX_SENTENCE_TOKENS = 120;

const ABBREVIATIONS = new Set([...TITLES, ...INNER, 'ds', 'wiceadm', 'gen. dyw', 'tzn', 'ws', 'mjr', 'płk', 'sierż', 'szer', 'kmdr', 'ppłk', 'b', 'ub', 'br']);

const TOKEN =
  /(\d{1,2}\.\d{1,2}\.\d{4})|(\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(m\.in\.|tj\.|tzn\.|p\.n\.e\.|n\.e\.)|([\p{L}\p{M}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{M}]+)*)|(\S)/gu;
const OPENING = /^[„"“«([‚'–-]$/;

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const [start, end] of splitSentences(text)) {
    if (/\n\s*\n/.test(text.slice(lastEnd, start))) paragraph++;
    lastEnd = end;
    const first = tokens.length;
    const slice = text.slice(start, end);
    let initial = true;
    for (const m of slice.matchAll(TOKEN)) {
      let s = start + m.index;
      let e = s + m[0].length;
      let kind: TokenKind = m[1] || m[2] ? 'number' : m[3] ? 'abbr' : m[4] ? 'word' : 'punct';
      if (kind === 'word' && text[e] === '.' && (ABBREVIATIONS.has(m[0].toLowerCase()) || /^\p{Lu}$/u.test(m[0]))) {
        // "tys." and "gen." keep their dot; so does an initial ("J. Kowalski").
        e++;
        kind = 'abbr';
      }
      if (tokens.length > first && tokens[tokens.length - 1]!.end > s) continue; // the dot taken by an abbreviation
      const t = text.slice(s, e);
      tokens.push({
        i: tokens.length,
        text: t,
        lower: t.toLowerCase(),
        start: s,
        end: e,
        kind,
        sentence: sentences.length,
        initial: initial && kind !== 'punct',
      });
      if (kind !== 'punct' || !OPENING.test(t)) initial = false;
      s = e;
    }
    // A sentence past MAX_SENTENCE_TOKENS is read in pieces, each ending at a punctuation
    // mark where one comes late enough: every later step works within a sentence, and
    // some compare each word or mention with the others there.
    let from = first;
    while (tokens.length - from > MAX_SENTENCE_TOKENS) {
      let cut = from + MAX_SENTENCE_TOKENS;
      for (let k = cut - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--)
        if (tokens[k]!.kind === 'punct' && !OPENING.test(tokens[k]!.text)) {
          cut = k + 1;
          break;
        }
      for (let k = from; k < cut; k++) tokens[k]!.sentence = sentences.length;
      sentences.push({ index: sentences.length, start: tokens[from]!.start, end: tokens[cut - 1]!.end, tokens: [from, cut], paragraph });
      from = cut;
    }
    for (let k = from; k < tokens.length; k++) tokens[k]!.sentence = sentences.length;
    sentences.push({ index: sentences.length, start: from === first ? start : tokens[from]!.start, end, tokens: [from, tokens.length], paragraph });
  }
  return { text, tokens, sentences };
}

/** A number token's value: "4,7" -> 4.7, "1 000" -> 1000. NaN for other tokens. */
export function numberValue(token: Token): number {
  if (token.kind !== 'number' || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(token.text)) return NaN;
  return Number(token.text.replace(/[ \u00a0]/g, '').replace(',', '.'));
}

// Finds an evidence quote in its source text. Forgiven: differences in whitespace runs,
// Unicode normalisation (NFC or NFD) and the style of quotation marks („…”, “…”, "…").
// Anything else (a letter, a comma, case) must match exactly, and a quote is whole words:
// one that starts (ends) with a letter or digit does not match after (before) another.

export interface Span {
  start: number;
  end: number;
}

/** Words written around a quote to say which of its occurrences is meant (as the prefix and suffix of a W3C TextQuoteSelector). */
export interface QuoteContext {
  /** The words right before the quote. */
  prefix?: string;
  /** The words right after it. */
  suffix?: string;
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** Answers of WORD below U+3000, filled as asked: 0 not yet known, 1 a word character, 2 not. */
const WORD_BELOW_3000 = new Uint8Array(0x3000);
/** A letter, digit or combining mark (which belongs to the letter before it). */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp >= 0x3000) return WORD.test(String.fromCodePoint(cp));
  let known = WORD_BELOW_3000[cp]!;
  if (!known) WORD_BELOW_3000[cp] = known = WORD.test(String.fromCodePoint(cp)) ? 1 : 2;
  return known === 1;
}

/** The span widened to the whole words it starts and ends in (what a quote that cuts a word should say). */
export function widenToWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && isWordChar(codePointBefore(text, start))) start -= codePointBefore(text, start) > 0xffff ? 2 : 1;
  while (end < text.length && isWordChar(text.codePointAt(end)!)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return { start, end };
}

/** The code point that ends just before `at` (0 at the start). */
function codePointBefore(s: string, at: number): number {
  if (at <= 0) return 0;
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(at - 2)!;
  }
  return low;
}

/** Whether `needle`, found at `at` of `s`, neither starts nor ends inside a word. */
function wholeWords(s: string, at: number, needle: string): boolean {
  const end = at + needle.length;
  if (isWordChar(needle.codePointAt(0)!) && at > 0 && isWordChar(codePointBefore(s, at))) return false;
  if (isWordChar(codePointBefore(needle, needle.length)) && end < s.length && isWordChar(s.codePointAt(end)!)) return false;
  return true;
}

const QUOTE_MARKS = /["„”“«»″]/g;
const APOSTROPHES = /['’‘‚`]/g;

function foldMarks(s: string): string {
  return s.replace(QUOTE_MARKS, '"').replace(APOSTROPHES, "'");
}

/** The quote as it is compared: NFC, quotation marks folded, whitespace runs collapsed. */
function comparableQuote(quote: string): string {
  return isComparable(quote) ? quote : foldMarks(quote.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Whether a quote is its own comparable form: characters below U+0300, single inner spaces, no marks to fold. */
function isComparable(quote: string): boolean {
  const n = quote.length;
  if (!n || quote.charCodeAt(0) === 32 || quote.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = quote.charCodeAt(i);
    if (c >= 0x300 || c === 96 || c === 0xab || c === 0xbb) return false;
    if (c === 32 ? quote.charCodeAt(i + 1) === 32 : isWhitespace(c)) return false;
  }
  return true;
}

/** `\s` of a regular expression, as a test on one UTF-16 unit. */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const MARK = /^\p{M}$/u;
/** No combining mark lies below U+0300, so most characters need no regular expression. */
const isMark = (cp: number) => cp >= 0x300 && MARK.test(String.fromCodePoint(cp));
/** Longest cluster taken as one unit (a base character with its marks), in UTF-16 units. */
const MAX_CLUSTER = 32;

/**
 * A comparable view of a text with a map back to original offsets, built once per
 * source so every quote can be searched in it. Typed arrays and runs of unchanged
 * characters keep it fast and small on long texts.
 */
export class CollapsedText {
  readonly collapsed: string;
  /** Per collapsed character: where its cluster (or whitespace run) starts and ends in `text`. */
  private readonly origin: Int32Array;
  private readonly originEnd: Int32Array;

  constructor(readonly text: string) {
    let origin = new Int32Array(text.length + 16);
    let originEnd = new Int32Array(text.length + 16);
    const parts: string[] = [];
    let k = 0;
    // Characters that stay as they are accumulate as one run, copied with a single slice.
    let runStart = 0;
    const flush = (until: number) => {
      if (until > runStart) parts.push(text.slice(runStart, until));
    };
    const emit = (s: string, from: number, to: number) => {
      if (k + s.length > origin.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(Math.max(a.length * 2, k + s.length));
          b.set(a);
          return b;
        };
        origin = grow(origin);
        originEnd = grow(originEnd);
      }
      for (let m = 0; m < s.length; m++, k++) {
        origin[k] = from;
        originEnd[k] = to;
      }
    };
    const cache = new Map<string, string>();
    const length = text.length;
    let i = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      // Most characters stay as they are and map to themselves: a lone character below
      // U+0300 that is no quotation mark nor whitespace (a single space before a character
      // that is no whitespace counts too), not followed by a combining mark. They are
      // mapped here without the general path's calls (500 sources of the 100k knowledge
      // base, 8 M characters: 103 → 50 ms of CPU).
      if (k < origin.length) {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
        const plain =
          c === 32 ? !isWhitespace(next) : c > 32 && c < 0x300 && c !== 34 && c !== 39 && c !== 96 && c !== 0xa0 && c !== 0xab && c !== 0xbb && next < 0x300;
        if (plain) {
          origin[k] = i;
          originEnd[k++] = ++i;
          continue;
        }
      }
      if (isWhitespace(c)) {
        let j = i + 1;
        while (j < length && isWhitespace(text.charCodeAt(j))) j++;
        if (j - i > 1 || c !== 32) {
          flush(i);
          parts.push(' ');
          runStart = j;
        }
        emit(' ', i, j);
        i = j;
        continue;
      }
      const cp = text.codePointAt(i)!;
      let end = i + (cp > 0xffff ? 2 : 1);
      const limit = Math.min(text.length, i + MAX_CLUSTER);
      for (let next = end < limit ? text.codePointAt(end)! : 0; end < limit && isMark(next); next = end < limit ? text.codePointAt(end)! : 0) {
        const width = next > 0xffff ? 2 : 1;
        if (end + width > limit) break;
        end += width;
      }
      if (end - i === 1 && c < 0x300 && c !== 34 && c !== 39 && c !== 96 && c !== 0xab && c !== 0xbb) {
        // NFC leaves a lone character below U+0300 as it is, and it is no quotation mark.
        emit('x', i, end);
      } else {
        const cluster = text.slice(i, end);
        let folded = cache.get(cluster);
        if (folded === undefined) cache.set(cluster, (folded = foldMarks(cluster.normalize('NFC'))));
        if (folded !== cluster) {
          flush(i);
          parts.push(folded);
          runStart = end;
        }
        emit(folded, i, end);
      }
      i = end;
    }
    flush(text.length);
    this.collapsed = parts.join('');
    this.origin = origin;
    this.originEnd = originEnd;
  }

  /**
   * Every whole-word occurrence of `quote`, as spans of the original text; with a context,
   * only those with its prefix right before and its suffix right after (a space between
   * them and the quote allowed, as whole words too). With `wholeWords: false`, also the
   * occurrences that start or end inside a word.
   */
  findAll(quote: string, context: QuoteContext = {}, opts: { wholeWords?: boolean } = {}): Span[] {
    const needle = comparableQuote(quote);
    if (!needle) return [];
    const prefix = context.prefix === undefined ? '' : comparableQuote(context.prefix);
    const suffix = context.suffix === undefined ? '' : comparableQuote(context.suffix);
    const words = opts.wholeWords ?? true;
    const c = this.collapsed;
    const spans: Span[] = [];
    // A whole-word quote that starts with a word character can only start where a word
    // does: those places come from the index, the others from a scan of the whole text.
    const indexed = words && needle.length >= KEY_LENGTH && isWordChar(needle.codePointAt(0)!);
    const index = indexed ? (this.index ??= new WordStartIndex(c)) : null;
    const first = index ? index.first(needle) : c.indexOf(needle);
    for (let at = first; at >= 0; at = index ? index.next(at, needle) : c.indexOf(needle, at + 1)) {
      if (words && !wholeWords(c, at, needle)) continue;
      if (prefix) {
        const before = c.charCodeAt(at - 1) === 32 ? at - 1 : at;
        const from = before - prefix.length;
        if (from < 0 || !c.startsWith(prefix, from) || !wholeWords(c, from, prefix)) continue;
      }
      if (suffix) {
        const end = at + needle.length;
        const from = c.charCodeAt(end) === 32 ? end + 1 : end;
        if (!c.startsWith(suffix, from) || !wholeWords(c, from, suffix)) continue;
      }
      spans.push(this.span(at, needle.length));
    }
    return spans;
  }

  private index: WordStartIndex | undefined;

  private span(at: number, length: number): Span {
    return { start: this.origin[at]!, end: this.originEnd[at + length - 1]! };
  }
}

/** Characters of a word start that the index hashes; shorter quotes are searched by scanning. */
const KEY_LENGTH = 8;

/**
 * The places where a word starts in a collapsed text, by a hash of their first KEY_LENGTH
 * characters: a chained hash table on typed arrays, each chain in ascending order. Each
 * quote of a source was searched for with indexOf through the whole text, to find every
 * occurrence and warn of repeated ones (at 100k entities, 550k quotes in 5,000 sources of
 * ~16k characters: 1.2 s of CPU in the profile); with the index a quote visits only the
 * word starts that share its hash: 0.8 s, of which building the index is most.
 */
class WordStartIndex {
  private readonly head: Int32Array;
  private readonly link: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    const n = text.length;
    const starts = new Int32Array(n);
    let count = 0;
    let previousIsWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let word: boolean;
      if (c < 128) word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
      else if (c < 0xd800 || c > 0xdbff) word = isWordChar(c);
      else {
        const cp = text.codePointAt(i)!;
        word = isWordChar(cp);
        if (word && !previousIsWord && i + KEY_LENGTH <= n) starts[count++] = i;
        previousIsWord = word;
        if (cp > 0xffff) i++;
        continue;
      }
      if (word && !previousIsWord && i + KEY_LENGTH <= n) starts[count++] = i;
      previousIsWord = word;
    }
    let size = 16;
    while (size < 2 * count) size *= 2;
    this.mask = size - 1;
    this.head = new Int32Array(size).fill(-1);
    // link[p] is the next start after p in p's chain; the starts go in from the last, so
    // that each chain runs in ascending order.
    this.link = starts;
    for (let k = count - 1; k >= 0; k--) {
      const p = starts[k]!;
      const h = keyHash(text, p) & this.mask;
      // Each start is read before its slot is written over (slot p >= k).
      this.link[p] = this.head[h]!;
      this.head[h] = p;
    }
  }

  /** The first word start where `needle` (at least KEY_LENGTH long) occurs, or -1. */
  first(needle: string): number {
    return this.from(this.head[keyHash(needle, 0) & this.mask]!, needle);
  }

  /** The next word start after `at` (a result of first or next) where `needle` occurs, or -1. */
  next(at: number, needle: string): number {
    return this.from(this.link[at]!, needle);
  }

  private from(p: number, needle: string): number {
    for (; p >= 0; p = this.link[p]!) if (this.text.startsWith(needle, p)) return p;
    return -1;
  }
}

function keyHash(s: string, at: number): number {
  let h = 0;
  for (let j = 0; j < KEY_LENGTH; j++) h = Math.imul(h ^ s.charCodeAt(at + j), 0x01000193);
  return h ^ (h >>> 15);
}

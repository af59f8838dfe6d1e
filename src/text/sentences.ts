// Polish sentence boundaries. Intl.Segmenter splits after abbreviations ("gen.", "ok.")
// and slows sharply on long strings, so it runs per paragraph and abbreviation splits
// are joined back.

/** Titles and abbreviations that never end a sentence ("gen. Gierasimow", "m.in. Szojgu"). */
export const TITLES = [
  'gen',
  'płk',
  'ppłk',
  'mjr',
  'kpt',
  'por',
  'ppor',
  'prof',
  'dr',
  'ks',
  'św',
  'red',
  'min',
  'amb',
  'adm',
  'mec',
  'inż',
  'ok',
  'm.in',
  'tzw',
  'np',
  'ws',
  'ul',
  'wg',
  'nr',
  'im',
  'tj',
  'zob',
  'ang',
  'ros',
  'kor',
  'pt',
];
/** Abbreviations that end a sentence unless a lowercase word or digit follows ("5 tys. saperów"). */
export const INNER = ['tys', 'mln', 'mld', 'r', 'godz', 'itd', 'itp', 'proc', 'pkt', 'jw', 'dot'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_END = new RegExp(`(?:^|[\\s(„"])(?:${TITLES.map(escapeRegExp).join('|')})\\.\\s*$`, 'iu');
const INNER_END = new RegExp(`(?:^|[\\s(„"\\d])(?:${INNER.map(escapeRegExp).join('|')})\\.\\s*$`, 'iu');
const INITIAL_END = /(?:^|\s)\p{Lu}\.\s*$/u;

/** Characters Intl.Segmenter reads at a time (see `segments`). */
const SEGMENT_WINDOW = 2000;

/** Longer than any abbreviation with its dot and the character before it. */
const TAIL = 16;

export type SentenceSpan = [start: number, end: number];

let segmenter: Intl.Segmenter | undefined;

/** Sentence spans of a text, trimmed of surrounding whitespace; paragraphs never merge. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraph)) {
    const base = p.index;
    let pending: SentenceSpan | null = null;
    for (const seg of segments(p[0])) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const span: SentenceSpan = [base + seg.index + lead, base + seg.index + lead + trimmed.length];
      // Only the end of the sentence so far can hold the abbreviation: its whole text, tested
      // at every join, made a run of abbreviations quadratic.
      if (pending && joinsNext(text.slice(Math.max(pending[0], pending[1] - TAIL), pending[1]), trimmed)) {
        pending = [pending[0], span[1]];
      } else {
        if (pending) spans.push(pending);
        pending = span;
      }
    }
    if (pending) spans.push(pending);
  }
  return spans;
}

/**
 * Intl.Segmenter's sentence segments of a paragraph, `{ index, segment }`. Its cost grows
 * with the length of the string times the number of segments, so a long paragraph is read
 * in windows of about `window` characters: all but the last two segments of a window are
 * kept (a boundary is decided by the text up to the next full stop, which lies inside the
 * window), and the next window starts where the second-last began. A window with fewer
 * than three segments doubles until it has them or reaches the end.
 */
export function segments(paragraph: string, window = SEGMENT_WINDOW): Array<{ index: number; segment: string }> {
  segmenter ??= new Intl.Segmenter('pl', { granularity: 'sentence' });
  const out: Array<{ index: number; segment: string }> = [];
  let base = 0;
  let size = window;
  while (base < paragraph.length) {
    const end = Math.min(paragraph.length, base + size);
    const found = [...segmenter.segment(paragraph.slice(base, end))];
    if (end === paragraph.length) {
      for (const s of found) out.push({ index: base + s.index, segment: s.segment });
      break;
    }
    if (found.length < 3) {
      size *= 2;
      continue;
    }
    for (const s of found.slice(0, -2)) out.push({ index: base + s.index, segment: s.segment });
    base += found.at(-2)!.index;
    size = window;
  }
  return out;
}

function joinsNext(previous: string, next: string): boolean {
  if (TITLE_END.test(previous) || INITIAL_END.test(previous)) return true;
  return INNER_END.test(previous) && /^[\p{Ll}\d]/u.test(next);
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(spans: SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return lo < spans.length ? lo : spans.length - 1;
}

// Finds an evidence quote in its source text. Forgiven: differences in whitespace runs,
// Unicode normalisation (NFC or NFD) and the style of quotation marks („…”, “…”, "…").
// Anything else (a letter, a comma, case) must match exactly.

export interface Span {
  start: number;
  end: number;
}

const QUOTE_MARKS = /["„”“«»″]/g;
const APOSTROPHES = /['’‘‚`]/g;
const WHITESPACE = /\s/;

function foldMarks(s: string): string {
  return s.replace(QUOTE_MARKS, '"').replace(APOSTROPHES, "'");
}

/** The quote as it is compared: NFC, quotation marks folded, whitespace runs collapsed. */
export function comparableQuote(quote: string): string {
  return foldMarks(quote.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/**
 * A comparable view of a text with a map back to original offsets, built once per
 * source so every quote can be searched in it.
 */
export class CollapsedText {
  readonly collapsed: string;
  private readonly origin: number[] = [];
  private readonly originEnd: number[] = [];

  constructor(readonly text: string) {
    let out = '';
    let i = 0;
    while (i < text.length) {
      if (WHITESPACE.test(text[i]!)) {
        let j = i;
        while (j < text.length && WHITESPACE.test(text[j]!)) j++;
        out += ' ';
        this.origin.push(i);
        this.originEnd.push(j);
        i = j;
        continue;
      }
      // A base character with its combining marks, normalised as one unit.
      const cluster = /^.\p{M}*/su.exec(text.slice(i, i + 32))![0];
      const folded = foldMarks(cluster.normalize('NFC'));
      for (let k = 0; k < folded.length; k++) {
        this.origin.push(i);
        this.originEnd.push(i + cluster.length);
      }
      out += folded;
      i += cluster.length;
    }
    this.collapsed = out;
  }

  /** All occurrences of `quote`, as spans of the original text. */
  findAll(quote: string): Span[] {
    const needle = comparableQuote(quote);
    if (!needle) return [];
    const spans: Span[] = [];
    for (let at = this.collapsed.indexOf(needle); at >= 0; at = this.collapsed.indexOf(needle, at + 1)) {
      spans.push({ start: this.origin[at]!, end: this.originEnd[at + needle.length - 1]! });
    }
    return spans;
  }
}

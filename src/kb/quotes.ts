// Finds an evidence quote in its source text, forgiving differences in whitespace runs only.

export interface Span {
  start: number;
  end: number;
}

/**
 * A whitespace-collapsed view of a text with a map back to original offsets, built once
 * per source so every quote can be searched in it.
 */
export class CollapsedText {
  readonly collapsed: string;
  private readonly origin: number[];
  private readonly originEnd: number[];

  constructor(readonly text: string) {
    let out = '';
    const origin: number[] = [];
    const originEnd: number[] = [];
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (/\s/.test(ch)) {
        let j = i;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        out += ' ';
        origin.push(i);
        originEnd.push(j);
        i = j;
      } else {
        out += ch;
        origin.push(i);
        originEnd.push(i + 1);
        i++;
      }
    }
    this.collapsed = out;
    this.origin = origin;
    this.originEnd = originEnd;
  }

  /** All occurrences of `quote` (whitespace-insensitive), as spans of the original text. */
  findAll(quote: string): Span[] {
    const needle = quote.replace(/\s+/g, ' ').trim();
    if (!needle) return [];
    const spans: Span[] = [];
    for (let at = this.collapsed.indexOf(needle); at >= 0; at = this.collapsed.indexOf(needle, at + 1)) {
      spans.push({ start: this.origin[at]!, end: this.originEnd[at + needle.length - 1]! });
    }
    return spans;
  }
}

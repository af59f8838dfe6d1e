// The fast CollapsedText against the plain character-by-character definition it replaced:
// the same collapsed text and the same spans for any text and quote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollapsedText } from './quotes.ts';

const foldMarks = (s: string) => s.replace(/["„”“«»″]/g, '"').replace(/['’‘‚`]/g, "'");

/** The definition: whitespace runs become one space, each cluster is NFC-normalised and folded. */
function reference(text: string) {
  let out = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      out += ' ';
      origin.push(i);
      originEnd.push(j);
      i = j;
      continue;
    }
    const cluster = /^.\p{M}*/su.exec(text.slice(i, i + 32))![0];
    const folded = foldMarks(cluster.normalize('NFC'));
    for (let k = 0; k < folded.length; k++) {
      origin.push(i);
      originEnd.push(i + cluster.length);
    }
    out += folded;
    i += cluster.length;
  }
  return { out, origin, originEnd };
}

// Letters, Polish diacritics, combining marks, quotation marks, every kind of whitespace,
// a singleton (Å as U+212B), a composition exclusion that NFC lengthens (U+0958), an
// astral character and a lone surrogate.
const PIECES = [
  'a',
  'K',
  'ł',
  'ó',
  'ż',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  'e\u0301',
  'o\u0328\u0301',
  '\u0301',
  '„',
  '”',
  '"',
  "'",
  '`',
  '’',
  '«',
  '»',
  '\u212b',
  '\u0958',
  '😀',
  '\ud800',
  '.',
  ',',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('CollapsedText', () => {
  it('collapses exactly as the character-by-character definition', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(new CollapsedText(t).collapsed).toBe(reference(t).out);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every quote at the spans the definition gives, whole words only unless asked', () => {
    const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const ref = reference(t);
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const quote = t.slice(from!, to!);
        const all: Array<{ start: number; end: number }> = [];
        const whole: Array<{ start: number; end: number }> = [];
        const needle = foldMarks(quote.normalize('NFC')).replace(/\s+/g, ' ').trim();
        if (needle)
          for (let at = ref.out.indexOf(needle); at >= 0; at = ref.out.indexOf(needle, at + 1)) {
            const span = { start: ref.origin[at]!, end: ref.originEnd[at + needle.length - 1]! };
            all.push(span);
            // Whole words: no letter, digit or mark on both sides of a letter, digit or mark.
            const [first, last] = [[...needle][0], [...needle].pop()];
            const [before, after] = [[...ref.out.slice(0, at)].pop(), [...ref.out.slice(at + needle.length)][0]];
            if (!(word(first) && word(before)) && !(word(last) && word(after))) whole.push(span);
          }
        const collapsed = new CollapsedText(t);
        expect(collapsed.findAll(quote)).toEqual(whole);
        expect(collapsed.findAll(quote, {}, { wholeWords: false })).toEqual(all);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps to the occurrences with the prefix and suffix given, as the definition does', () => {
    const words = fc.array(fc.constantFrom('tak', 'nie', 'ta', 'ak', 'Kim', 'Kima', ',', '„', '”'), { maxLength: 14 });
    fc.assert(
      fc.property(
        words,
        fc.constantFrom('tak', 'ta', 'Kim'),
        fc.option(fc.constantFrom('tak', 'nie', 'ta', 'Kim')),
        fc.option(fc.constantFrom('tak', 'nie', 'ak', ',')),
        (w, quote, prefix, suffix) => {
          const t = w.join(' ');
          // The definition on the words themselves: a word equal to the quote, with the
          // prefix as the word before and the suffix as the word after.
          const expected: Array<{ start: number; end: number }> = [];
          let offset = 0;
          w.forEach((x, i) => {
            if (x === quote && (prefix === null || w[i - 1] === prefix) && (suffix === null || w[i + 1] === suffix))
              expected.push({ start: offset, end: offset + x.length });
            offset += x.length + 1;
          });
          expect(new CollapsedText(t).findAll(quote, { prefix: prefix ?? undefined, suffix: suffix ?? undefined })).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps clusters of more than 32 units apart, as the definition does', () => {
    const t = `a${'\u0301'.repeat(40)}b`;
    expect(new CollapsedText(t).collapsed).toBe(reference(t).out);
  });
});

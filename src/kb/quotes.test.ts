import { describe, expect, it } from 'vitest';
import { CollapsedText } from './quotes.ts';

const find = (text: string, quote: string) => new CollapsedText(text).findAll(quote).map(({ start, end }) => text.slice(start, end));

describe('CollapsedText.findAll', () => {
  it('forgives whitespace runs and line breaks', () => {
    expect(find('Kim Dzong Un\n  podpisał traktat.', 'Dzong Un podpisał')).toEqual(['Dzong Un\n  podpisał']);
  });

  it('matches an NFD quote in an NFC text and the reverse, with offsets of the original', () => {
    const nfc = 'Siergiej Szojgu przybył do Pjongjangu.';
    expect(find(nfc, 'Szojgu przybył'.normalize('NFD'))).toEqual(['Szojgu przybył']);
    const nfd = nfc.normalize('NFD');
    expect(find(nfd, 'Szojgu przybył')).toEqual(['Szojgu przybył'.normalize('NFD')]);
  });

  it('treats typographic and straight quotation marks alike', () => {
    expect(find('Obiecał „bezwarunkowe” wsparcie.', 'Obiecał "bezwarunkowe" wsparcie')).toEqual(['Obiecał „bezwarunkowe” wsparcie']);
  });

  it('still requires every letter, comma and case to match', () => {
    expect(find('Kim Dzong Un podpisał traktat.', 'kim dzong un')).toEqual([]);
    expect(find('Kim Dzong Un, podpisał', 'Kim Dzong Un podpisał')).toEqual([]);
    expect(find('Kim podpisał', 'Kim podpisal')).toEqual([]);
  });

  it('finds every occurrence and nothing for an empty quote', () => {
    expect(find('tak i tak', 'tak')).toHaveLength(2);
    expect(find('tak', '   ')).toEqual([]);
  });

  // Each row: text, quote, the matches. A quote that starts (ends) with a letter, digit or
  // mark does not match right after (before) another; punctuation and spaces bound words.
  it.each([
    ['Kim Dzong Unem i Un.', 'Un', ['Un']],
    ['traktat, rak', 'rak', ['rak']],
    ['Północnej', 'Pół', []],
    ['Szojgu przybył', 'przybył', ['przybył']],
    ['przybyłem', 'przybył', []],
    ['2011 r. i 20110', '2011', ['2011']],
    ['A1 A', 'A', ['A']],
    ['„Kim” i Kima', 'Kim', ['Kim']],
    ['(Kim)', '(Kim)', ['(Kim)']],
    ['x(Kim)y', '(Kim)', ['(Kim)']],
    ['Un, Un.', 'Un,', ['Un,']],
    ['Ýb Ý', 'Y', []],
    ['q́ q', 'q', ['q']],
    ['𝐀b 𝐀', '𝐀', ['𝐀']],
    ['Kim-Dzong', 'Kim', ['Kim']],
  ])('in %j finds %j as whole words: %j', (text, quote, expected) => {
    expect(find(text, quote)).toEqual(expected);
  });

  it('finds a long quote at every word start where it occurs, in order, and nowhere inside a word', () => {
    // Long enough for the index of word starts, and one place inside a longer word.
    const text = 'Kontyngent wysłano. PrzedKontyngent wysłano. „Kontyngent wysłano” — Kontyngent  wysłano.';
    const spans = new CollapsedText(text).findAll('Kontyngent wysłano');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kontyngent wysłano', 'Kontyngent wysłano', 'Kontyngent  wysłano']);
    expect(spans.map((s) => s.start)).toEqual([0, 46, 68]);
    // Inside words too when asked (the scan, not the index).
    expect(new CollapsedText(text).findAll('Kontyngent wysłano', {}, { wholeWords: false })).toHaveLength(4);
  });

  it('takes the prefix and suffix as whole words right before and after the quote', () => {
    const text = 'Kim spotkał Putina. Putin spotkał Kima. Szojgu spotkał Kim Dzong Una.';
    const at = (prefix?: string, suffix?: string) => new CollapsedText(text).findAll('spotkał', { prefix, suffix }).map((s) => s.start);
    expect(at()).toEqual([4, 26, 47]);
    expect(at('Putin')).toEqual([26]);
    expect(at(undefined, 'Kim')).toEqual([47]);
    expect(at('utin')).toEqual([]);
    expect(at('Kim', 'Putina.')).toEqual([4]);
    expect(at('Kim', 'Kima')).toEqual([]);
  });
});

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
});

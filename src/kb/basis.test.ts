import { describe, expect, it } from 'vitest';
import { dateInText, numbersIn, placeInText } from './basis.ts';

describe('numbersIn: the numbers a Polish sentence writes', () => {
  it.each([
    ['kontyngentu składającego się z 1 tys. saperów', 1000],
    ['co najmniej 11 tys. żołnierzy', 11000],
    ['ponad 11 tysięcy żołnierzy', 11000],
    ['około 6 tys. z nich zginęło', 6000],
    ['wysłano 11 000 żołnierzy', 11000],
    ['wysłano 11\u00a0000 żołnierzy', 11000],
    ['wysłano 11.000 żołnierzy', 11000],
    ['1,5 mln pocisków', 1500000],
    ['4,7 tys. zabitych', 4700],
    ['jego drugim spotkaniem w ciągu dwóch tygodni', 2],
    ['trzecim w ostatnich trzech miesiącach', 3],
    ['tysiąc żołnierzy', 1000],
  ])('%s → %i', (sentence, value) => expect(numbersIn(sentence).has(value)).toBe(true));

  it('does not read a number the sentence does not write', () => {
    expect(numbersIn('około 6 tys. z nich zginęło').has(4700)).toBe(false);
    expect(numbersIn('w 2024 roku').has(2024000)).toBe(false);
    // "11 tys." is 11,000, not 11 (and 11 only as the bare digits).
    expect(numbersIn('11 tys. żołnierzy').has(1100)).toBe(false);
  });
});

describe('dateInText: every part of the date in the sentence', () => {
  it.each([
    ['2024-06-19', 'podpisany 19 czerwca 2024 r. w Pjongjangu', true],
    ['2024-06-19', 'podpisany 19.06.2024 w Pjongjangu', true],
    ['2024-06', 'w czerwcu 2024 roku', true],
    ['2024-11', 'ratyfikowany w listopadzie 2024', true],
    ['2025-02', 'w lutym 2025 r.', true],
    ['2025-05', 'w maju 2025 r.', true],
    ['2024', 'w 2024 roku', true],
    // The month without its year is read against the publication date: metadata, not text.
    ['2024-11', 'a następnie ratyfikowany w listopadzie', false],
    ['2024-06', 'w czerwcu ubiegłego roku w Pjongjangu', false],
    ['2024-06-19', 'w czerwcu 2024 roku', false],
    ['2024-06-19', '18 czerwca 2024 roku', false],
    ['2024-06', 'w lipcu 2024 roku', false],
  ])('%s in "%s": %s', (iso, sentence, found) => expect(dateInText(iso, sentence)).toBe(found));
});

describe('placeInText', () => {
  it('finds a place by any of its names, whatever the case or diacritics, as whole words', () => {
    expect(placeInText(['Pjongjang', 'Pjongjangu'], 'po jego rozmowach w Pjongjangu.')).toBe(true);
    expect(placeInText(['obwód kurski', 'obwodzie kurskim'], 'w OBWODZIE KURSKIM')).toBe(true);
    expect(placeInText(['Rosja', 'Rosji'], 'Rosjianie')).toBe(false);
    expect(placeInText(['Pjongjang'], 'w Seulu')).toBe(false);
  });
});

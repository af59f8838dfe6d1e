import { describe, expect, it } from 'vitest';
import { testLemmatizer } from './fixtures/dictionary.ts';
import { guessName } from './names.ts';

const lemmatizer = testLemmatizer();
const lemmas = (word: string) => [...new Set(lemmatizer.analyse(word).map((m) => m.lemma))];

describe('Lemmatizer', () => {
  it('falls back to the lowercase form for capitalised common words', () => {
    expect(lemmas('Rady')).toContain('rada');
    expect(lemmas('Północnej')).toContain('północny');
  });

  it('reads the last part of a hyphenated compound', () => {
    expect(lemmas('Ludowo-Demokratycznej')).toContain('Ludowo-demokratyczny');
  });

  it('guesses lemmas of foreign names the dictionary lacks, keeping the form', () => {
    expect(lemmas('Una')).toEqual(expect.arrayContaining(['Un', 'Una']));
    expect(lemmas('Szojgu')).toContain('Szojgu');
    expect(lemmas('Pjongjangu')).toContain('Pjongjang');
  });

  it('caches per form', () => {
    expect(lemmatizer.analyse('Putinem')).toBe(lemmatizer.analyse('Putinem'));
  });
});

describe('guessName', () => {
  it.each([
    ['Unem', 'Un', 'inst'],
    ['Kimowi', 'Kim', 'dat'],
    ['Pjongjangiem', 'Pjongjang', 'inst'],
    ['Gierasimowa', 'Gierasimow', 'gen'],
    ['Wonsanie', 'Wonsan', 'loc'],
    ['Sudży', 'Sudża', 'gen'],
    ['Zełenskiego', 'Zełenski', 'gen'],
  ])('%s -> %s (%s)', (form, lemma, caseName) => {
    const bit = { nom: 1, gen: 2, dat: 4, acc: 8, inst: 16, loc: 32 }[caseName]!;
    expect(guessName(form).some((m) => m.lemma === lemma && m.cases & bit && m.guessed)).toBe(true);
  });

  it('keeps the form as a candidate: many foreign names do not decline', () => {
    expect(guessName('Szojgu')[0]).toMatchObject({ lemma: 'Szojgu', cases: 127 });
    expect(guessName('Dzong')[0]).toMatchObject({ lemma: 'Dzong' });
  });
});

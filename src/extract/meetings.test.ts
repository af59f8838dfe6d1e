import { describe, expect, it } from 'vitest';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import { extract } from './extract.ts';
import { buildLinker } from './linker.ts';

const linker = buildLinker(testLemmatizer());
const met = (text: string) =>
  extract(text, { published: '2024-11-04', sourceId: 't' }, linker)
    .draft.relations.filter((r) => r.type === 'MET_WITH')
    .map((r) => `${r.from} ${r.to}`);

describe('meetings', () => {
  it('"ze swoim rosyjskim odpowiednikiem X": the counterpart is the partner', () => {
    expect(met('Siergiej Szojgu rozmawiał ze swoim północnokoreańskim odpowiednikiem No Kwang Cholem.')).toEqual(['sergei-shoigu no-kvang-khol']);
  });

  it('a dropped subject is the person named as the subject before', () => {
    expect(met('Czoe Son Hui przebywa w Moskwie. W piątek rozmawiała z Siergiejem Ławrowem.')).toEqual(['choe-son-hui sergei-lavrov']);
  });
});

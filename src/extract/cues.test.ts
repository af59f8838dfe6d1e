import { describe, expect, it } from 'vitest';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import { extract } from './extract.ts';
import { buildLinker } from './linker.ts';

const linker = buildLinker(testLemmatizer());
const claims = (text: string) =>
  extract(text, { published: '2024-11-30', sourceId: 't' }, linker)
    .draft.relations.filter((r) => r.type === 'MET_WITH')
    .map((r) => r.claimedBy);

describe('claimants outside the clause', () => {
  it.each([
    'Andriej Biełousow spotkał się z Kim Dzong Unem. Poinformowała o tym w sobotę agencja KCNA.',
    'Andriej Biełousow spotkał się z Kim Dzong Unem. Podała to agencja KCNA.',
    'Andriej Biełousow spotkał się z Kim Dzong Unem. Informację przekazała w sobotę rano agencja KCNA, publikując zdjęcia.',
  ])('the next sentence names who reported it: %s', (text) => {
    expect(claims(text)).toEqual([['kcna']]);
  });

  it('a next sentence with its own content ("że …") claims only that', () => {
    expect(claims('Andriej Biełousow spotkał się z Kim Dzong Unem. Agencja KCNA podała to samo, że rozmowy trwały długo.')).toEqual([[]]);
  });
  it('"cytowany przez X" names the claimant of its sentence', () => {
    expect(claims('Cytowana przez agencję TASS minister Czoe Son Hui spotkała się z Władimirem Putinem.')).toEqual([['tass']]);
  });
});

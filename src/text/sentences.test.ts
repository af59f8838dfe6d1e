import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences.ts';

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it.each([
    ['Wysłano 5 tys. saperów. Potem wrócili.', ['Wysłano 5 tys. saperów.', 'Potem wrócili.']],
    ['Zginęło ok. 6 tys. żołnierzy.', ['Zginęło ok. 6 tys. żołnierzy.']],
    ['Przybył gen. Gierasimow. Rozmowy trwały.', ['Przybył gen. Gierasimow.', 'Rozmowy trwały.']],
    ['Gen. Gierasimow przybył.', ['Gen. Gierasimow przybył.']],
    ['Byli tam m.in. Szojgu i Kim.', ['Byli tam m.in. Szojgu i Kim.']],
    ['Było ich 4,7 tys. Potem więcej.', ['Było ich 4,7 tys.', 'Potem więcej.']],
    ['Traktat podpisano w 2024 r. w Pjongjangu.', ['Traktat podpisano w 2024 r. w Pjongjangu.']],
    ['Tytuł\n\nPierwsze zdanie. Drugie?', ['Tytuł', 'Pierwsze zdanie.', 'Drugie?']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('finds the sentence holding an offset', () => {
    const spans = splitSentences('Ala ma kota. Kot ma Alę.');
    expect(sentenceAt(spans, 0)).toBe(0);
    expect(sentenceAt(spans, 14)).toBe(1);
  });
});

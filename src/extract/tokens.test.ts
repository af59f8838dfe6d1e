import { describe, expect, it } from 'vitest';
import { numberValue, tokenize } from './tokens.ts';

const texts = (text: string) => tokenize(text).tokens.map((t) => `${t.text}/${t.kind}`);

describe('tokenize', () => {
  it.each([
    ['z 1 tys. saperów', ['z/word', '1/number', 'tys./abbr', 'saperów/word']],
    ['około 4,7 tys.', ['około/word', '4,7/number', 'tys./abbr']],
    ['m.in. gen. Gierasimow', ['m.in./abbr', 'gen./abbr', 'Gierasimow/word']],
    ['w 2024 r. w Pjongjangu', ['w/word', '2024/number', 'r./abbr', 'w/word', 'Pjongjangu/word']],
    ['dnia 17.06.2025 wysłano 1 000 żołnierzy', ['dnia/word', '17.06.2025/number', 'wysłano/word', '1 000/number', 'żołnierzy/word']],
    ['Armii Ludowo-Demokratycznej, "bezwarunkowe"', ['Armii/word', 'Ludowo-Demokratycznej/word', ',/punct', '"/punct', 'bezwarunkowe/word', '"/punct']],
    ['J. Kowalski', ['J./abbr', 'Kowalski/word']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps offsets into the text, sentences and paragraphs', () => {
    const text = 'Tytuł\n\nPutin przybył. Kim go powitał.';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Tytuł', 0],
      ['Putin przybył.', 1],
      ['Kim go powitał.', 1],
    ]);
    expect(tokens.filter((t) => t.initial).map((t) => t.text)).toEqual(['Tytuł', 'Putin', 'Kim']);
  });

  it('reads number values', () => {
    const [a, b, c] = tokenize('4,7 1 000 12').tokens;
    expect([numberValue(a!), numberValue(b!), numberValue(c!)]).toEqual([4.7, 1000, 12]);
  });
});

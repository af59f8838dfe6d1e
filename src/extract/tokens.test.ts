import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, numberValue, tokenize } from './tokens.ts';

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

describe('long sentences', () => {
  it('reads a sentence past the limit in pieces that end at punctuation where one comes', () => {
    const text = `${'żołnierze walczyli w obwodzie, '.repeat(60)}${'bez przecinka '.repeat(300)}koniec.`;
    const { tokens, sentences } = tokenize(text);
    expect(sentences.length).toBeGreaterThan(3);
    let next = 0;
    for (const s of sentences) {
      const [from, to] = s.tokens;
      expect(from).toBe(next);
      expect(to - from).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(text.slice(s.start, s.end)).toBe(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
      for (let i = from; i < to; i++) expect(tokens[i]!.sentence).toBe(s.index);
      next = to;
    }
    expect(next).toBe(tokens.length);
    // Where commas come, a piece ends at one.
    expect(tokens[sentences[0]!.tokens[1] - 1]!.text).toBe(',');
    // Only the sentence's first word is sentence-initial.
    expect(tokens.filter((t) => t.initial)).toHaveLength(1);
  });

  it('leaves sentences up to the limit whole', () => {
    const text = `${'słowo '.repeat(MAX_SENTENCE_TOKENS - 1)}koniec`;
    expect(tokenize(text).sentences).toHaveLength(1);
  });
});

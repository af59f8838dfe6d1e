import { describe, expect, it } from 'vitest';
import { segments, sentenceAt, splitSentences } from './sentences.ts';

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

describe('segments', () => {
  // Windows of any size give the segments of the whole paragraph, abbreviations, initials,
  // quotes, numbers and a long sentence included.
  const paragraph = [
    'Wysłano 5 tys. saperów. Przybył gen. Gierasimow, a z nim m.in. Szojgu i J. Kowalski.',
    '„Walczymy” – powiedział. Było ich 4,7 tys. Potem więcej! Czy na pewno? (Tak.)',
    `${'bardzo długie zdanie bez kropki '.repeat(40)}i koniec.`,
    'Tak. Nie. Być może. A. B. C. tys. r. Traktat podpisano w 2024 r. w Pjongjangu.',
  ]
    .join(' ')
    .repeat(3);
  const whole = segments(paragraph, Infinity);

  it.each([8, 40, 150, 600])('reads a paragraph in windows of %i characters as a whole', (window) => {
    expect(segments(paragraph, window)).toEqual(whole);
  });

  it('covers the paragraph without a gap', () => {
    expect(whole.map((s) => s.segment).join('')).toBe(paragraph);
    expect(whole.length).toBeGreaterThan(20);
  });

  it('splits runs of abbreviations in time linear in their length', () => {
    // Intl.Segmenter alone takes seconds on this: its cost grows with length × segments.
    const text = 'Tak. gen. płk. dr. A. tys. '.repeat(8000);
    const start = process.cpuUsage();
    expect(splitSentences(text)).toHaveLength(8000);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1e6).toBeLessThan(3);
  });
});

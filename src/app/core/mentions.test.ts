import { describe, expect, test } from 'vitest';
import { disjointMentions, findMentions, foldWithOffsets } from './mentions.ts';
import { segmentText } from './segments.ts';

const entities = [
  { id: 'shoigu', names: ['Siergiej Szojgu', 'Szojgu', 'Siergieja Szojgu'] },
  { id: 'council', names: ['Rada Bezpieczeństwa Rosji', 'Rady Bezpieczeństwa Rosji'] },
  { id: 'russia', names: ['Rosja', 'Rosji'] },
  { id: 'usa', names: ['USA'] },
];

const found = (text: string) => findMentions(text, entities).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('findMentions', () => {
  test.each([
    ['Siergiej Szojgu przyleciał.', [['Siergiej Szojgu', 'shoigu']]],
    // Longest first: the council's name wins over the country inside it.
    ['sekretarz Rady Bezpieczeństwa Rosji, Siergieja Szojgu', [['Rady Bezpieczeństwa Rosji', 'council'], ['Siergieja Szojgu', 'shoigu']]],
    // Case and diacritics do not matter; whole words only.
    ['ROSJI i rosji, ale nie Rosjinin', [['ROSJI', 'russia'], ['rosji', 'russia']]],
    ['szójgu', [['szójgu', 'shoigu']]],
    // Acronyms keep their case.
    ['USA, a nie usa', [['USA', 'usa']]],
    ['Rada  Bezpieczeństwa\nRosji', [['Rada  Bezpieczeństwa\nRosji', 'council']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('offsets survive decomposed (NFD) text', () => {
    const text = 'Szo\u0301jgu'.normalize('NFD');
    const [m] = findMentions(text, entities);
    expect(m && text.slice(m.start, m.end)).toBe(text);
  });

  test('foldWithOffsets maps each folded character back', () => {
    const { text, origin } = foldWithOffsets('Łódź  Ż');
    expect(text).toBe('lodz z');
    expect(origin).toEqual([0, 1, 2, 3, 4, 6, 7]);
  });
});

describe('segmentText', () => {
  test('cuts at every boundary and marks quote, sentence and mention', () => {
    const segs = segmentText(20, [{ start: 2, end: 6, entity: 'a' }], { start: 4, end: 10 }, { start: 0, end: 12 });
    expect(segs.map((s) => [s.start, s.end, s.entity, s.quote, s.sentence])).toEqual([
      [0, 2, null, false, true],
      [2, 4, 'a', false, true],
      [4, 6, 'a', true, true],
      [6, 10, null, true, true],
      [10, 12, null, false, true],
      [12, 20, null, false, false],
    ]);
  });

  test('the quote segments cover exactly [start, end)', () => {
    const segs = segmentText(50, [], { start: 7, end: 31 }, null).filter((s) => s.quote);
    expect([segs[0]!.start, segs.at(-1)!.end]).toEqual([7, 31]);
  });
});

describe('disjointMentions', () => {
  test('sorts, keeps the longest of overlapping spans and drops spans outside the text', () => {
    const text = 'żołnierze północnokoreańskim żołnierzom';
    const m = (start: number, end: number, entity: string) => ({ start, end, entity });
    const out = disjointMentions([m(10, 28, 'north-korea'), m(10, 39, 'army'), m(0, 9, 'soldiers'), m(30, 99, 'ghost'), m(5, 5, 'empty')], text.length);
    expect(out.map((x) => [text.slice(x.start, x.end), x.entity])).toEqual([['żołnierze', 'soldiers'], ['północnokoreańskim żołnierzom', 'army']]);
  });
});

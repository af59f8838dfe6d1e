import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldName } from '../../model/normalize.ts';
import { disjointMentions, findMentions, foldWithOffsets, mentionIndex } from './mentions.ts';
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
    [
      'sekretarz Rady Bezpieczeństwa Rosji, Siergieja Szojgu',
      [
        ['Rady Bezpieczeństwa Rosji', 'council'],
        ['Siergieja Szojgu', 'shoigu'],
      ],
    ],
    // Case and diacritics do not matter; whole words only.
    [
      'ROSJI i rosji, ale nie Rosjinin',
      [
        ['ROSJI', 'russia'],
        ['rosji', 'russia'],
      ],
    ],
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
    expect(out.map((x) => [text.slice(x.start, x.end), x.entity])).toEqual([
      ['żołnierze', 'soldiers'],
      ['północnokoreańskim żołnierzom', 'army'],
    ]);
  });
});

describe('mentionIndex', () => {
  // The definition the index must keep: every name searched everywhere, longest first.
  function reference(text: string, named: Array<{ id: string; names: string[] }>) {
    const folded = foldWithOffsets(text);
    const candidates = named
      .flatMap((e) => [...new Set(e.names)].map((name) => ({ entity: e.id, name, key: foldName(name) })))
      .filter((c) => c.key.length > 1)
      .sort((a, b) => b.key.length - a.key.length || a.entity.localeCompare(b.entity));
    const claimed = new Uint8Array(folded.text.length);
    const out: Array<{ start: number; end: number; entity: string }> = [];
    const word = /[\p{L}\p{N}]/u;
    for (const { entity, name, key } of candidates) {
      for (let at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + 1)) {
        const end = at + key.length;
        if (word.test(folded.text[at - 1] ?? '') || word.test(folded.text[end] ?? '')) continue;
        if (claimed.subarray(at, end).some((c) => c === 1)) continue;
        const start = folded.origin[at]!;
        const stop = folded.origin[end - 1]! + (text.codePointAt(folded.origin[end - 1]!)! > 0xffff ? 2 : 1);
        if (name.length >= 2 && name === name.toUpperCase() && name !== name.toLowerCase() && text.slice(start, stop) !== name) continue;
        claimed.fill(1, at, end);
        out.push({ start, end: stop, entity });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  test('finds exactly what searching every name everywhere finds', () => {
    const words = [
      'Rosja',
      'Rosji',
      'rada',
      'Rady',
      'Bezpieczeństwa',
      'USA',
      'usa',
      'Szojgu',
      'Siergiej',
      'Kim',
      'Kim Dzong Un',
      'Dzong',
      'Un',
      'Korea',
      'Północna',
      'KRLD',
      'i',
      'że',
      '-',
      ',',
      '.',
      '\n',
      '  ',
      'x',
    ];
    const named = [
      ...entities,
      { id: 'kim', names: ['Kim Dzong Un', 'Kim', 'Kima Dzong Una'] },
      { id: 'korea', names: ['Korea Północna', 'KRLD', 'Korei Północnej'] },
      { id: 'korea-2', names: ['Korea'] },
      { id: 'un', names: ['UN', 'Un'] },
      // Overlaps a shorter name that starts earlier: the longer one must win.
      { id: 'dzong-un-korea', names: ['Dzong Un Korea'] },
    ];
    const index = mentionIndex(named);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', '', ', ', '-'), { minLength: 40, maxLength: 40 }),
        (parts, glue) => {
          const text = parts.map((p, i) => p + glue[i]).join('');
          expect(index.find(text)).toEqual(reference(text, named));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

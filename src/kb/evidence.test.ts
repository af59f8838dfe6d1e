// Which occurrence of a quote evidence stands for, through the loader on the mini fixture,
// whose text holds "Kim Dzong Un" twice (lines 1 and 3).
import { describe, expect, it } from 'vitest';
import { edit, readFixture } from './fixtures/read-fixture.ts';
import { loadKnowledgeBase, type TextFile } from './load.ts';

const mini = readFixture('mini');
const TEXT = mini.find((f) => f.path === 'sources/mini.txt')!.content;
const SECOND_KIM = TEXT.lastIndexOf('Kim Dzong Un');

/** The fixture with the evidence of r-kim-signed (relations/all.yaml, line 9) written as `yaml`. */
const evidence = (yaml: string): TextFile[] =>
  edit(mini, 'relations/all.yaml', '      - source: mini\n        quote: Kim Dzong Un podpisał traktat', `      - ${yaml.replace(/\n/g, '\n        ')}`);

const brief = (d: { file: string; line: number; column: number; message: string }) => ({ at: `${d.file}:${d.line}:${d.column}`, message: d.message });

const LOADS: Array<{ name: string; yaml: string; start: number; end: number; warnings: Array<{ at: string; message: RegExp }> }> = [
  {
    name: 'a quote found twice: the first, with a warning naming both lines',
    yaml: 'source: mini\nquote: Kim Dzong Un',
    start: 0,
    end: 12,
    warnings: [
      { at: 'relations/all.yaml:10:16', message: /^the quote occurs 2 times in source "mini" \(sources\/mini\.txt, lines 1 and 3\); the first is taken$/ },
    ],
  },
  { name: 'occurrence 2: the second', yaml: 'source: mini\nquote: Kim Dzong Un\noccurrence: 2', start: SECOND_KIM, end: SECOND_KIM + 12, warnings: [] },
  { name: 'occurrence 1 of a quote found once', yaml: 'source: mini\nquote: Kim Dzong Un podpisał\noccurrence: 1', start: 0, end: 21, warnings: [] },
  {
    name: 'a prefix that picks the second',
    yaml: 'source: mini\nquote: Kim Dzong Un\nprefix: Korei Północnej,',
    start: SECOND_KIM,
    end: SECOND_KIM + 12,
    warnings: [],
  },
  { name: 'a suffix that picks the first', yaml: 'source: mini\nquote: Kim Dzong Un\nsuffix: podpisał traktat', start: 0, end: 12, warnings: [] },
  {
    name: 'a suffix of punctuation, written apart or not',
    yaml: 'source: mini\nquote: Dzong Un\nsuffix: ", rządzi"',
    start: SECOND_KIM + 4,
    end: SECOND_KIM + 12,
    warnings: [],
  },
  {
    name: 'prefix and suffix together',
    yaml: 'source: mini\nquote: Dzong\nprefix: Kim\nsuffix: Un,',
    start: SECOND_KIM + 4,
    end: SECOND_KIM + 9,
    warnings: [],
  },
  {
    name: 'a prefix that still fits both: a warning that says so',
    yaml: 'source: mini\nquote: Dzong Un\nprefix: Kim',
    start: 4,
    end: 12,
    warnings: [
      {
        at: 'relations/all.yaml:10:16',
        message: /occurs 2 times in source "mini" with the prefix "Kim" \(sources\/mini\.txt, lines 1 and 3\); the first is taken/,
      },
    ],
  },
  {
    name: 'a short quote found once as a word and once inside one',
    yaml: 'source: mini\nquote: Un',
    start: 10,
    end: 12,
    warnings: [{ at: 'relations/all.yaml:10:16', message: /occurs 2 times/ }],
  },
  { name: 'a quote that ends in punctuation', yaml: 'source: mini\nquote: Dzong Un,', start: SECOND_KIM + 4, end: SECOND_KIM + 13, warnings: [] },
];

describe('evidence that says which occurrence it means', () => {
  it.each(LOADS)('$name', ({ yaml, start, end, warnings }) => {
    const result = loadKnowledgeBase(evidence(yaml));
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    expect(result.value.evidence.get('r-kim-signed')![0]).toMatchObject({ start, end });
    expect(result.warnings.map(brief)).toEqual(warnings.map((w) => ({ at: w.at, message: expect.stringMatching(w.message) })));
    for (const w of result.warnings) expect(w.hint).toMatch(/add "occurrence: N"/);
  });
});

const REFUSED: Array<{ name: string; yaml: string; at: string; message: RegExp; hint: RegExp }> = [
  {
    name: 'an occurrence beyond the count',
    yaml: 'source: mini\nquote: Kim Dzong Un\noccurrence: 3',
    at: 'relations/all.yaml:11:21',
    message: /^occurrence 3 does not exist: the quote occurs 2 times in source "mini" \(sources\/mini\.txt, lines 1 and 3\)$/,
    hint: /from 1 to 2/,
  },
  {
    name: 'occurrence 2 of a quote found once',
    yaml: 'source: mini\nquote: traktat z\noccurrence: 2',
    at: 'relations/all.yaml:11:21',
    message: /occurrence 2 does not exist: the quote occurs once/,
    hint: /remove "occurrence"/,
  },
  {
    name: 'occurrence 0',
    yaml: 'source: mini\nquote: Kim Dzong Un\noccurrence: 0',
    at: 'relations/all.yaml:11:21',
    message: /occurrence must be at least 1, found a number \(0\)/,
    hint: /count occurrences from 1/,
  },
  {
    name: 'an occurrence that is not a whole number',
    yaml: 'source: mini\nquote: Kim Dzong Un\noccurrence: 1.5',
    at: 'relations/all.yaml:11:21',
    message: /occurrence must be an integer/,
    hint: /integer/,
  },
  {
    name: 'a prefix found before no occurrence',
    yaml: 'source: mini\nquote: Kim Dzong Un\nprefix: Putin',
    at: 'relations/all.yaml:11:17',
    message: /^no occurrence of the quote in source "mini" has the prefix "Putin" \(it occurs 2 times: sources\/mini\.txt, lines 1 and 3\)$/,
    hint: /words right before or after/,
  },
  {
    name: 'a suffix that cuts a word',
    yaml: 'source: mini\nquote: Kim Dzong Un\nsuffix: podpis',
    at: 'relations/all.yaml:11:17',
    message: /has the suffix "podpis"/,
    hint: /whole words/,
  },
  {
    name: 'a prefix and suffix that surround different occurrences',
    yaml: 'source: mini\nquote: Kim Dzong Un\nprefix: Północnej,\nsuffix: podpisał',
    at: 'relations/all.yaml:11:17',
    message: /has the prefix "Północnej," and the suffix "podpisał"/,
    hint: /leave them out/,
  },
  {
    name: 'a three-letter quote found only inside a word',
    yaml: 'source: mini\nquote: Pół',
    at: 'relations/all.yaml:10:16',
    message: /^the quote is found in source "mini" only inside longer words \(sources\/mini\.txt, line 3\)$/,
    hint: /quote whole words, e\.g\. "Północnej"/,
  },
  {
    name: 'a quote that ends inside a word',
    yaml: 'source: mini\nquote: Kim Dzong U',
    at: 'relations/all.yaml:10:16',
    message: /only inside longer words \(sources\/mini\.txt, lines 1 and 3\)/,
    hint: /"Kim Dzong Un"/,
  },
  {
    name: 'a quote that starts inside a number',
    yaml: 'source: mini\nquote: 011 r.',
    at: 'relations/all.yaml:10:16',
    message: /only inside longer words/,
    hint: /"2011 r\."/,
  },
  {
    name: 'an empty prefix',
    yaml: 'source: mini\nquote: Kim Dzong Un\nprefix: ""',
    at: 'relations/all.yaml:11:17',
    message: /must NOT have fewer than 1 characters/,
    hint: /.../,
  },
];

describe('evidence whose place cannot be found', () => {
  it.each(REFUSED)('refuses $name', ({ yaml, at, message, hint }) => {
    const result = loadKnowledgeBase(evidence(yaml));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => ({ ...brief(d), hint: d.hint }))).toEqual([
      { at, message: expect.stringMatching(message), hint: expect.stringMatching(hint) },
    ]);
  });
});

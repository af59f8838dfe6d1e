// The extractor on random and adversarial text: it always returns a well-formed draft
// (mentions and quotes are exact spans of the text given), and refuses oversized input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/load.ts';
import { loadLemmatizer } from '../cli/commands/extract.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { extract, MAX_ARTICLE_CHARS, type Extraction } from './extract.ts';
import { buildLinker, type Linker } from './linker.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'graph/sources/seed-kp-kursk-2025.txt'), 'utf8');
let linker: Linker;

beforeAll(async () => {
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(join(ROOT, 'graph')));
  if (!loaded.ok) throw new Error('graph/ does not validate');
  linker = buildLinker(loadLemmatizer(), loaded.value.kb.entities, loaded.value.kb.ontology);
});

const run = (text: string): Extraction => extract(text, { published: '2025-06-17', sourceId: 'x' }, linker);

function assertWellFormed(text: string, { draft }: Extraction): void {
  const ids = draft.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of draft.entities)
    for (const m of e.mentions) {
      expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  const known = new Set(ids);
  for (const r of draft.relations) {
    expect(known.has(r.from) && known.has(r.to)).toBe(true);
    for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
}

/** Polish-looking text with the hard parts: abbreviations, numbers, quotes, odd characters. */
const word = fc.oneof(
  fc.constantFrom(
    'Kim',
    'Dzong',
    'Unem',
    'Szojgu',
    'Putina',
    'Rosji',
    'KRLD',
    'Pjongjangu',
    'obwodzie',
    'kurskim',
    'wysłał',
    'zapowiedział',
    'według',
    'prawdopodobnie',
    'spekulowano',
    'tys.',
    'ok.',
    'gen.',
    'm.in.',
    'r.',
    '11',
    '4,7',
    'co najmniej',
    'w czerwcu',
    'w środę',
    '„bezwarunkowe”',
    '"',
    '.',
    ',',
    '?',
    '\n\n',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const article = fc.array(word, { maxLength: 80 }).map((w) => w.join(' '));

describe('extract on random and adversarial text', () => {
  it('returns a well-formed draft for random Polish-looking text', () => {
    fc.assert(
      fc.property(article, (text) => assertWellFormed(text, run(text))),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\n\t '],
    ['no sentence ends', SEED.replace(/[.!?]/g, ',')],
    ['control characters', '\u0000\u0001Kim\u0007 Dzong\u001b Un\u200b spotkał\u00ad się z Szojgu.'],
    ['mixed scripts', 'Ким Чен Ын 金正恩 Kim Dzong Un مرحبا 🚀 Szojgu przybył do Pjongjangu.'],
    ['lone surrogates', '\ud800Kim Dzong Un\udfff przybył.'],
  ])('handles %s', (_name, text) => {
    assertWellFormed(text, run(text));
  });

  it('reads NFD text as NFC and reports offsets into the NFD text', () => {
    const nfd = SEED.normalize('NFD');
    const fromNfd = run(nfd);
    assertWellFormed(nfd, fromNfd);
    const fromNfc = run(SEED);
    expect(fromNfd.draft.entities.map((e) => e.id)).toEqual(fromNfc.draft.entities.map((e) => e.id));
    expect(fromNfd.draft.relations.map((r) => r.id)).toEqual(fromNfc.draft.relations.map((r) => r.id));
  });

  it('refuses an article over the size limit with a clear message', () => {
    expect(() => run('a '.repeat(MAX_ARTICLE_CHARS))).toThrow(/at most 200,000: split it/);
  });
});

// Hostile articles: every stage of the extractor must grow linearly (or as n·log n) with the
// text. Each family repeats a pattern that once made some stage compare every word or
// mention with every other (number words rescanning their clause, a sentence without
// full stops, thousands of names or aliases, runs of abbreviations that Intl.Segmenter
// splits) and is extracted at 10k, 50k and 200k characters. What is asserted is the growth
// of CPU time from 10k to 200k, not a time: linear is 20×, a quadratic stage 400×.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/load.ts';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { extract, MAX_ARTICLE_CHARS } from './extract.ts';
import { buildLinker, type Linker } from './linker.ts';

/** A new name per repetition: "Jan Bakowski", "Jan Cekowski", … (none corefers with another). */
function distinctNames(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < n; k++) {
    let x = k;
    let stem = '';
    do {
      stem += 'bcdfghklmnprstwz'[x % 16]! + 'aeiou'[Math.floor(x / 16) % 5]!;
      x = Math.floor(x / 80);
    } while (x > 0);
    const name = `Jan ${stem[0]!.toUpperCase()}${stem.slice(1)}owski `;
    parts.push(name);
    length += name.length;
  }
  return parts.join('');
}

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));

const FAMILIES: Record<string, (n: number) => string> = {
  'number words and units': repeat('tysiąc dwa trzy cztery pięć 5 tys. żołnierzy 12 mln dolarów ponad 300 saperów około 4,7 tys. '),
  'one sentence without punctuation': repeat('żołnierze korei północnej walczyli po stronie rosji w obwodzie kurskim i otrzymali wsparcie '),
  'capitalised words': repeat('Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański '),
  'distinct new names': distinctNames,
  'commas and clause words': repeat('żołnierze, którzy walczą, że, ale, gdzie, który, choć, wysłali, '),
  'quotes and dashes': repeat('„cytat” – «inny» — "trzeci" „ – ” '),
  'sentence ends and abbreviations': repeat('Tak. Nie. gen. płk. dr. A. B. tys. Rosja wysłała. '),
  'long tokens': repeat(`${'a'.repeat(2000)} ${'Ż'.repeat(3000)} `),
  'known names and triggers': repeat(
    'Korea Północna wysłała do Rosji 5 tys. żołnierzy Kim Dzong Un spotkał się z Władimirem Putinem w Moskwie KRLD dostarcza Rosji broń według KCNA ',
  ),
  'deep brackets': repeat('((((((((((( Rosja [[[[ KRLD ]]]] ))))))))))) '),
};

const SIZES = [10_000, 50_000, MAX_ARTICLE_CHARS];
/** Linear growth from 10k to 200k characters is 20×; n·log n about 26×. */
const MAX_GROWTH = 60;

let linker: Linker;
beforeAll(async () => {
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
  if (!loaded.ok) throw new Error('graph/ does not validate');
  linker = buildLinker(testLemmatizer(), loaded.value.kb.entities, loaded.value.kb.ontology);
});

/** CPU time of this process (not wall time: the machine may be shared), least of `runs`. */
function cpuMs(text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    extract(text, { published: '2025-06-17' }, linker);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('extraction time grows linearly with the article', () => {
  for (const [family, make] of Object.entries(FAMILIES)) {
    it(family, () => {
      const texts = SIZES.map((n) => make(n).slice(0, n));
      expect(texts.map((t) => t.length)).toEqual(SIZES);
      // The small text three times (the first run warms the code up), the largest once; a
      // growth past the bound is measured again before it counts, so a busy moment of the
      // machine does not fail the test.
      const small = cpuMs(texts[0]!, 3);
      const middle = cpuMs(texts[1]!, 1);
      let large = cpuMs(texts[2]!, 1);
      if (large / small > MAX_GROWTH) large = Math.min(large, cpuMs(texts[2]!, 2));
      const growth = large / Math.max(small, 1);
      console.log(`${family}: ${small.toFixed(0)} / ${middle.toFixed(0)} / ${large.toFixed(0)} ms CPU at 10k / 50k / 200k, growth ${growth.toFixed(1)}×`);
      expect(growth).toBeLessThanOrEqual(MAX_GROWTH);
    });
  }
});

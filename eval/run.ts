// `npm run eval`: scores the extractor on the seed article (against the curated knowledge
// base, extracted without it) and on the hand-annotated fixtures (extracted with graph/ as
// the knowledge base to link to), the set-aside fixtures reported on their own; then
// measures throughput. `--split seed|dev|heldout|dev2|heldout2` limits the texts, `--verbose` lists what
// was missed and what was extra, `--write` puts the report into docs/extraction.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLinker } from '../src/extract/linker.ts';
import { extract } from '../src/extract/extract.ts';
import { Lemmatizer } from '../src/lexicon/lemmatizer.ts';
import { MorfologikDictionary } from '../src/lexicon/morfologik.ts';
import { FIXTURE_SPLITS, SPLITS, type Split } from './gold.ts';
import { goldProblems, loadDocs, loadSetup, ROOT, scoreDocs } from './corpus.ts';
import { classTable, errorsByClass, scoreTable } from './report.ts';
import { prf, sum } from './score.ts';
import { time } from '../bench/util.ts';

const { values: opts } = parseArgs({
  options: { split: { type: 'string' }, verbose: { type: 'boolean' }, write: { type: 'boolean' }, check: { type: 'boolean' } },
});
if (opts.split && !(SPLITS as readonly string[]).includes(opts.split)) throw new Error(`eval: --split must be one of ${SPLITS.join(', ')}`);
const splits: readonly Split[] = opts.split ? [opts.split as Split] : SPLITS;

const setup = await loadSetup();
const { kb, dictBytes, info, lemmatizer, withKb } = setup;
const loadMs = time(() => MorfologikDictionary.parse(readFileSync(join(ROOT, 'lexicons', 'morfologik-polish', 'polish.dict')), info), 20);

const docs = loadDocs(kb, splits);
const problems = goldProblems(setup, docs);
if (problems.length) {
  console.error(`eval: the gold annotations have problems:\n${problems.join('\n')}`);
  process.exit(1);
}
if (opts.check) {
  // Only the annotations: `--check` validates the gold without running the extractor.
  console.log(`eval: ${docs.length} gold file(s) merge into graph/ and validate.`);
  process.exit(0);
}

const scores = scoreDocs(setup, docs);
const fixtureSplits = FIXTURE_SPLITS.filter((s) => splits.includes(s));
const lines = scoreTable(scores, fixtureSplits);
const pct = (x: number) => x.toFixed(2);
const untyped = prf(sum(scores.filter((s) => s.split !== 'seed').map((s) => s.entitiesUntyped)));
lines.push('', `Entities aligned regardless of type (fixtures): F1 ${pct(untyped.f1)}.`);
const tagged = fixtureSplits.filter((sp) => scores.some((s) => s.split === sp && s.classes.size));
if (tagged.length) lines.push('', 'Recall per phenomenon class (eval/phenomena.ts), tagged gold items only:', '', ...classTable(scores, tagged));

if (opts.verbose) {
  // The held-out texts of the larger corpus are shown as totals only (eval/SPLIT.md).
  const readable = scores.filter((s) => s.split !== 'heldout2');
  for (const s of readable) {
    lines.push('', `### ${s.id}`, `- missed entities: ${s.missedEntities.join(', ') || '—'}`, `- extra entities: ${s.extraEntities.join(', ') || '—'}`);
    lines.push(`- missed relations: ${s.missedRelations.join('; ') || '—'}`, `- extra relations: ${s.extraRelations.join('; ') || '—'}`);
  }
  const errors = [
    ...errorsByClass(readable),
    ...errorsByClass(
      scores.filter((s) => s.split === 'heldout2'),
      true,
    ).map((e) => `heldout2: ${e}`),
  ];
  if (errors.length) lines.push('', '### Errors by class', ...errors.map((e) => `- ${e}`));
}

// ---- Throughput -------------------------------------------------------------------------------
const allText = docs.map((d) => d.text).join('\n\n');
// The article first, before the lemmatization loops leave their garbage behind.
const paragraphs = allText.split(/\n\s*\n/);
let article = '';
for (let i = 0; (article.match(/\S+/g)?.length ?? 0) < 1000; i++) article += `${paragraphs[i % paragraphs.length]}\n\n`;
const articleWords = article.match(/\S+/g)!.length;
const extractMs = time(() => extract(article, { published: '2025-06-17' }, withKb), 21);
const linkerMs = time(() => buildLinker(lemmatizer, kb.entities, kb.ontology), 5);
const words = allText.match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [];
const sample: string[] = [];
while (sample.length < 200_000) sample.push(...words);
const rawLookups = time(() => {
  for (const w of sample) lemmatizer.dictionary.lookup(w);
}, 3);
const uncached = time(() => {
  for (const w of sample) lemmatizer.lookup(w);
}, 3);
const cachedLemmatizer = new Lemmatizer(MorfologikDictionary.parse(dictBytes, info));
const cached = time(() => {
  for (const w of sample) cachedLemmatizer.analyse(w);
}, 3);
lines.push(
  '',
  `| throughput (Node ${process.version}, one core) | figure |`,
  '|---|---:|',
  `| dictionary load (read and parse polish.dict, ${(dictBytes.length / 1e6).toFixed(1)} MB) | ${loadMs.toFixed(2)} ms |`,
  `| dictionary lookups alone, form -> lemma + tag strings (${sample.length.toLocaleString('en')} words) | ${Math.round(sample.length / (rawLookups / 1000)).toLocaleString('en')} words/s |`,
  `| lemmatization, uncached: lookup and tags parsed into readings | ${Math.round(sample.length / (uncached / 1000)).toLocaleString('en')} words/s |`,
  `| lemmatization with the per-form cache (whole analysis incl. name rules) | ${Math.round(sample.length / (cached / 1000)).toLocaleString('en')} words/s |`,
  `| linker for graph/ (${kb.entities.length} entities: aliases, gazetteer, bodies) | ${linkerMs.toFixed(1)} ms |`,
  `| extraction of a ${articleWords}-word article, once loaded | ${extractMs.toFixed(1)} ms (${((extractMs * 1000) / articleWords).toFixed(1)} ms per 1,000 words) |`,
);

const report = lines.join('\n');
console.log(report);
if (opts.write) {
  const path = join(ROOT, 'docs', 'extraction.md');
  const doc = readFileSync(path, 'utf8');
  const [start, end] = ['<!-- eval:start -->', '<!-- eval:end -->'];
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`eval: ${path} has no ${start} … ${end} block`);
  writeFileSync(path, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${report}\n${doc.slice(doc.indexOf(end))}`);
  console.log(`\nwrote ${path}`);
}

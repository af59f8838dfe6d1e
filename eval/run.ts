// `npm run eval`: scores the extractor on the seed article (against the curated knowledge
// base, extracted without it) and on the hand-annotated fixtures (extracted with graph/ as
// the knowledge base to link to), the set-aside fixtures reported on their own; then
// measures throughput. `--split dev|heldout|seed` limits the texts, `--verbose` lists what
// was missed and what was extra, `--write` puts the report into docs/extraction.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLinker } from '../src/extract/linker.ts';
import { extract } from '../src/extract/extract.ts';
import { mergeDraft } from '../src/extract/merge.ts';
import { formatDiagnostic } from '../src/kb/diagnostics.ts';
import { loadKnowledgeBase } from '../src/kb/load.ts';
import { Lemmatizer } from '../src/lexicon/lemmatizer.ts';
import { MorfologikDictionary, parseDictionaryInfo } from '../src/lexicon/morfologik.ts';
import { readKnowledgeBaseDir } from '../src/node/read-kb.ts';
import { goldAsDraft, parseGold, seedGold, type GoldDoc } from './gold.ts';
import { prf, scoreDraft, sum, type DocScore } from './score.ts';
import { time } from '../bench/util.ts';

const ROOT = join(import.meta.dirname, '..');
const { values: opts } = parseArgs({ options: { split: { type: 'string' }, verbose: { type: 'boolean' }, write: { type: 'boolean' }, check: { type: 'boolean' } } });
const splits = opts.split ? [opts.split] : ['seed', 'dev', 'heldout'];

const kbFiles = await readKnowledgeBaseDir(join(ROOT, 'graph'));
const loaded = loadKnowledgeBase(kbFiles);
if (!loaded.ok) throw new Error('eval: graph/ does not validate; run faktograf validate');
const kb = loaded.value.kb;

const dictDir = join(ROOT, 'lexicons', 'morfologik-polish');
const dictBytes = readFileSync(join(dictDir, 'polish.dict'));
const info = parseDictionaryInfo(readFileSync(join(dictDir, 'polish.info'), 'utf8'));
const loadMs = time(() => MorfologikDictionary.parse(readFileSync(join(dictDir, 'polish.dict')), info), 20);
const lemmatizer = new Lemmatizer(MorfologikDictionary.parse(dictBytes, info));
const withKb = buildLinker(lemmatizer, kb.entities, kb.ontology);
const withoutKb = buildLinker(lemmatizer, [], kb.ontology);

const docs: GoldDoc[] = [];
if (splits.includes('seed')) docs.push(seedGold(kb, 'seed-kp-kursk-2025'));
for (const split of ['dev', 'heldout'] as const) {
  if (!splits.includes(split)) continue;
  const dir = join(ROOT, 'eval', split);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    docs.push(parseGold(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.yaml')), 'utf8'), text, split, kb));
  }
}

// The gold must be a valid draft: merged into graph/, it passes the validator.
const problems: string[] = [];
for (const d of docs.filter((d) => d.split !== 'seed')) {
  const merged = mergeDraft(kbFiles, goldAsDraft(d, kb), d.text);
  if (!merged.result.ok) problems.push(...merged.result.diagnostics.map((x) => formatDiagnostic(x, d.id)));
  if (merged.dropped.length) problems.push(`${d.id}: gold relations that do not fit the ontology: ${merged.dropped.join(', ')}`);
}
if (problems.length) {
  console.error(`eval: the gold annotations have problems:\n${problems.join('\n')}`);
  process.exit(1);
}
if (opts.check) {
  // Only the annotations: `--check` validates the gold without running the extractor.
  console.log(`eval: ${docs.length} gold file(s) merge into graph/ and validate.`);
  process.exit(0);
}

const scores: DocScore[] = docs.map((d) => scoreDraft(extract(d.text, { published: d.published, sourceId: d.id }, d.split === 'seed' ? withoutKb : withKb).draft, d));

const pct = (x: number) => x.toFixed(2);
const ratio = (a: { right: number; of: number }) => (a.of ? `${a.right}/${a.of}` : '–');
const lines: string[] = [];
lines.push('| text | split | entities P / R / F1 | relations P / R / F1 | factuality, status | claimants | time | quantity | linking |', '|---|---|---|---|---|---|---|---|---|');
const row = (name: string, split: string, s: Pick<DocScore, 'entities' | 'relations' | 'factuality' | 'attribution' | 'time' | 'quantity' | 'linking'>) => {
  const e = prf(s.entities);
  const r = prf(s.relations);
  lines.push(
    `| ${name} | ${split} | ${pct(e.p)} / ${pct(e.r)} / **${pct(e.f1)}** | ${pct(r.p)} / ${pct(r.r)} / **${pct(r.f1)}** | ${ratio(s.factuality)} | ${ratio(s.attribution)} | ${ratio(s.time)} | ${ratio(s.quantity)} | ${ratio(s.linking)} |`,
  );
};
const add = (xs: Array<{ right: number; of: number }>) => xs.reduce((a, b) => ({ right: a.right + b.right, of: a.of + b.of }), { right: 0, of: 0 });
for (const s of scores) row(s.id, s.split, s);
for (const split of ['dev', 'heldout']) {
  const group = scores.filter((s) => s.split === split);
  if (group.length < 2) continue;
  row(`**all ${split} (micro)**`, split, {
    entities: sum(group.map((s) => s.entities)),
    relations: sum(group.map((s) => s.relations)),
    factuality: add(group.map((s) => s.factuality)),
    attribution: add(group.map((s) => s.attribution)),
    time: add(group.map((s) => s.time)),
    quantity: add(group.map((s) => s.quantity)),
    linking: add(group.map((s) => s.linking)),
  });
}
const untyped = prf(sum(scores.filter((s) => s.split !== 'seed').map((s) => s.entitiesUntyped)));
lines.push('', `Entities aligned regardless of type (fixtures): F1 ${pct(untyped.f1)}.`);

if (opts.verbose)
  for (const s of scores) {
    lines.push('', `### ${s.id}`, `- missed entities: ${s.missedEntities.join(', ') || '—'}`, `- extra entities: ${s.extraEntities.join(', ') || '—'}`);
    lines.push(`- missed relations: ${s.missedRelations.join('; ') || '—'}`, `- extra relations: ${s.extraRelations.join('; ') || '—'}`);
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

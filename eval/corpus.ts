// The evaluation's inputs, shared by `npm run eval` (eval/run.ts) and the CI gate
// (eval/eval.test.ts): the knowledge base of graph/, the dictionary and linkers, the gold
// of each split, the check that every gold merges into graph/ and validates, and the scores.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLinker, type Linker } from '../src/extract/linker.ts';
import { extract } from '../src/extract/extract.ts';
import { mergeDraft } from '../src/extract/merge.ts';
import { formatDiagnostic } from '../src/kb/diagnostics.ts';
import { loadKnowledgeBase } from '../src/kb/load.ts';
import { Lemmatizer } from '../src/lexicon/lemmatizer.ts';
import { MorfologikDictionary, parseDictionaryInfo, type DictionaryInfo } from '../src/lexicon/morfologik.ts';
import type { KnowledgeBase } from '../src/model/types.ts';
import { readKnowledgeBaseDir } from '../src/node/read-kb.ts';
import { FIXTURE_SPLITS, goldAsDraft, parseGold, seedGold, type GoldDoc, type Split } from './gold.ts';
import { scoreDraft, type DocScore } from './score.ts';

export const ROOT = join(import.meta.dirname, '..');

export interface Setup {
  kbFiles: Awaited<ReturnType<typeof readKnowledgeBaseDir>>;
  kb: KnowledgeBase;
  dictBytes: Buffer;
  info: DictionaryInfo;
  lemmatizer: Lemmatizer;
  /** Linking to graph/, for the fixtures. */
  withKb: Linker;
  /** The ontology only, for the seed article (whose own knowledge base graph/ is). */
  withoutKb: Linker;
}

export async function loadSetup(): Promise<Setup> {
  const kbFiles = await readKnowledgeBaseDir(join(ROOT, 'graph'));
  const loaded = loadKnowledgeBase(kbFiles);
  if (!loaded.ok) throw new Error('eval: graph/ does not validate; run faktograf validate');
  const kb = loaded.value.kb;
  const dictDir = join(ROOT, 'lexicons', 'morfologik-polish');
  const dictBytes = readFileSync(join(dictDir, 'polish.dict'));
  const info = parseDictionaryInfo(readFileSync(join(dictDir, 'polish.info'), 'utf8'));
  const lemmatizer = new Lemmatizer(MorfologikDictionary.parse(dictBytes, info));
  return {
    kbFiles,
    kb,
    dictBytes,
    info,
    lemmatizer,
    withKb: buildLinker(lemmatizer, kb.entities, kb.ontology),
    withoutKb: buildLinker(lemmatizer, [], kb.ontology),
  };
}

/** The gold of the given splits: the seed article, then each eval/<split>/ in file-name order. */
export function loadDocs(kb: KnowledgeBase, splits: readonly Split[]): GoldDoc[] {
  const docs: GoldDoc[] = [];
  if (splits.includes('seed')) docs.push(seedGold(kb, 'seed-kp-kursk-2025'));
  for (const split of FIXTURE_SPLITS) {
    if (!splits.includes(split)) continue;
    const dir = join(ROOT, 'eval', split);
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      docs.push(parseGold(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.yaml')), 'utf8'), text, split, kb));
    }
  }
  return docs;
}

/** The gold must be a valid draft: merged into graph/, it passes the validator. All problems, at once. */
export function goldProblems(setup: Setup, docs: readonly GoldDoc[]): string[] {
  const problems: string[] = [];
  for (const d of docs.filter((d) => d.split !== 'seed')) {
    const merged = mergeDraft(setup.kbFiles, goldAsDraft(d, setup.kb), d.text);
    if (!merged.result.ok) problems.push(...merged.result.diagnostics.map((x) => formatDiagnostic(x, d.id)));
    if (merged.dropped.length) problems.push(`${d.id}: gold relations that do not fit the ontology: ${merged.dropped.join(', ')}`);
  }
  return problems;
}

/** Each text extracted (the seed without graph/, the fixtures with it) and scored against its gold. */
export function scoreDocs(setup: Setup, docs: readonly GoldDoc[]): DocScore[] {
  return docs.map((d) => scoreDraft(extract(d.text, { published: d.published, sourceId: d.id }, d.split === 'seed' ? setup.withoutKb : setup.withKb).draft, d));
}

// `npm run bench`: measures the pipeline on the seed knowledge base and writes the
// figures to docs/benchmarks.md.
import { writeFileSync } from 'node:fs';
import { buildGraph } from '../src/build/graph.ts';
import { runBuild } from '../src/build/pipeline.ts';
import { loadKnowledgeBase } from '../src/kb/load.ts';
import { assignLayout } from '../src/layout/forceatlas2.ts';
import { readKnowledgeBaseDir } from '../src/node/read-kb.ts';
import { KnowledgeGraph } from '../src/query/index.ts';
import { fmt, time } from './util.ts';

const files = await readKnowledgeBaseDir('graph');
const loaded = loadKnowledgeBase(files);
if (!loaded.ok) throw new Error('the knowledge base in graph/ does not validate; run faktograf validate');
const graph = buildGraph(loaded.value);
const kg = new KnowledgeGraph(graph);

const rows: Array<[string, number]> = [
  ['load + validate (parse YAML, schemas, references, quotes)', time(() => loadKnowledgeBase(files), 20)],
  ['build graph (nodes, edges, PageRank)', time(() => buildGraph(loaded.value), 20)],
  ['layout (ForceAtlas2, 500 iterations)', time(() => assignLayout(graph.copy()), 5)],
  ['whole build (validate + build + layout + serialise)', time(() => runBuild(files), 5)],
  ['query: relations of one subject', perCall(() => kg.relations({ from: 'kim-jong-un' }))],
  ['query: shortest path', perCall(() => kg.shortestPath('kim-jong-un', 'kursk-oblast'))],
  ['query: find entity by inflected alias', perCall(() => kg.findEntity('Siergieja Szojgu'))],
];

/** Median ms of one call, timed over batches of 1,000 calls. */
function perCall(fn: () => unknown): number {
  return time(() => {
    for (let i = 0; i < 1000; i++) fn();
  }) / 1000;
}

const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (median of repeated runs, after a warm-up); Node',
  `${process.version}, ${process.arch}. Seed knowledge base: ${graph.order} entities, ${graph.size} relations.`,
  '',
  '| step | median ms |',
  '|---|---:|',
  ...rows.map(([name, ms]) => `| ${name} | ${fmt(ms)} |`),
  '',
  `Peak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
  '',
];
writeFileSync('docs/benchmarks.md', lines.join('\n'));
console.log(lines.join('\n'));

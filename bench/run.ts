// `npm run bench`: Faktograf at 1k, 10k and 100k entities (×5 relations) beside NetworkX
// and igraph on the same records, graphology's own ForceAtlas2 and GEXF parser, and the
// explorer in Chromium at 1k, 10k and 50k; medians go to docs/benchmarks.md.
//
//   npm run bench -- [--sizes 1000,10000,100000] [--explorer-sizes 1000,10000,50000]
//                    [--runs n] [--data <dir>] [--no-python] [--no-explorer] [--reuse]
//
// Each size's medians are saved in <data>/results-<n>.json as soon as measured; --reuse
// takes them from there instead of measuring again (to redo the report or one size).
//
// Every measurement runs in a fresh process (bench/steps/*.ts, bench/python/compare.py),
// so each peak RSS is that step's own. Synthetic knowledge bases come from
// `faktograf synth --seed 1` and are cached under --data (default: the system's temp dir).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explorerBench, type ExplorerResult } from './explorer.ts';
import { renderReport, type SizeResults } from './report.ts';
import { ensureSynthKb, medianOf, runPython, runStep, type StepResult } from './util.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'explorer-sizes': { type: 'string', default: '1000,10000,50000' },
    runs: { type: 'string' },
    data: { type: 'string', default: join(tmpdir(), 'faktograf-bench') },
    'no-python': { type: 'boolean' },
    'no-explorer': { type: 'boolean' },
    reuse: { type: 'boolean' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const explorerSizes = values['no-explorer'] ? [] : values['explorer-sizes'].split(',').map(Number);
const runsFor = (n: number) => (values.runs ? Number(values.runs) : n >= 50_000 ? 3 : 5);
const LAYOUT_ITERATIONS = 100;
const root = join(import.meta.dirname, '..');
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

const kbDir = (n: number) => join(values.data, `kb-${n}`);
const outDir = (n: number) => join(values.data, `out-${n}`);

const ensureKnowledgeBase = (n: number) => ensureSynthKb(kbDir(n), n, log);

/** Iterations per layout measurement: enough to time, few where an iteration takes seconds. */
const iterations = (n: number, engine: 'ours' | 'graphology' | 'igraph') =>
  ({ ours: n >= 50_000 ? 20 : 50, graphology: n >= 50_000 ? 3 : n >= 5_000 ? 10 : 50, igraph: n >= 50_000 ? 10 : 50 })[engine];

function measureSize(n: number): SizeResults {
  ensureKnowledgeBase(n);
  const runs = runsFor(n);
  const out = outDir(n);
  const graph = join(out, 'graph.json');
  const step = (label: string, name: string, args: Array<string | number>, k = runs): StepResult => {
    log(`${n}: ${label} (${k}×)`);
    return medianOf(k, () => runStep(name, args));
  };
  const py = (label: string, mode: string, args: Array<string | number>, k = runs): StepResult | null => {
    if (values['no-python']) return null;
    log(`${n}: ${label} (${k}×)`);
    return medianOf(k, () => runPython('compare.py', [mode, ...args]));
  };
  const flat = join(out, 'flat.json');
  const gexf12 = join(out, 'graph-1.2.gexf');
  return {
    n,
    runs,
    pipeline: step('validate + build + layout + export', 'pipeline', [kbDir(n), out, LAYOUT_ITERATIONS]),
    layoutOurs1: step('ForceAtlas2, 1 thread', 'layout', [graph, 'ours', iterations(n, 'ours'), 1]),
    layoutOurs2: n >= 10_000 ? step('ForceAtlas2, 2 threads', 'layout', [graph, 'ours', iterations(n, 'ours'), 2]) : null,
    layoutGraphology: step('graphology ForceAtlas2', 'layout', [graph, 'graphology', iterations(n, 'graphology')], Math.min(runs, 3)),
    jsonImport: step('graph.json import', 'io', ['json', graph]),
    gexfImport: step('GEXF import', 'io', ['gexf', gexf12]),
    // graphology-gexf builds a DOM of the whole file: ~8 s and 1 GB at 10k, so not at 100k.
    graphologyGexf: n <= 10_000 ? step('graphology-gexf parse', 'io', ['graphology-gexf', gexf12], Math.min(runs, 3)) : null,
    flatBuild: step('bare graphology build', 'io', ['flat', flat]),
    query: step('queries', 'query', [graph]),
    nxBuild: py('NetworkX build', 'nx-build', [flat]),
    nxWrite: py('NetworkX write_gexf', 'nx-write', [flat, join(out, 'networkx.gexf')], Math.min(runs, 3)),
    nxRead: py('NetworkX read_gexf', 'nx-read', [gexf12], Math.min(runs, 3)),
    igBuild: py('igraph build', 'ig-build', [flat]),
    igLayout: py('igraph Fruchterman-Reingold', 'ig-layout', [flat, iterations(n, 'igraph')], Math.min(runs, 3)),
  };
}

const results = sizes.map((n) => {
  const saved = join(values.data, `results-${n}.json`);
  if (values.reuse && existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as SizeResults;
  const measured = measureSize(n);
  writeFileSync(saved, JSON.stringify(measured));
  return measured;
});

let explorer: Array<ExplorerResult & { n: number; built: string }> = [];
let explorerError = '';
const explorerSaved = join(values.data, 'results-explorer.json');
if (explorerSizes.length && values.reuse && existsSync(explorerSaved)) explorer = JSON.parse(readFileSync(explorerSaved, 'utf8'));
else if (explorerSizes.length) {
  for (const n of explorerSizes) {
    ensureKnowledgeBase(n);
    if (!existsSync(join(outDir(n), 'flat.json'))) {
      log(`${n}: build for the explorer`);
      runStep('pipeline', [kbDir(n), outDir(n), LAYOUT_ITERATIONS]);
    }
  }
  log(`explorer in Chromium at ${explorerSizes.join(', ')}`);
  try {
    const measured = await explorerBench(
      explorerSizes.map((n) => ({ dir: outDir(n) })),
      3,
    );
    explorer = measured.results.map((r, i) => ({ ...r, n: explorerSizes[i]!, built: measured.built }));
    writeFileSync(explorerSaved, JSON.stringify(explorer));
  } catch (e) {
    // The explorer is built from the working tree; a broken build must not lose the rest.
    explorerError = (e as Error).message.split('\n').slice(0, 3).join(' ');
    log(`explorer not measured: ${explorerError}`);
  }
}

const markdown = renderReport(results, explorer, { node: process.version, cpus: (await import('node:os')).availableParallelism(), explorerError });
writeFileSync(resolve(root, values.out), markdown);
process.stdout.write(markdown);

// Bench step, in its own process: `faktograf load`'s path into a running store — read and
// validate the knowledge base, build the graph (no layout), then the Turtle batches into the
// store's Graph Store endpoint and the swap — timing each phase and sampling the process's
// memory every 50 ms during the load, to show that the load holds one batch, not all triples.
// Usage: tsx bench/steps/load.ts <kb dir> <graph store endpoint> <user> <batch triples>
//   The password is read from FAKTOGRAF_SPARQL_PASSWORD, as the command does.
import { memoryUsage } from 'node:process';
import { runBuild } from '../../src/compile/pipeline.ts';
import { Notes } from '../../src/export/notes.ts';
import { turtleBatches } from '../../src/export/rdf.ts';
import { authenticatingFetch } from '../../src/node/http-auth.ts';
import { readKnowledgeBaseDir } from '../../src/node/read-kb.ts';
import { GraphStore } from '../../src/sparql/graph-store.ts';
import { loadGraph } from '../../src/sparql/load.ts';
import { laps, report } from '../util.ts';

const [kbDir, endpoint, user, batchArg] = process.argv.slice(2) as [string, string, string, string];
const MiB = 2 ** 20;

const lap = laps();

const built = runBuild(await readKnowledgeBaseDir(kbDir), { layout: false });
if (!built.ok) throw new Error(`${kbDir} does not build: ${built.diagnostics.length} problem(s)`);
const { graph } = built;
const buildMs = lap();
globalThis.gc?.();
const before = memoryUsage();

let peakRss = before.rss;
let peakHeap = before.heapUsed;
const sampler = setInterval(() => {
  const m = memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);
const store = new GraphStore({ endpoint, fetch: authenticatingFetch({ user, password: process.env.FAKTOGRAF_SPARQL_PASSWORD ?? '' }) });
const loadStarted = performance.now();
let swapStarted = 0;
const result = await loadGraph({
  store,
  graph: 'https://example.org/faktograf/graph',
  batches: turtleBatches(graph as never, {}, new Notes(), Number(batchArg)),
  onSwap: () => (swapStarted = performance.now()),
});
const loadMs = lap();
clearInterval(sampler);

report({
  entities: graph.order,
  relations: graph.size,
  triples: result.triples,
  batches: result.batches,
  buildMs,
  loadMs,
  swapMs: loadStarted + loadMs - swapStarted,
  triplesPerSecond: result.triples / ((swapStarted - loadStarted) / 1000),
  rssAfterBuildMiB: before.rss / MiB,
  heapAfterBuildMiB: before.heapUsed / MiB,
  peakRssDuringLoadMiB: peakRss / MiB,
  peakHeapDuringLoadMiB: peakHeap / MiB,
});

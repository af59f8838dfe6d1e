// Bench step: the latency of the questions `entity`, `relations --from`, `path` and
// `conflicts` ask, through the query backend interface, and this process's peak memory.
//   tsx bench/steps/backend-query.ts <sample.json> memory <kb dir>
//   tsx bench/steps/backend-query.ts <sample.json> sparql <endpoint> [<graph IRI>]
// sample.json holds {names, subjects, pairs}: the same questions for both backends (the
// driver draws them from the knowledge base, so the SPARQL process never reads it).
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../src/compile/graph.ts';
import { loadKnowledgeBase } from '../../src/kb/load.ts';
import { readKnowledgeBaseDir } from '../../src/node/read-kb.ts';
import { MemoryBackend, type QueryBackend } from '../../src/query/backend.ts';
import { KnowledgeGraph } from '../../src/query/index.ts';
import { median, peakRssMiB, report } from '../util.ts';

export interface QuerySample {
  names: string[];
  subjects: string[];
  pairs: Array<[string, string]>;
}

const [sampleFile, mode, target, graphIri] = process.argv.slice(2) as [string, string, string, string | undefined];
const sample = JSON.parse(readFileSync(sampleFile, 'utf8')) as QuerySample;

async function open(): Promise<QueryBackend> {
  if (mode === 'sparql') return KnowledgeGraph.fromSparql(target, { graphIri });
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(target));
  if (!loaded.ok) throw new Error('the knowledge base does not load');
  return new MemoryBackend(new KnowledgeGraph(buildGraph(loaded.value)));
}

const t = performance.now();
const backend = await open();
// The first name resolution: building the graph in memory, fetching the names over SPARQL.
await backend.resolveEntity(sample.names[0]!);
const openMs = performance.now() - t;

/** Median ms of `k` runs of an asynchronous question. */
async function latency(k: number, ask: (i: number) => Promise<unknown>): Promise<number> {
  try {
    return await timed(k, ask);
  } catch (e) {
    // A question the store does not answer in time is reported, and the others still measured.
    process.stderr.write(`${(e as Error).message}\n`);
    return Number.NaN;
  }
}

async function timed(k: number, ask: (i: number) => Promise<unknown>): Promise<number> {
  await ask(-1);
  const samples: number[] = [];
  for (let i = 0; i < k; i++) {
    const t = performance.now();
    await ask(i);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const at = <T>(list: T[], i: number) => list[(i + list.length) % list.length]!;
const entity = await latency(20, async (i) => {
  const chosen = await backend.resolveEntity(at(sample.names, i));
  if (!('id' in chosen)) return;
  await backend.entity(chosen.id);
  await backend.countRelations({ to: chosen.id });
  await backend.countRelations({ from: chosen.id });
});
const relationsFrom = await latency(20, (i) => backend.relations({ from: at(sample.subjects, i) }));
const path = await latency(10, (i) => backend.shortestPath(...at(sample.pairs, i)));
const conflicts = await latency(3, async () => {
  await backend.conflicts();
  await backend.series();
});

report({ mode, openMs, entity, relationsFrom, path, conflicts, heapMiB: process.memoryUsage().heapUsed / 2 ** 20, peak: peakRssMiB() });

// `npm run bench:sparql-query`: what `entity`, `relations --from`, `path` and `conflicts`
// take when a SPARQL endpoint answers them, beside the embedded graph, at 10k and 100k
// entities (×5 relations), and the Node process's peak memory on each path.
//
//   npm run bench:sparql-query -- [--sizes 10000,100000] [--data <dir>] [--store virtuoso|oxigraph|<endpoint URL>] [--graph-iri <iri>]
//
// --store virtuoso (the default) starts a private Virtuoso 7 (tests/sparql/virtuoso.ts)
// and loads the knowledge base with `faktograf load`'s path (bench/steps/load.ts);
// oxigraph serves the Turtle export from Oxigraph in this process; given a URL, the graph
// must already be loaded there (`faktograf load`).
// Each backend runs in a fresh process (bench/steps/backend-query.ts), so its peak RSS is
// its own: the SPARQL one never builds the graph.
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/compile/graph.ts';
import { turtle } from '../src/export/rdf.ts';
import type { AnyGraph } from '../src/export/types.ts';
import { loadKnowledgeBase } from '../src/kb/load.ts';
import { seededRng } from '../src/layout/rng.ts';
import { readKnowledgeBaseDir } from '../src/node/read-kb.ts';
import type { QuerySample } from './steps/backend-query.ts';
import { promisify } from 'node:util';
import { ensureSynthKb, fmt, runStep, type StepResult } from './util.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    data: { type: 'string', default: join(tmpdir(), 'faktograf-bench') },
    store: { type: 'string', default: 'virtuoso' },
    'graph-iri': { type: 'string', default: 'https://example.org/faktograf/graph' },
  },
});
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const kbDir = (n: number) => join(values.data, `kb-${n}`);

const ensureKnowledgeBase = (n: number) => ensureSynthKb(kbDir(n), n, log);

/** The questions both backends answer, drawn once from the graph; and its Turtle export, written to a file. */
async function prepare(n: number): Promise<{ sampleFile: string; ttl: string }> {
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(kbDir(n)));
  if (!loaded.ok) throw new Error(`${kbDir(n)} does not load`);
  const graph = buildGraph(loaded.value);
  const rng = seededRng(9);
  const nodes = graph.nodes();
  const pick = () => nodes[Math.floor(rng() * nodes.length)]!;
  const sample: QuerySample = {
    // By id, as `faktograf relations --from` prints them: a synthetic alias is often ambiguous.
    names: Array.from({ length: 50 }, pick),
    subjects: Array.from({ length: 200 }, pick)
      .filter((id) => graph.outDegree(id) > 0)
      .slice(0, 50),
    pairs: Array.from({ length: 20 }, () => [pick(), pick()] as [string, string]),
  };
  const dir = join(values.data, `sparql-${n}`);
  mkdirSync(dir, { recursive: true });
  const sampleFile = join(dir, 'sample.json');
  writeFileSync(sampleFile, JSON.stringify(sample));
  const ttl = join(dir, 'graph.ttl');
  if (values.store === 'oxigraph' && !existsSync(ttl)) {
    log(`${n}: writing the Turtle export`);
    const out = createWriteStream(ttl);
    for (const file of turtle(graph as unknown as AnyGraph).files)
      for (const chunk of file.chunks) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  return { sampleFile, ttl };
}

/** An endpoint holding the graph: a fresh Virtuoso, Oxigraph here, or the URL given. */
async function endpointFor(n: number, ttl: string): Promise<{ url: string; graphIri?: string; close(): Promise<void> }> {
  if (values.store === 'virtuoso') {
    const { startVirtuoso } = await import('../tests/sparql/virtuoso.ts');
    const virtuoso = await startVirtuoso({ buffers: n >= 50_000 ? 200_000 : 50_000, queryTimeout: 0 });
    log(`${n}: load into Virtuoso on ${virtuoso.origin}`);
    // bench/steps/load.ts loads into https://example.org/faktograf/graph.
    const loaded = runStep('load', [kbDir(n), virtuoso.graphStore, virtuoso.user, 20_000], { env: { FAKTOGRAF_SPARQL_PASSWORD: virtuoso.password } });
    log(`${n}: loaded ${loaded.triples} triples in ${fmt(Number(loaded.loadMs))} ms`);
    return { url: virtuoso.sparql, graphIri: 'https://example.org/faktograf/graph', close: virtuoso.stop };
  }
  if (values.store !== 'oxigraph') return { url: values.store, graphIri: values['graph-iri'], close: async () => undefined };
  const { serveTurtle } = await import('../src/sparql/test-server.ts');
  const t = performance.now();
  const served = await serveTurtle(readFileSync(ttl, 'utf8'), { graphIri: values['graph-iri'] });
  log(`loaded into Oxigraph in ${fmt(performance.now() - t)} ms`);
  return { url: served.url, graphIri: values['graph-iri'], close: served.close };
}

const rows: Array<{ n: number; memory: StepResult; sparql: StepResult }> = [];
for (const n of values.sizes.split(',').map(Number)) {
  ensureKnowledgeBase(n);
  const { sampleFile, ttl } = await prepare(n);
  log(`${n}: in memory`);
  const memory = runStep('backend-query', [sampleFile, 'memory', kbDir(n)]);
  const endpoint = await endpointFor(n, ttl);
  log(`${n}: over SPARQL (${values.store})`);
  // Not runStep: its synchronous wait would stop the Oxigraph endpoint in this process from answering.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'steps', 'backend-query.ts'),
      sampleFile,
      'sparql',
      endpoint.url,
      ...(endpoint.graphIri ? [endpoint.graphIri] : []),
    ],
    { maxBuffer: 1 << 24 },
  );
  const sparql = JSON.parse(stdout.trim().split('\n').pop()!) as StepResult;
  await endpoint.close();
  rows.push({ n, memory, sparql });
}

const ms = (v: unknown) => fmt(Number(v));
const lines = [
  `| entities | backend | open + first name (ms) | entity (ms) | relations --from (ms) | path (ms) | conflicts (ms) | peak RSS (MiB) |`,
  '|---:|---|---:|---:|---:|---:|---:|---:|',
];
for (const { n, memory, sparql } of rows)
  for (const [label, r] of [
    ['in memory', memory],
    [`SPARQL (${values.store === 'oxigraph' ? 'Oxigraph' : values.store === 'virtuoso' ? 'Virtuoso 7.2' : 'endpoint'})`, sparql],
  ] as const)
    lines.push(
      `| ${n} | ${label} | ${ms(r.openMs)} | ${ms(r.entity)} | ${ms(r.relationsFrom)} | ${ms(r.path)} | ${ms(r.conflicts)} | ${Number(r.peakRssMiB).toFixed(0)} |`,
    );
process.stdout.write(`${lines.join('\n')}\n`);

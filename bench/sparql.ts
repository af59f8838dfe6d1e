// `npm run bench:sparql`: `faktograf load` into Virtuoso 7 at 10k and 100k entities (×5
// relations, from `faktograf synth --seed 1`), beside the in-memory build of the same
// knowledge base: wall time of each phase, triples per second, and the memory of the Node
// process before and during the load (the load streams batches: it must not grow with the
// graph) and of the Virtuoso server. Each size gets a fresh server (tests/sparql/virtuoso.ts).
//
//   npm run bench:sparql -- [--sizes 10000,100000] [--batch 20000] [--data <dir>]
//
// Prints a Markdown table (docs/sparql.md holds the measured one) and saves
// <data>/sparql-load-<n>.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startVirtuoso, virtuosoAvailable } from '../tests/sparql/virtuoso.ts';
import { fmt, runStep, type StepResult } from './util.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    batch: { type: 'string', default: '20000' },
    data: { type: 'string', default: join(tmpdir(), 'faktograf-bench') },
  },
});
const root = join(import.meta.dirname, '..');
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
if (!virtuosoAvailable()) process.exit(1);

function ensureKnowledgeBase(n: number): string {
  const dir = join(values.data, `kb-${n}`);
  if (existsSync(join(dir, 'ontology.yaml'))) return dir;
  log(`synth ${n} entities, ${5 * n} relations`);
  const args = ['synth', '--entities', String(n), '--relations', String(5 * n), '--seed', '1', '--out', dir, '--force'];
  execFileSync(process.execPath, [join(root, 'bin', 'faktograf.js'), ...args], { stdio: 'inherit' });
  return dir;
}

/** Peak resident memory of a process, in MiB (Linux). */
const peakMiB = (pid: number | undefined) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

const rows: StepResult[] = [];
for (const n of values.sizes.split(',').map(Number)) {
  const kb = ensureKnowledgeBase(n);
  // Virtuoso's rule of thumb: about two thirds of the memory it may use, in 8 KiB buffers.
  const virtuoso = await startVirtuoso({ buffers: n >= 50_000 ? 200_000 : 50_000, queryTimeout: 0 });
  try {
    log(`${n}: load into Virtuoso on ${virtuoso.origin}`);
    const measured = runStep('load', [kb, virtuoso.graphStore, virtuoso.user, values.batch], { env: { FAKTOGRAF_SPARQL_PASSWORD: virtuoso.password } });
    const row = { n, ...measured, virtuosoPeakRssMiB: peakMiB(virtuoso.pid) };
    writeFileSync(join(values.data, `sparql-load-${n}.json`), JSON.stringify(row));
    rows.push(row);
  } finally {
    await virtuoso.stop();
  }
}

const num = (v: unknown) => fmt(Number(v));
const lines = [
  `Node ${process.version}, Virtuoso 7.2.5 (Debian), batches of ${Number(values.batch).toLocaleString('en')} triples.`,
  '',
  '| entities | relations | triples | build in memory (s) | load into Virtuoso (s) | of which the MOVE (s) | triples/s | Node RSS after build (MiB) | Node peak RSS during load (MiB) | Node peak heap during load (MiB) | Virtuoso peak RSS (MiB) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.entities} | ${r.relations} | ${Number(r.triples).toLocaleString('en')} | ${num(Number(r.buildMs) / 1000)} | ${num(Number(r.loadMs) / 1000)} | ${num(Number(r.swapMs) / 1000)} | ${Math.round(Number(r.triplesPerSecond)).toLocaleString('en')} | ${num(r.rssAfterBuildMiB)} | ${num(r.peakRssDuringLoadMiB)} | ${num(r.peakHeapDuringLoadMiB)} | ${num(r.virtuosoPeakRssMiB)} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);

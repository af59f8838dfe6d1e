// `npx tsx bench/export.ts [--nodes 100000] [--edges 500000] [--format gexf] [--graphology-gexf]`
// Exports a synthetic graph shaped like the knowledge base's (bilingual names, aliases,
// qualifiers, evidence quotes, layout) to a file in chunks, as `faktograf export --out`
// does, and reports time, file size and peak RSS (VmHWM). With --graphology-gexf it runs
// graphology-gexf's writer on the same graph instead, for comparison. Not part of the
// test suite; the figures go to docs/interchange.md by hand.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { write as graphologyGexfWrite } from 'graphology-gexf';
import { streamExport, type FormatId } from '../src/export/index.ts';
import type { AnyGraph } from '../src/export/types.ts';
import { MultiDirectedGraph } from '../src/model/graph.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '500000' },
    format: { type: 'string', default: 'gexf' },
    'graphology-gexf': { type: 'boolean' },
  },
});
const [N, M] = [Number(values.nodes), Number(values.edges)];

const peakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;

// A seeded generator, so every run exports the same graph.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event', 'Contingent'];
const RELATIONS = ['ANNOUNCED', 'DEPLOYED_TO', 'PART_OF', 'MET_WITH', 'SUPPORTS', 'LOCATED_IN'];
const FACTUALITY = ['certain', 'probable', 'possible', 'underspecified'] as const;
const QUOTE = 'Porozumienie w tej sprawie zostało ogłoszone przez sekretarza Rady Bezpieczeństwa Rosji po rozmowach';

let t = performance.now();
const graph = new MultiDirectedGraph();
for (let i = 0; i < N; i++)
  graph.addNode(`entity-${i}`, {
    label: `Encja ${i}`,
    x: Math.round(rand() * 1e6) / 1e3,
    y: Math.round(rand() * 1e6) / 1e3,
    size: 4 + Math.round(rand() * 14000) / 1000,
    color: '#e15759',
    entityType: TYPES[i % TYPES.length],
    name: { pl: `Encja ${i}`, en: `Entity ${i}` },
    aliases: [`Encji ${i}`, `Encją ${i}`],
    ...(i % 4 === 0 ? { wikidata: `Q${1000 + i}` } : {}),
    attributes: {},
    pagerank: Math.round(rand() * 1e6) / 1e6,
    degree: 0,
  });
for (let j = 0; j < M; j++) {
  const [s, o] = [Math.floor(rand() * N), Math.floor(rand() * N)];
  const start = Math.floor(rand() * 5000);
  graph.addDirectedEdgeWithKey(`r-${j}`, `entity-${s}`, `entity-${o}`, {
    label: 'ogłosił',
    size: 1 + (j % 3),
    color: '#76b7b2',
    relationType: RELATIONS[j % RELATIONS.length],
    factuality: FACTUALITY[j % FACTUALITY.length]!,
    polarity: 'positive',
    status: 'occurred',
    basis: 'text',
    claimedBy: j % 2 ? [`entity-${o}`] : [],
    corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
    conflicts: [],
    qualifiers:
      j % 3
        ? { time: { value: '2025-06-17', basis: 'metadata', rule: 'the publication date' }, place: { value: `entity-${s}`, basis: 'text' } }
        : { quantity: { value: 1000, precision: 'exact', unit: { pl: 'saperzy', en: 'sappers' }, basis: 'text' } },
    evidence: [
      {
        source: 'seed-kp-kursk-2025',
        outlet: 'source:seed-kp-kursk-2025',
        quote: QUOTE,
        start,
        end: start + QUOTE.length,
        sentence: j % 40,
        claimedBy: j % 2 ? [`entity-${o}`] : [],
        factuality: FACTUALITY[j % FACTUALITY.length]!,
        polarity: 'positive',
        status: 'occurred',
      },
    ],
  });
}
const built = { ms: performance.now() - t, rss: process.memoryUsage().rss };
console.log(`graph: ${N} nodes, ${M} edges built in ${(built.ms / 1000).toFixed(1)} s; RSS ${mib(built.rss)}`);

const base = join(tmpdir(), 'faktograf-bench');
const written: string[] = [];
t = performance.now();
if (values['graphology-gexf']) {
  // Its default formatter cannot take nested values: give it JSON strings, as we write them.
  const format = (_key: string, a: Record<string, unknown>) => {
    const { label, x, y, size, color, ...rest } = a;
    const attributes = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : v]));
    return { label, viz: { x, y, size, color }, attributes } as never;
  };
  try {
    const text = graphologyGexfWrite(graph, { version: '1.3', formatNode: format, formatEdge: format });
    const fd = openSync(`${base}.gexf`, 'w');
    writeSync(fd, text);
    closeSync(fd);
    written.push(`${base}.gexf`);
  } catch (e) {
    console.log(`graphology-gexf failed after ${((performance.now() - t) / 1000).toFixed(1)} s: ${(e as Error).message}`);
  }
} else {
  const exported = streamExport(graph as unknown as AnyGraph, values.format as FormatId);
  for (const f of exported.files) {
    const path = `${base}.${f.name}`;
    const fd = openSync(path, 'w');
    for (const chunk of f.chunks) writeSync(fd, chunk);
    closeSync(fd);
    written.push(path);
  }
  for (const w of exported.warnings) console.log(`warning: ${w}`);
}
const ms = performance.now() - t;
let size = 0;
for (const path of written) {
  size += statSync(path).size;
  unlinkSync(path);
}
console.log(
  `${values['graphology-gexf'] ? 'graphology-gexf' : values.format}: ${(ms / 1000).toFixed(1)} s, ${mib(size)} written; peak RSS ${mib(peakRss())} (graph alone ${mib(built.rss)})`,
);

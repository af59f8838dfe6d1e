// docs/benchmarks.md from the bench's medians.
import { isLargeGraph, LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES } from '../src/app/core/scale.ts';
import type { ExplorerResult } from './explorer.ts';
import type { StepResult } from './util.ts';

export interface SizeResults {
  n: number;
  runs: number;
  pipeline: StepResult;
  layoutOurs1: StepResult;
  layoutOurs2: StepResult | null;
  layoutGraphology: StepResult;
  jsonImport: StepResult;
  gexfImport: StepResult;
  graphologyGexf: StepResult | null;
  flatBuild: StepResult;
  query: StepResult;
  nxBuild: StepResult | null;
  nxWrite: StepResult | null;
  nxRead: StepResult | null;
  igBuild: StepResult | null;
  igLayout: StepResult | null;
}

const num = (r: StepResult | null | undefined, key: string) => (r && typeof r[key] === 'number' ? (r[key] as number) : NaN);
const ms = (v: number) =>
  Number.isNaN(v) ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : `${v.toFixed(3)} ms`;
const mib = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} MiB`);
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '—' : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`);
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const ok = (pass: boolean | null) => (pass === null ? '—' : pass ? 'met' : '**not met**');

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function renderReport(
  sizes: SizeResults[],
  explorer: Array<ExplorerResult & { n: number; built: string }>,
  env: { node: string; cpus: number; explorerError?: string },
): string {
  const cols = sizes.map((s) => `${k(s.n)} / ${k(5 * s.n)}`);
  const row = (label: string, f: (s: SizeResults) => string) => [label, ...sizes.map(f)];
  const big = sizes.find((s) => s.n === 100_000) ?? sizes[sizes.length - 1]!;
  const mid = sizes.find((s) => s.n === 10_000 && s !== big);
  const layoutAt = (s: SizeResults) => num(s.layoutOurs1, 'msPerIteration');
  const nlogn = mid ? (big.n * Math.log(big.n)) / (mid.n * Math.log(mid.n)) : NaN;
  const growth = mid ? layoutAt(big) / layoutAt(mid) : NaN;
  const ex50 = explorer.find((e) => e.n === 50_000);
  const ex100 = explorer.find((e) => e.n === 100_000);
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/run.ts`). Synthetic knowledge bases from `faktograf synth --seed 1`',
    'with five relations per entity; every figure is the median of several runs, each in a fresh',
    `process (runs per size: ${sizes.map((s) => `${k(s.n)}: ${s.runs}`).join(', ')}). Node ${env.node}, ${env.cpus} cores; Python tools are`,
    "Debian's python3-networkx and python3-igraph run by /usr/bin/python3, on the same records (`flat.json`:",
    'the same ids, endpoints and scalar attributes). The machine is shared, so single figures can be noisy.',
    '',
    `## Targets at ${k(big.n)} entities / ${k(5 * big.n)} relations`,
    '',
    ...table(
      ['target', 'measured', ''],
      [
        ['validate + build + layout (100 it.) + GEXF export < 60 s', ms(num(big.pipeline, 'total')), ok(num(big.pipeline, 'total') < 60_000)],
        ['… in < 2 GB peak RSS', mib(num(big.pipeline, 'peakRssMiB')), ok(num(big.pipeline, 'peakRssMiB') < 2048)],
        [
          'layout ≤ 200 ms per iteration (in the build, threads as the build picks)',
          ms(num(big.pipeline, 'layoutPerIteration')),
          ok(num(big.pipeline, 'layoutPerIteration') <= 200),
        ],
        [
          `layout ${mid ? k(mid.n) : '10k'} → ${k(big.n)} grows ≤ n log n (${Number.isNaN(nlogn) ? '—' : `${nlogn.toFixed(1)}×`}), one thread`,
          Number.isNaN(growth) ? '—' : `${growth.toFixed(1)}×`,
          ok(Number.isNaN(growth) ? null : growth <= nlogn),
        ],
        // Issue 18's targets, ratios within this run.
        [
          'validate ≤ 3× JSON.parse of its graph.json',
          `${ms(num(big.pipeline, 'validate'))} vs ${ms(num(big.jsonImport, 'parse'))} (${ratio(num(big.pipeline, 'validate'), num(big.jsonImport, 'parse'))})`,
          ok(num(big.pipeline, 'validate') <= 3 * num(big.jsonImport, 'parse')),
        ],
        [
          "ForceAtlas2 (2 threads) ≤ 0.5× igraph's Fruchterman–Reingold per iteration",
          `${ms(num(big.layoutOurs2, 'msPerIteration'))} vs ${ms(num(big.igLayout, 'msPerIteration'))} (${ratio(num(big.layoutOurs2, 'msPerIteration'), num(big.igLayout, 'msPerIteration'))})`,
          ok(big.igLayout && big.layoutOurs2 ? num(big.layoutOurs2, 'msPerIteration') <= 0.5 * num(big.igLayout, 'msPerIteration') : null),
        ],
        [
          'GEXF parse faster than NetworkX read_gexf',
          `${ms(num(big.gexfImport, 'ms'))} vs ${ms(num(big.nxRead, 'ms'))}`,
          ok(big.nxRead ? num(big.gexfImport, 'ms') < num(big.nxRead, 'ms') : null),
        ],
        [
          'GEXF export at least as fast as NetworkX write_gexf',
          `${ms(num(big.pipeline, 'gexfExport'))} vs ${ms(num(big.nxWrite, 'ms'))}`,
          ok(big.nxWrite ? num(big.pipeline, 'gexfExport') <= num(big.nxWrite, 'ms') : null),
        ],
        [
          "build at least as fast as NetworkX (Faktograf's build, PageRank included)",
          `${ms(num(big.pipeline, 'build'))} vs ${ms(num(big.nxBuild, 'ms'))}`,
          ok(big.nxBuild ? num(big.pipeline, 'build') <= num(big.nxBuild, 'ms') : null),
        ],
        [
          "build within 2× of igraph (Faktograf's build, PageRank included)",
          `${ms(num(big.pipeline, 'build'))} vs ${ms(num(big.igBuild, 'ms'))}`,
          ok(big.igBuild ? num(big.pipeline, 'build') <= 2 * num(big.igBuild, 'ms') : null),
        ],
        ['explorer first draw at 50k / 250k < 3 s', ex50 ? ms(ex50.firstDraw) : '—', ok(ex50 ? ex50.firstDraw < 3000 : null)],
        ['explorer interactive at 50k / 250k < 2 s (issue 16)', ex50 ? ms(ex50.interactive) : '—', ok(ex50 ? ex50.interactive < 2000 : null)],
        ['explorer filter change at 50k < 200 ms (issue 16)', ex50 ? ms(ex50.filter) : '—', ok(ex50 ? ex50.filter < 200 : null)],
        [
          'explorer interactive at 100k / 500k < 4 s (issue 16)',
          ex100 ? ms(ex100.interactive) : '— (add 100000 to --explorer-sizes)',
          ok(ex100 ? ex100.interactive < 4000 : null),
        ],
        ['explorer hover highlight at 50k < 100 ms', ex50 ? ms(ex50.hover) : '—', ok(ex50 ? ex50.hover < 100 : null)],
      ],
    ),
    '',
    '## Build pipeline (one process: read, validate, build, ForceAtlas2 100 iterations, GEXF 1.3 export)',
    '',
    ...table(
      ['step', ...cols],
      [
        row('list files (each is read when validation asks for it)', (s) => ms(num(s.pipeline, 'read'))),
        row('validate (YAML, schemas, references, quotes, sentences)', (s) => ms(num(s.pipeline, 'validate'))),
        row('build graph (nodes, edges, PageRank)', (s) => ms(num(s.pipeline, 'build'))),
        row('layout, 100 iterations', (s) => ms(num(s.pipeline, 'layout'))),
        row('GEXF 1.3 export, streamed to a file', (s) => ms(num(s.pipeline, 'gexfExport'))),
        row('**total**', (s) => `**${ms(num(s.pipeline, 'total'))}**`),
        row('peak RSS', (s) => mib(num(s.pipeline, 'peakRssMiB'))),
        row('graph.json export, streamed (not in the total)', (s) => ms(num(s.pipeline, 'jsonExport'))),
        row('graph.json / graph.gexf size', (s) => `${mib(num(s.pipeline, 'jsonBytes') / 2 ** 20)} / ${mib(num(s.pipeline, 'gexfBytes') / 2 ** 20)}`),
      ],
    ),
    '',
    '## Layout: ms per iteration',
    '',
    'Same graph, same seeded start. graphology-layout-forceatlas2 0.10.1 is the library Faktograf used',
    "before; igraph's Fruchterman–Reingold is another algorithm (with its grid, repulsion only between",
    'nearby nodes), listed for scale, not as an equivalent.',
    '',
    ...table(
      ['engine', ...cols],
      [
        row('Faktograf ForceAtlas2, 1 thread', (s) => ms(num(s.layoutOurs1, 'msPerIteration'))),
        row('Faktograf ForceAtlas2, 2 threads', (s) => ms(num(s.layoutOurs2, 'msPerIteration'))),
        row('graphology ForceAtlas2 (Barnes–Hut above 2,000 nodes)', (s) => ms(num(s.layoutGraphology, 'msPerIteration'))),
        row('speed-up over graphology (1 thread)', (s) => ratio(num(s.layoutGraphology, 'msPerIteration'), num(s.layoutOurs1, 'msPerIteration'))),
        row('igraph Fruchterman–Reingold', (s) => ms(num(s.igLayout, 'msPerIteration'))),
      ],
    ),
    '',
    '## Building the graph from the same records',
    '',
    ...table(
      ['', ...cols],
      [
        row('Faktograf buildGraph (attributes, PageRank, sizes)', (s) => ms(num(s.pipeline, 'build'))),
        row('bare graphology MultiDirectedGraph', (s) => ms(num(s.flatBuild, 'ms'))),
        row('NetworkX MultiDiGraph', (s) => ms(num(s.nxBuild, 'ms'))),
        row('igraph Graph', (s) => ms(num(s.igBuild, 'ms'))),
        row('Faktograf buildGraph ÷ NetworkX', (s) => ratio(num(s.pipeline, 'build'), num(s.nxBuild, 'ms'))),
        row('Faktograf buildGraph ÷ igraph', (s) => ratio(num(s.pipeline, 'build'), num(s.igBuild, 'ms'))),
        row('bare graphology ÷ igraph', (s) => ratio(num(s.flatBuild, 'ms'), num(s.igBuild, 'ms'))),
      ],
    ),
    '',
    '## Export and import',
    '',
    'GEXF import reads the GEXF 1.2draft export (the version NetworkX reads) of the same graph.',
    '',
    ...table(
      ['', ...cols],
      [
        row('Faktograf GEXF 1.3 export', (s) => ms(num(s.pipeline, 'gexfExport'))),
        row('NetworkX write_gexf', (s) => ms(num(s.nxWrite, 'ms'))),
        row('Faktograf GEXF import (streaming)', (s) => ms(num(s.gexfImport, 'ms'))),
        row('… its peak RSS', (s) => mib(num(s.gexfImport, 'peakRssMiB'))),
        row('NetworkX read_gexf', (s) => ms(num(s.nxRead, 'ms'))),
        row('… its peak RSS', (s) => mib(num(s.nxRead, 'peakRssMiB'))),
        row('graphology-gexf parse (DOM)', (s) => ms(num(s.graphologyGexf, 'ms'))),
        row('Faktograf GEXF import ÷ NetworkX read_gexf', (s) => ratio(num(s.gexfImport, 'ms'), num(s.nxRead, 'ms'))),
        row('graph.json export (streamed)', (s) => ms(num(s.pipeline, 'jsonExport'))),
        row('graph.json import: JSON.parse', (s) => ms(num(s.jsonImport, 'parse'))),
        row('graph.json import: graph + query index', (s) => ms(num(s.jsonImport, 'import'))),
      ],
    ),
    '',
    '## Queries (per call)',
    '',
    ...table(
      ['query', ...cols],
      [
        row('relations by subject', (s) => ms(num(s.query, 'relationsBySubject'))),
        row('shortest path (undirected)', (s) => ms(num(s.query, 'shortestPath'))),
        row('first shortest path', (s) => ms(num(s.query, 'firstShortestPath'))),
        row('find entity by alias', (s) => ms(num(s.query, 'findEntity'))),
      ],
    ),
    '',
  ];
  if (env.explorerError) lines.push('## Explorer in Chromium', '', `Not measured in this run: ${env.explorerError}`, '');
  if (explorer.length)
    lines.push(
      '## Explorer in Chromium (SwiftShader WebGL, headless)',
      '',
      'First draw: navigation start to the animation frame after the one in which the page marked the graph',
      'drawn (so the GPU work is in): for a large graph the preview drawn from overview.json, else the explorer.',
      'Interactive: the same for the working explorer (graph.json and sources.json fetched and parsed; hover,',
      'search and selection live; for a large graph the panels mount next, in idle moments: "panels"). Search: typing',
      'the best-ranked name to its result listed. Filter: an entity type unticked in the legend, its change event',
      'to the frame after the one drawn without it. Heap: after a garbage',
      'collection, once working. Hover: the pointer event to the next frame after',
      `the hovered entity is highlighted; the three best-ranked entities, three page loads each. Explorer built from the ${explorer[0]!.built}.`,
      `Above ${LARGE_GRAPH_NODES.toLocaleString('en')} entities or ${LARGE_GRAPH_EDGES.toLocaleString('en')} relations the explorer draws the large-graph way (points, lines, emphasis on its own layer: src/app/core/scale.ts).`,
      '',
      ...table(
        ['entities / relations', 'drawn as', 'graph.json', 'first draw', 'interactive', 'panels', 'hover → highlight', 'search', 'filter', 'JS heap'],
        explorer.map((e) => [
          `${k(e.nodes)} / ${k(e.edges)}`,
          isLargeGraph(e.nodes, e.edges) ? 'large graph' : 'full detail',
          mib(e.graphJsonMiB),
          ms(e.firstDraw),
          ms(e.interactive),
          ms(e.panels),
          `${ms(e.hover)} (${e.hoverSamples} samples)`,
          ms(e.search),
          ms(e.filter),
          mib(e.heapMiB),
        ]),
      ),
      '',
    );
  return lines.join('\n');
}

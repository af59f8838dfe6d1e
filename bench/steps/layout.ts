// Bench step: ForceAtlas2 ms per iteration on a built graph, Faktograf's or graphology's,
// from the same seeded start. Usage: tsx bench/steps/layout.ts <graph.json> <ours|graphology> <iterations> [threads]
import { readFileSync } from 'node:fs';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { layoutPositions, LAYOUT_DEFAULTS } from '../../src/layout/forceatlas2.ts';
import { seededRng } from '../../src/layout/rng.ts';
import { MultiDirectedGraph } from '../../src/model/graph.ts';
import { report } from '../util.ts';

const [file, engine, iterationsArg, threadsArg] = process.argv.slice(2) as [string, string, string, string | undefined];
const iterations = Number(iterationsArg);
const graph = new MultiDirectedGraph({ allowSelfLoops: true });
graph.import(JSON.parse(readFileSync(file, 'utf8')));
const threshold = LAYOUT_DEFAULTS.barnesHutThreshold;

let ms: number;
if (engine === 'graphology') {
  const rng = seededRng(LAYOUT_DEFAULTS.seed);
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > threshold };
  const t = performance.now();
  forceAtlas2(graph, { iterations, settings });
  ms = performance.now() - t;
} else {
  const t = performance.now();
  layoutPositions(graph, { iterations, threads: Number(threadsArg ?? 0) });
  ms = performance.now() - t;
}
report({ engine, nodes: graph.order, iterations, msPerIteration: ms / iterations });

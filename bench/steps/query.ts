// Bench step: query latency on a built graph. Usage: tsx bench/steps/query.ts <graph.json>
import { readFileSync } from 'node:fs';
import { seededRng } from '../../src/layout/rng.ts';
import { KnowledgeGraph } from '../../src/query/index.ts';
import { perCall, report } from '../util.ts';

const kg = KnowledgeGraph.fromSerialized(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
const rng = seededRng(9);
const nodes = kg.graph.nodes();
const sample = (k: number) => Array.from({ length: k }, () => nodes[Math.floor(rng() * nodes.length)]!);
const subjects = sample(2000).filter((n) => kg.graph.outDegree(n) > 0);
const pairs = sample(400);
const names = sample(1000).map((n) => kg.graph.getNodeAttribute(n, 'aliases')?.[0] ?? kg.graph.getNodeAttribute(n, 'label') ?? n);

// The first path query is timed on its own: it shows any one-off cost (none since the
// search walks the graph itself; it used to build an undirected copy first).
const t = performance.now();
kg.shortestPath(pairs[0]!, pairs[1]!);
const firstPath = performance.now() - t;

report({
  nodes: nodes.length,
  relationsBySubject: perCall((i) => kg.relations({ from: subjects[i % subjects.length]! }), subjects.length),
  shortestPath: perCall((i) => kg.shortestPath(pairs[(2 * i) % pairs.length]!, pairs[(2 * i + 1) % pairs.length]!), 100),
  firstShortestPath: firstPath,
  findEntity: perCall((i) => kg.findEntity(names[i % names.length]!), names.length),
});

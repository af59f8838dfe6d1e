// Bench step: reading a graph back. Usage: tsx bench/steps/io.ts <mode> <file>
//   json             graph.json → JSON.parse → graphology graph → query index (as the explorer and `--graph` do)
//   gexf             Faktograf's streaming GEXF importer, fed 64 KiB chunks of bytes (as `--graph` reads)
//   graphology-gexf  graphology-gexf's DOM-based parser on the same file
//   flat             a bare graphology MultiDirectedGraph from flat.json's records (the NetworkX/igraph build)
import { createReadStream, readFileSync } from 'node:fs';
import { parse as parseGexf } from 'graphology-gexf';
import { createByteImporter } from '../../src/import/index.ts';
import { MultiDirectedGraph } from '../../src/model/graph.ts';
import { KnowledgeGraph } from '../../src/query/index.ts';
import { report } from '../util.ts';
import type { FlatRecords } from './flat.ts';

const [mode, file] = process.argv.slice(2) as [string, string];

if (mode === 'json') {
  const t0 = performance.now();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = performance.now();
  const kg = KnowledgeGraph.fromSerialized(data);
  report({ mode, nodes: kg.graph.order, parse: parsed - t0, import: performance.now() - parsed, ms: performance.now() - t0 });
} else if (mode === 'gexf') {
  const t0 = performance.now();
  const importer = createByteImporter({ limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) importer.write(chunk as Buffer);
  const { graph } = importer.close();
  report({ mode, nodes: graph.order, edges: graph.size, ms: performance.now() - t0 });
} else if (mode === 'graphology-gexf') {
  const t0 = performance.now();
  const graph = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
  report({ mode, nodes: graph.order, edges: graph.size, ms: performance.now() - t0 });
} else if (mode === 'flat') {
  const data = JSON.parse(readFileSync(file, 'utf8')) as FlatRecords;
  const t0 = performance.now();
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const [id, attributes] of data.nodes) graph.addNode(id, attributes);
  for (const [key, source, target, attributes] of data.edges) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  report({ mode, nodes: graph.order, ms: performance.now() - t0 });
} else throw new Error(`unknown mode ${mode}`);

// Bench step, in its own process: validate + build + layout + GEXF export of a knowledge
// base (the "under 60 s and 2 GB" run), then graph.json and the files the other
// steps read: GEXF 1.2draft for NetworkX and a flat JSON of the same records for Python.
// Usage: tsx bench/steps/pipeline.ts <kb dir> <out dir> <layout iterations>
//   Files are read as `faktograf build` reads them (src/node/read-kb.ts): each one when
//   the loader asks for it.
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, type KnowledgeGraphData } from '../../src/compile/graph.ts';
import { outputChunks } from '../../src/compile/outputs.ts';
import { streamExport, type FormatId } from '../../src/export/index.ts';
import { loadKnowledgeBase } from '../../src/kb/load.ts';
import { assignLayout } from '../../src/layout/forceatlas2.ts';
import { readKnowledgeBaseDir } from '../../src/node/read-kb.ts';
import { laps, report } from '../util.ts';
import { flatRecords } from './flat.ts';

const [kbDir, outDir, iterationsArg] = process.argv.slice(2) as [string, string, string];
const iterations = Number(iterationsArg);
mkdirSync(outDir, { recursive: true });

const writeChunks = (path: string, chunks: Iterable<string>): number => {
  const fd = openSync(path, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
  return statSync(path).size;
};
const exportTo = (graph: KnowledgeGraphData, format: FormatId, path: string) => writeChunks(path, streamExport(graph as never, format).files[0]!.chunks);

const lap = laps();

// Read and validate in a function of their own, so nothing of the loading outlives it.
// `read` is the listing only: the files themselves are read during validation.
async function load() {
  const files = await readKnowledgeBaseDir(kbDir);
  const read = lap();
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) throw new Error(`${kbDir} does not validate: ${loaded.diagnostics[0]?.message}`);
  return { loaded: loaded.value, read, validate: lap() };
}
const { loaded, read, validate } = await load();
const graph = buildGraph(loaded);
const build = lap();
assignLayout(graph, { iterations });
const layout = lap();
const gexfBytes = exportTo(graph, 'gexf', join(outDir, 'graph.gexf'));
const gexfExport = lap();
const total = read + validate + build + layout + gexfExport;
const chunks = outputChunks(graph, loaded);
const jsonBytes = writeChunks(join(outDir, 'graph.json'), chunks.graph);
const jsonExport = lap();
writeChunks(join(outDir, 'sources.json'), chunks.sources);
writeChunks(join(outDir, 'overview.json'), chunks.overview);
// Inputs of the other steps, not timed.
exportTo(graph, 'gexf-1.2', join(outDir, 'graph-1.2.gexf'));
writeChunks(join(outDir, 'flat.json'), flatRecords(graph));

report({
  nodes: graph.order,
  edges: graph.size,
  read,
  validate,
  build,
  layout,
  layoutPerIteration: layout / iterations,
  gexfExport,
  jsonExport,
  total,
  gexfBytes,
  jsonBytes,
});

import { join, resolve } from 'node:path';
import { OUTPUT_FILES, outputChunks, type OutputKey } from '../../compile/outputs.ts';
import { runBuild } from '../../compile/pipeline.ts';
import { formatDiagnostic, KnowledgeBaseError } from '../../kb/diagnostics.ts';
import { LAYOUT_DEFAULTS } from '../../layout/forceatlas2.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { waitingFor } from '../context.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import type { CliIO } from '../io.ts';
import { diagnosticsJson, JSON_OPTION, printJson } from '../json.ts';
import { counted, progressFor } from '../progress.ts';
import { printWarnings } from '../warnings.ts';

export const buildSpec: CommandSpec = {
  name: 'build',
  usage: 'faktograf build [dir] [--out <dir>] [--iterations <n>] [--seed <n>] [--json] [--quiet]',
  summary:
    'Validate the knowledge base, build the graph, lay it out with ForceAtlas2 and write graph.json, sources.json and overview.json (what drawing the graph takes, for the first frame of the explorer). Writes nothing if the knowledge base has a problem; the three files are replaced together, and a second build into the same --out waits until the first has written.',
  options: { out: { type: 'string' }, iterations: { type: 'string' }, seed: { type: 'string' }, ...JSON_OPTION },
  help: [
    '  dir                 knowledge base directory (default: graph)',
    '  --out <dir>         where to write the outputs (default: public/data)',
    `  --iterations <n>    ForceAtlas2 iterations (default: ${LAYOUT_DEFAULTS.iterations})`,
    `  --seed <n>          seed of the initial positions (default: ${LAYOUT_DEFAULTS.seed})`,
    '  --json              print {ok, entities, relations, sources, files: [{path, bytes}], ms} (or {ok: false, problems, warnings})',
  ],
  positionals: { min: 0, max: 1 },
};

function intOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a non-negative integer, got "${String(value)}"`);
  return n;
}

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(buildSpec, argv);
  const dir = positionals[0] ?? 'graph';
  const outDir = typeof values.out === 'string' ? values.out : 'public/data';
  const layout = { iterations: intOption(values.iterations, 'iterations'), seed: intOption(values.seed, 'seed') };
  const started = performance.now();
  const kbDir = resolve(io.cwd, dir);
  const progress = progressFor(io, values);
  const iterations = layout.iterations ?? LAYOUT_DEFAULTS.iterations;
  const stages = { load: 'reading and validating', graph: 'building the graph', layout: `laying out (${iterations} ForceAtlas2 iterations)` };
  let result: ReturnType<typeof runBuild>;
  try {
    // The loader reads each file when it needs it: one that vanished or became unreadable
    // since the directory was listed is reported like any other problem.
    result = runBuild(await readKnowledgeBaseDir(kbDir), {
      layout: Object.fromEntries(Object.entries(layout).filter(([, v]) => v !== undefined)),
      onStage: (stage) => progress.stage(stages[stage]),
    });
  } catch (e) {
    progress.end();
    if (!(e instanceof KnowledgeBaseError)) throw e;
    result = { ok: false, diagnostics: e.diagnostics, warnings: [] };
  }
  if (!result.ok) progress.end();
  if (values.json && !result.ok) {
    printJson(io, { ok: false, problems: diagnosticsJson(result.diagnostics), warnings: diagnosticsJson(result.warnings) });
    return 1;
  }
  if (!values.json) printWarnings(io, result.warnings, dir);
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, dir)).join('\n'));
    io.err(`\n${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${dir}; nothing was written.`);
    return 1;
  }
  // Streamed: graph.json is 264 MB at 100k entities, never held as one string.
  const chunks = outputChunks(result.graph, result.loaded);
  progress.stage('writing', undefined, 'B');
  const files = (Object.keys(OUTPUT_FILES) as OutputKey[]).map((key) => ({ name: OUTPUT_FILES[key], content: counted(chunks[key], progress) }));
  const bytes = await writeFilesAtomic(resolve(io.cwd, outDir), files, { onWait: waitingFor(io, outDir) }).finally(() => progress.end());
  const ms = Math.round(performance.now() - started);
  const { kb } = result.loaded;
  if (values.json) {
    printJson(io, {
      ok: true,
      entities: kb.entities.length,
      relations: kb.relations.length,
      sources: kb.sources.length,
      files: files.map((f, i) => ({ path: join(outDir, f.name), bytes: bytes[i] })),
      warnings: diagnosticsJson(result.warnings),
      ms,
    });
    return 0;
  }
  io.out(
    `built ${kb.entities.length} entities, ${kb.relations.length} relations from ${kb.sources.length} source(s) in ${ms} ms\n` +
      files.map((f, i) => `  wrote ${join(outDir, f.name)} (${bytes[i]} bytes)`).join('\n'),
  );
  return 0;
}

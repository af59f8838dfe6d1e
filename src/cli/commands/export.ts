import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { runBuild } from '../../build/pipeline.ts';
import { streamExport, FORMATS, type FormatId } from '../../export/index.ts';
import { DEFAULT_BASE } from '../../export/rdf.ts';
import type { AnyGraph, ExportFile } from '../../export/types.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { formatBytes } from '../../import/index.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, GRAPH_OPTION, KB_OPTION, readGraphFile } from '../context.ts';
import type { CliIO } from '../io.ts';

export const exportSpec: CommandSpec = {
  name: 'export',
  usage: 'faktograf export [--format <gexf|gexf-1.2|graphml|json|ttl|csv|annotations>] [--out <file>] [--kb <dir> | --graph <file>] [--base-iri <iri>]',
  summary: 'Write the knowledge graph for another tool: Gephi, NetworkX, yEd, Neo4j, a triple store. Warns about anything the format cannot carry.',
  options: { format: { type: 'string' }, out: { type: 'string' }, 'base-iri': { type: 'string' }, ...KB_OPTION, ...GRAPH_OPTION },
  help: [
    '  --format <f>        one of (default gexf):',
    ...Object.values(FORMATS).map((f) => `                        ${f.id.padEnd(9)} ${f.summary}`),
    '  --out <file>        write there, in chunks (default: standard output, as one string); for csv a directory',
    '  --kb <dir>          build this knowledge base, laid out (default: graph)',
    '  --graph <file>      convert a GEXF, GraphML or graphology JSON file instead',
    `  --base-iri <iri>    namespace of the Turtle and annotation IRIs (default: ${DEFAULT_BASE})`,
  ],
  positionals: { min: 0, max: 0 },
};

/** The graph to export, and the source texts when it is built from a knowledge base. */
async function sourceGraph(io: CliIO, values: Record<string, unknown>): Promise<{ graph: AnyGraph; texts: Map<string, string> }> {
  if (typeof values.graph === 'string') {
    if (values.kb !== undefined) throw new UsageError('give either --kb or --graph, not both');
    const imported = await readGraphFile(io, values.graph);
    for (const w of imported.warnings) io.err(`warning: reading ${values.graph}: ${w}`);
    return { graph: imported.graph, texts: new Map() };
  }
  const dir = typeof values.kb === 'string' ? values.kb : 'graph';
  const result = runBuild(await readKnowledgeBaseDir(resolve(io.cwd, dir)));
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, dir)).join('\n'));
    throw new CommandFailed(`the knowledge base in ${dir} has ${result.diagnostics.length} problem(s); run "faktograf validate ${dir}"`);
  }
  return { graph: result.graph as unknown as AnyGraph, texts: new Map(result.loaded.kb.sources.map((s) => [s.id, s.text])) };
}

/** Streams the chunks to a temporary file beside `path`, then renames it into place. */
async function writeFileStreaming(path: string, file: ExportFile): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp);
  try {
    for (const chunk of file.chunks) if (!stream.write(chunk)) await once(stream, 'drain');
    stream.end();
    await once(stream, 'finish');
    await rename(tmp, path);
  } catch (e) {
    stream.destroy();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  return (await stat(path)).size;
}

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(exportSpec, argv);
  const format = (values.format ?? 'gexf') as string;
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`unknown format "${format}"; formats: ${Object.keys(FORMATS).join(', ')}`);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (format === 'csv' && !out) throw new UsageError('csv writes two files: give --out <dir> for nodes.csv and edges.csv');

  const { graph, texts } = await sourceGraph(io, values);
  const exported = streamExport(graph, format as FormatId, { turtle: { base: values['base-iri'] as string | undefined }, texts });
  if (!out) {
    io.out(exported.files.map((f) => [...f.chunks].join('')).join(''));
  } else {
    for (const f of exported.files) {
      const path = format === 'csv' ? join(resolve(io.cwd, out), f.name) : resolve(io.cwd, out);
      const size = await writeFileStreaming(path, f);
      io.err(`wrote ${format === 'csv' ? join(out, f.name) : out} (${formatBytes(size)}): ${graph.order} nodes, ${graph.size} edges`);
    }
  }
  for (const w of exported.warnings) io.err(`warning: ${FORMATS[format as FormatId].id}: ${w}`);
  return 0;
}

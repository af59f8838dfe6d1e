import { basename, dirname, join, resolve } from 'node:path';
import { runBuild } from '../../compile/pipeline.ts';
import { baseIriProblem, streamExport, FORMATS, type FormatId } from '../../export/index.ts';
import { DEFAULT_BASE } from '../../export/rdf.ts';
import type { AnyGraph } from '../../export/types.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { formatBytes } from '../../import/index.ts';
import { enumValue, parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, GRAPH_OPTION, KB_OPTION, readGraphFile, STRICT_HELP, waitingFor } from '../context.ts';
import type { CliIO } from '../io.ts';
import { JSON_OPTION, printJson } from '../json.ts';
import { counted, progressFor, type Progress } from '../progress.ts';

export const exportSpec: CommandSpec = {
  name: 'export',
  usage:
    'faktograf export [--format <gexf|gexf-1.2|graphml|json|ttl|csv|annotations>] [--out <file>] [--kb <dir> | --graph <file> [--strict]] [--base-iri <iri>] [--json] [--quiet]',
  summary: 'Write the knowledge graph for another tool: Gephi, NetworkX, yEd, Neo4j, a triple store. Warns about anything the format cannot carry.',
  options: { format: { type: 'string' }, out: { type: 'string' }, 'base-iri': { type: 'string' }, ...JSON_OPTION, ...KB_OPTION, ...GRAPH_OPTION },
  help: [
    '  --format <f>        one of (default gexf):',
    ...Object.values(FORMATS).map((f) => `                        ${f.id.padEnd(9)} ${f.summary}`),
    '  --out <file>        write there, in chunks (default: standard output, as one string); for csv a directory',
    '  --json              with --out: print {format, nodes, edges, files: [{path, bytes}], warnings} instead of lines on stderr',
    '  --kb <dir>          build this knowledge base, laid out (default: graph)',
    '  --graph <file>      convert a GEXF, GraphML or graphology JSON file instead',
    STRICT_HELP,
    `  --base-iri <iri>    namespace of the Turtle and annotation IRIs: an absolute IRI ending in / (or : for a URN), no spaces or <>"{}|^\`\\ (default: ${DEFAULT_BASE})`,
  ],
  positionals: { min: 0, max: 0 },
};

/** The graph to export (laid out unless `layout` is false), and the source texts when it is built from a knowledge base. */
export async function sourceGraph(
  io: CliIO,
  values: Record<string, unknown>,
  progress: Progress,
  layout = true,
): Promise<{ graph: AnyGraph; texts: Map<string, string> }> {
  if (typeof values.graph === 'string') {
    if (values.kb !== undefined) throw new UsageError('give either --kb or --graph, not both');
    const imported = await readGraphFile(io, values.graph, {}, values.strict === true, progress);
    for (const w of imported.warnings) io.err(`warning: reading ${values.graph}: ${w}`);
    return { graph: imported.graph, texts: new Map() };
  }
  const dir = typeof values.kb === 'string' ? values.kb : 'graph';
  const stages = { load: 'reading and validating', graph: 'building the graph', layout: 'laying out' };
  const onStage = (stage: keyof typeof stages) => progress.stage(stages[stage]);
  const result = runBuild(await readKnowledgeBaseDir(resolve(io.cwd, dir)), layout ? { onStage } : { onStage, layout: false });
  if (!result.ok) {
    progress.end();
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, dir)).join('\n'));
    throw new CommandFailed(`the knowledge base in ${dir} has ${result.diagnostics.length} problem(s); run "faktograf validate ${dir}"`);
  }
  return { graph: result.graph as unknown as AnyGraph, texts: new Map(result.loaded.kb.sources.map((s) => [s.id, s.text])) };
}

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(exportSpec, argv);
  const format = enumValue('format', typeof values.format === 'string' ? values.format : 'gexf', Object.keys(FORMATS) as FormatId[]);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (format === 'csv' && !out) throw new UsageError('csv writes two files: give --out <dir> for nodes.csv and edges.csv');
  const base = values['base-iri'] as string | undefined;
  const problem = base === undefined ? undefined : baseIriProblem(base);
  if (problem) throw new UsageError(`--base-iri "${base}" ${problem}`);

  if (values.json && !out) throw new UsageError('without --out, export prints the graph itself; --json describes the files --out writes');

  const progress = progressFor(io, values);
  const { graph, texts } = await sourceGraph(io, values, progress);
  const exported = streamExport(graph, format, { turtle: { base }, texts });
  progress.stage(`writing ${format}`, undefined, 'B');
  const chunks = exported.files.map((f) => counted(f.chunks, progress));
  if (!out) {
    const text = chunks.map((c) => [...c].join('')).join('');
    progress.end();
    io.out(text);
    for (const w of exported.warnings) io.err(`warning: ${FORMATS[format].id}: ${w}`);
    return 0;
  }
  // One set: csv's nodes.csv and edges.csv are replaced together (src/node/write-atomic.ts).
  const dir = format === 'csv' ? resolve(io.cwd, out) : dirname(resolve(io.cwd, out));
  const paths = exported.files.map((f) => (format === 'csv' ? join(out, f.name) : out));
  const files = exported.files.map((f, i) => ({ name: format === 'csv' ? f.name : basename(resolve(io.cwd, out)), content: chunks[i]! }));
  const sizes = await writeFilesAtomic(dir, files, { onWait: waitingFor(io, out) }).finally(() => progress.end());
  if (values.json) {
    printJson(io, { format, nodes: graph.order, edges: graph.size, files: paths.map((path, i) => ({ path, bytes: sizes[i] })), warnings: exported.warnings });
    return 0;
  }
  paths.forEach((path, i) => io.err(`wrote ${path} (${formatBytes(sizes[i]!)}): ${graph.order} nodes, ${graph.size} edges`));
  for (const w of exported.warnings) io.err(`warning: ${FORMATS[format].id}: ${w}`);
  return 0;
}

import { basename, dirname, join, resolve } from 'node:path';
import { runBuild } from '../../build/pipeline.ts';
import { baseIriProblem, streamExport, FORMATS, type FormatId } from '../../export/index.ts';
import { DEFAULT_BASE } from '../../export/rdf.ts';
import type { AnyGraph } from '../../export/types.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { formatBytes } from '../../import/index.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, GRAPH_OPTION, KB_OPTION, readGraphFile, STRICT_HELP, waitingFor } from '../context.ts';
import type { CliIO } from '../io.ts';

export const exportSpec: CommandSpec = {
  name: 'export',
  usage: 'faktograf export [--format <gexf|gexf-1.2|graphml|json|ttl|csv|annotations>] [--out <file>] [--kb <dir> | --graph <file> [--strict]] [--base-iri <iri>]',
  summary: 'Write the knowledge graph for another tool: Gephi, NetworkX, yEd, Neo4j, a triple store. Warns about anything the format cannot carry.',
  options: { format: { type: 'string' }, out: { type: 'string' }, 'base-iri': { type: 'string' }, ...KB_OPTION, ...GRAPH_OPTION },
  help: [
    '  --format <f>        one of (default gexf):',
    ...Object.values(FORMATS).map((f) => `                        ${f.id.padEnd(9)} ${f.summary}`),
    '  --out <file>        write there, in chunks (default: standard output, as one string); for csv a directory',
    '  --kb <dir>          build this knowledge base, laid out (default: graph)',
    '  --graph <file>      convert a GEXF, GraphML or graphology JSON file instead',
    STRICT_HELP,
    `  --base-iri <iri>    namespace of the Turtle and annotation IRIs: an absolute IRI ending in / (or : for a URN), no spaces or <>"{}|^\`\\ (default: ${DEFAULT_BASE})`,
  ],
  positionals: { min: 0, max: 0 },
};

/** The graph to export, and the source texts when it is built from a knowledge base. */
async function sourceGraph(io: CliIO, values: Record<string, unknown>): Promise<{ graph: AnyGraph; texts: Map<string, string> }> {
  if (typeof values.graph === 'string') {
    if (values.kb !== undefined) throw new UsageError('give either --kb or --graph, not both');
    const imported = await readGraphFile(io, values.graph, {}, values.strict === true);
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

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(exportSpec, argv);
  const format = (values.format ?? 'gexf') as string;
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`unknown format "${format}"; formats: ${Object.keys(FORMATS).join(', ')}`);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (format === 'csv' && !out) throw new UsageError('csv writes two files: give --out <dir> for nodes.csv and edges.csv');
  const base = values['base-iri'] as string | undefined;
  const problem = base === undefined ? undefined : baseIriProblem(base);
  if (problem) throw new UsageError(`--base-iri "${base}" ${problem}`);

  const { graph, texts } = await sourceGraph(io, values);
  const exported = streamExport(graph, format as FormatId, { turtle: { base }, texts });
  if (!out) {
    io.out(exported.files.map((f) => [...f.chunks].join('')).join(''));
  } else {
    // One set: csv's nodes.csv and edges.csv are replaced together (src/node/write-atomic.ts).
    const dir = format === 'csv' ? resolve(io.cwd, out) : dirname(resolve(io.cwd, out));
    const files = exported.files.map((f) => ({ name: format === 'csv' ? f.name : basename(resolve(io.cwd, out)), content: f.chunks }));
    const sizes = await writeFilesAtomic(dir, files, { onWait: waitingFor(io, out) });
    exported.files.forEach((f, i) => io.err(`wrote ${format === 'csv' ? join(out, f.name) : out} (${formatBytes(sizes[i]!)}): ${graph.order} nodes, ${graph.size} edges`));
  }
  for (const w of exported.warnings) io.err(`warning: ${FORMATS[format as FormatId].id}: ${w}`);
  return 0;
}

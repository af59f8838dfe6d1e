// Loading the knowledge graph a query command works on, and resolving names in it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildGraph } from '../compile/graph.ts';
import { formatDiagnostic } from '../kb/diagnostics.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { foldName } from '../model/normalize.ts';
import { nearest } from '../model/suggest.ts';
import type { LockHolder } from '../node/dir-lock.ts';
import { errnoCode, ioReason } from '../node/io-error.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { KnowledgeGraph } from '../query/index.ts';
import type { QueryBackend } from '../query/backend.ts';
import { namesNothing } from '../query/name-index.ts';
import { createByteImporter, DEFAULT_LIMITS, formatBytes, ImportError, type Imported, type ImportLimits } from '../import/index.ts';
import { UsageError } from './args.ts';
import { AmbiguousName, CommandFailed } from './errors.ts';
import type { CliIO } from './io.ts';
import type { Progress } from './progress.ts';

export { AmbiguousName, CommandFailed };

/** Tells the user why a write into `dir` waits: another faktograf is writing there. */
export function waitingFor(io: CliIO, dir: string): (holder: LockHolder | null) => void {
  return (holder) =>
    io.err(`waiting for ${holder ? `the faktograf of pid ${holder.pid} (started ${holder.started})` : 'another faktograf'} to finish writing to ${dir}…`);
}

export const KB_OPTION = { kb: { type: 'string' as const } };
export const KB_HELP = '  --kb <dir>          knowledge base directory (default: graph)';

/** Loads and validates the knowledge base; the query commands need no layout. */
export async function openKnowledgeGraph(io: CliIO, kbDir = 'graph'): Promise<KnowledgeGraph> {
  return (await openStory(io, kbDir)).kg;
}

/** The knowledge graph with its sources' publication dates (source id → ISO date), for the commands that read time. */
export async function openStory(io: CliIO, kbDir = 'graph'): Promise<{ kg: KnowledgeGraph; published: Map<string, string> }> {
  const dir = resolve(io.cwd, kbDir);
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(dir));
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, kbDir)).join('\n'));
    throw new CommandFailed(`the knowledge base in ${kbDir} has ${result.diagnostics.length} problem(s); run "faktograf validate ${kbDir}"`);
  }
  return { kg: new KnowledgeGraph(buildGraph(result.value)), published: new Map(result.value.kb.sources.map((s) => [s.id, s.published])) };
}

export const GRAPH_OPTION = { graph: { type: 'string' as const }, strict: { type: 'boolean' as const } };
export const STRICT_HELP =
  '  --strict            refuse what is read leniently with a warning (undeclared attributes, edges to undeclared nodes, GEXF 1.1 ids, type aliases…)';
export const GRAPH_HELP = `  --graph <file>      query a GEXF, GraphML or graphology JSON file instead\n${STRICT_HELP}`;

/** Reads a GEXF, GraphML or graphology JSON file in chunks of bytes, in the encoding it declares; never follows anything it names. */
export async function readGraphFile(io: CliIO, file: string, limits: Partial<ImportLimits> = {}, strict = false, progress?: Progress): Promise<Imported> {
  const path = resolve(io.cwd, file);
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) throw new CommandFailed(`${file} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`);
    const importer = createByteImporter({ limits, strict });
    progress?.stage(`reading ${file}`, size, 'B');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      importer.write(chunk as Buffer);
      progress?.advance((chunk as Buffer).length);
    }
    return importer.close();
  } catch (e) {
    progress?.end();
    if (e instanceof ImportError) throw new CommandFailed(`cannot read ${file}: ${e.message}`);
    if (errnoCode(e) === 'ENOENT') throw new CommandFailed(`no file ${file}`);
    if (errnoCode(e)) throw new CommandFailed(`cannot read ${file}: ${ioReason(e)}`);
    throw e;
  }
}

/** The graph a query command works on: an imported file (--graph) or a knowledge base (--kb). */
export async function openQueryGraph(io: CliIO, values: Record<string, unknown>): Promise<KnowledgeGraph> {
  if (typeof values.graph !== 'string') return openKnowledgeGraph(io, values.kb as string | undefined);
  if (values.kb !== undefined) throw new UsageError('give either --kb or --graph, not both');
  const { graph, warnings } = await readGraphFile(io, values.graph, {}, values.strict === true);
  for (const w of warnings) io.err(`warning: ${w}`);
  return new KnowledgeGraph(graph as unknown as KnowledgeGraph['graph']);
}

const label = async (kg: QueryBackend, id: string) => {
  const e = await kg.entity(id);
  return e ? (e.name.en === e.name.pl ? e.name.en : `${e.name.en} / ${e.name.pl}`) : id;
};

/**
 * The id of the entity a name means. A fuzzy match (a stem, or words of a longer name) is
 * taken and said on stderr; several entities about equally are listed (AmbiguousName, exit
 * 3); none, a failure suggesting the nearest names.
 */
export async function resolveEntity(kg: QueryBackend, name: string, io: CliIO): Promise<string> {
  const chosen = await kg.resolveEntity(name);
  if (chosen.match === 'ambiguous') {
    const candidates = [];
    for (const c of chosen.candidates) candidates.push({ id: c.id, label: await label(kg, c.id), matched: c.matched });
    throw new AmbiguousName(name, candidates);
  }
  if (chosen.match === 'fuzzy')
    io.err(`note: no exact match for "${name}"; taking ${await label(kg, chosen.id)} (${chosen.id}), the closest ("${chosen.matched}")`);
  if (chosen.match !== 'none') return chosen.id;
  if (namesNothing(foldName(name)))
    throw new CommandFailed(`"${name}" names no entity: single letters and function words match only an entity named exactly so; give more of the name`);
  const near = nearest(name, await kg.knownNames(), 5);
  throw new CommandFailed(`no entity is named "${name}"${near.length ? `; nearest known: ${near.map((n) => `"${n}"`).join(', ')}` : ''}`);
}

// Loading the knowledge graph a query command works on, and resolving names in it.
import { resolve } from 'node:path';
import { buildGraph } from '../build/graph.ts';
import { formatDiagnostic } from '../kb/diagnostics.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { nearest } from '../model/suggest.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { KnowledgeGraph } from '../query/index.ts';
import type { CliIO } from './io.ts';

export class CommandFailed extends Error {}

export const KB_OPTION = { kb: { type: 'string' as const } };
export const KB_HELP = '  --kb <dir>          knowledge base directory (default: graph)';

/** Loads and validates the knowledge base; the query commands need no layout. */
export async function openKnowledgeGraph(io: CliIO, kbDir = 'graph'): Promise<KnowledgeGraph> {
  const dir = resolve(io.cwd, kbDir);
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(dir));
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, kbDir)).join('\n'));
    throw new CommandFailed(`the knowledge base in ${kbDir} has ${result.diagnostics.length} problem(s); run "faktograf validate ${kbDir}"`);
  }
  return new KnowledgeGraph(buildGraph(result.value));
}

/** The id of the entity a name means, or a failure suggesting the nearest names. */
export function resolveEntity(kg: KnowledgeGraph, name: string): string {
  const match = kg.resolve(name)[0];
  if (match) return match.id;
  const known = kg.graph.reduceNodes<string[]>((acc, id, a) => {
    acc.push(id, ...(a.name ? [a.name.pl, a.name.en] : []), ...(a.aliases ?? []));
    return acc;
  }, []);
  const near = nearest(name, known, 5);
  throw new CommandFailed(`no entity is named "${name}"${near.length ? `; nearest known: ${near.map((n) => `"${n}"`).join(', ')}` : ''}`);
}

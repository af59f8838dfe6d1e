import { resolve } from 'node:path';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { parseCommand, type CommandSpec } from '../args.ts';
import type { CliIO } from '../io.ts';
import { printWarnings } from '../warnings.ts';

export const validateSpec: CommandSpec = {
  name: 'validate',
  usage: 'faktograf validate [dir]',
  summary: 'Check a knowledge base: file shapes, ids, references, the ontology, dates and that every quote is in its source. Reports every problem; exit code 1 if any. Warnings (a quote that occurs more than once) go to stderr and do not fail.',
  options: {},
  help: ['  dir                 knowledge base directory (default: graph)'],
  positionals: { min: 0, max: 1 },
};

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand(validateSpec, argv);
  const dir = positionals[0] ?? 'graph';
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(resolve(io.cwd, dir)));
  printWarnings(io, result.warnings, dir);
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, dir)).join('\n'));
    io.err(`\n${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${dir}; nothing was built.`);
    return 1;
  }
  const { kb, evidence } = result.value;
  const quotes = [...evidence.values()].reduce((n, e) => n + e.length, 0);
  const warned = result.warnings.length ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}, above)` : '';
  io.out(`${dir} is valid${warned}: ${kb.sources.length} source(s), ${kb.entities.length} entities, ${kb.relations.length} relations, ${quotes} quotes found in their sources.`);
  return 0;
}

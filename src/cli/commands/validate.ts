import { resolve } from 'node:path';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../../kb/load.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { parseCommand, type CommandSpec } from '../args.ts';
import type { CliIO } from '../io.ts';
import { diagnosticsJson, JSON_OPTION, printJson } from '../json.ts';
import { printWarnings } from '../warnings.ts';

export const validateSpec: CommandSpec = {
  name: 'validate',
  usage: 'faktograf validate [dir] [--json]',
  summary:
    'Check a knowledge base: file shapes, ids, references, the ontology, dates and that every quote is in its source. Reports every problem; exit code 1 if any. Warnings (a quote that occurs more than once) go to stderr and do not fail.',
  options: { ...JSON_OPTION },
  help: [
    '  dir                 knowledge base directory (default: graph)',
    '  --json              print {ok, sources, entities, relations, quotes, problems, warnings}',
  ],
  positionals: { min: 0, max: 1 },
};

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(validateSpec, argv);
  const dir = positionals[0] ?? 'graph';
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(resolve(io.cwd, dir)));
  if (values.json) {
    const counts = result.ok ? countsOf(result.value) : {};
    printJson(io, { ok: result.ok, ...counts, problems: result.ok ? [] : diagnosticsJson(result.diagnostics), warnings: diagnosticsJson(result.warnings) });
    return result.ok ? 0 : 1;
  }
  printWarnings(io, result.warnings, dir);
  if (!result.ok) {
    io.err(result.diagnostics.map((d) => formatDiagnostic(d, dir)).join('\n'));
    io.err(`\n${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${dir}; nothing was built.`);
    return 1;
  }
  const { sources, entities, relations, quotes } = countsOf(result.value);
  const warned = result.warnings.length ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}, above)` : '';
  io.out(`${dir} is valid${warned}: ${sources} source(s), ${entities} entities, ${relations} relations, ${quotes} quotes found in their sources.`);
  return 0;
}

function countsOf({ kb, evidence }: LoadedKnowledgeBase) {
  const quotes = [...evidence.values()].reduce((n, e) => n + e.length, 0);
  return { sources: kb.sources.length, entities: kb.entities.length, relations: kb.relations.length, quotes };
}

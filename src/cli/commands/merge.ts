import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Draft } from '../../extract/extract.ts';
import { mergeDraft } from '../../extract/merge.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, KB_HELP, KB_OPTION } from '../context.ts';
import type { CliIO } from '../io.ts';

export const mergeSpec: CommandSpec = {
  name: 'merge',
  usage: 'faktograf merge <draft.json> <article.txt> [--kb <dir>] [--into <dir>] [--check]',
  summary:
    'Add a reviewed draft (from "faktograf extract --json") to a knowledge base: the article as a source, its new entities and its relations, each in a file of its own. Validates the result first and writes nothing if it has a problem.',
  options: { into: { type: 'string' }, check: { type: 'boolean' }, ...KB_OPTION },
  help: [
    '  <draft.json>        the draft, as "faktograf extract --json" prints it (edit it freely before merging)',
    '  <article.txt>       the article the draft was extracted from (its quotes must be in it)',
    '  --into <dir>        write a copy of the knowledge base with the draft there instead of adding to --kb',
    '  --check             only validate the merged knowledge base; write nothing',
    KB_HELP,
  ],
  positionals: { min: 2, max: 2 },
};

export async function mergeCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(mergeSpec, argv);
  const [draftPath, articlePath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
  const read = (path: string, what: string) =>
    readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new CommandFailed(`cannot read the ${what} "${path}" (${e.code ?? e.message})`);
    });
  let draft: Draft;
  try {
    draft = JSON.parse(await read(draftPath, 'draft')) as Draft;
  } catch (e) {
    if (e instanceof CommandFailed) throw e;
    throw new CommandFailed(`the draft "${positionals[0]}" is not JSON (${(e as Error).message}); produce it with "faktograf extract <article> --published <date> --json"`);
  }
  if (!draft?.source?.id || !Array.isArray(draft.entities) || !Array.isArray(draft.relations))
    throw new UsageError(`the draft needs "source", "entities" and "relations", as "faktograf extract --json" prints them`);
  const text = await read(articlePath, 'article');
  const kbDir = typeof values.kb === 'string' ? values.kb : 'graph';
  const kbFiles = await readKnowledgeBaseDir(resolve(io.cwd, kbDir));
  const merged = mergeDraft(kbFiles, draft, text);
  if (!merged.result.ok) {
    io.err(merged.result.diagnostics.map((d) => formatDiagnostic(d, kbDir)).join('\n'));
    io.err(`\nthe knowledge base with the draft has ${merged.result.diagnostics.length} problem(s); nothing was written.`);
    return 1;
  }
  const summary = `${merged.draftEntities.length} new entities, ${merged.draftRelations.length} relations from source "${draft.source.id}"${merged.dropped.length ? `; left out ${merged.dropped.length} relation(s) whose types or ends do not fit: ${merged.dropped.join(', ')}` : ''}`;
  if (values.check) {
    io.out(`the draft merges into ${kbDir} cleanly: ${summary}`);
    return 0;
  }
  const into = typeof values.into === 'string' ? values.into : kbDir;
  const target = resolve(io.cwd, into);
  const files = into === kbDir ? merged.added : [...kbFiles, ...merged.added];
  const clash = merged.added.map((f) => f.path).filter((p) => existsSync(join(target, p)));
  if (clash.length) throw new CommandFailed(`${into} already has ${clash.join(', ')}; give the article another id (faktograf extract --id) or remove the old files`);
  await writeFilesAtomic(files.map((f) => ({ path: join(target, f.path), content: f.content })));
  io.out(`merged into ${into}: ${summary}\nwrote ${merged.added.map((f) => f.path).join(', ')}; check with "faktograf validate ${into}"`);
  return 0;
}

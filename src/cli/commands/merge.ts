import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Draft } from '../../extract/extract.ts';
import { mergeDraft } from '../../extract/merge.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { ioReason } from '../../node/io-error.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, KB_HELP, KB_OPTION, waitingFor } from '../context.ts';
import type { CliIO } from '../io.ts';
import { diagnosticsJson, JSON_OPTION, printJson } from '../json.ts';

export const mergeSpec: CommandSpec = {
  name: 'merge',
  usage: 'faktograf merge <draft.json> <article.txt> [--kb <dir>] [--into <dir>] [--check] [--force] [--json]',
  summary:
    'Add a reviewed draft (from "faktograf extract --json") to a knowledge base: the article as a source, its new entities and its relations, each in a file of its own. Validates the result first and writes nothing if it has a problem.',
  options: { into: { type: 'string' }, check: { type: 'boolean' }, force: { type: 'boolean' }, ...JSON_OPTION, ...KB_OPTION },
  help: [
    '  <draft.json>        the draft, as "faktograf extract --json" prints it (edit it freely before merging)',
    '  <article.txt>       the article the draft was extracted from (its quotes must be in it)',
    '  --into <dir>        write a copy of the knowledge base with the draft into <dir> (empty or new) instead of adding to --kb',
    '  --check             only validate the merged knowledge base; write nothing',
    '  --force             replace files of the same name that hold other content (each is named); without it, nothing is replaced',
    '  --json              print {ok, source, entities, relations, dropped, into, wrote, unchanged, replaced, copied} (or {ok: false, problems})',
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
    throw new CommandFailed(
      `the draft "${positionals[0]}" is not JSON (${(e as Error).message}); produce it with "faktograf extract <article> --published <date> --json"`,
    );
  }
  if (!draft?.source?.id || !Array.isArray(draft.entities) || !Array.isArray(draft.relations))
    throw new UsageError(`the draft needs "source", "entities" and "relations", as "faktograf extract --json" prints them`);
  const text = await read(articlePath, 'article');
  const kbDir = typeof values.kb === 'string' ? values.kb : 'graph';
  const kbFiles = await readKnowledgeBaseDir(resolve(io.cwd, kbDir));
  const merged = mergeDraft(kbFiles, draft, text);
  if (!merged.result.ok && values.json) {
    printJson(io, { ok: false, problems: diagnosticsJson(merged.result.diagnostics) });
    return 1;
  }
  if (!merged.result.ok) {
    io.err(merged.result.diagnostics.map((d) => formatDiagnostic(d, kbDir)).join('\n'));
    io.err(`\nthe knowledge base with the draft has ${merged.result.diagnostics.length} problem(s); nothing was written.`);
    return 1;
  }
  const summary = `${merged.draftEntities.length} new entities, ${merged.draftRelations.length} relations from source "${draft.source.id}"${merged.dropped.length ? `; left out ${merged.dropped.length} relation(s) whose types or ends do not fit: ${merged.dropped.join(', ')}` : ''}`;
  const counts = { source: draft.source.id, entities: merged.draftEntities.length, relations: merged.draftRelations.length, dropped: merged.dropped };
  if (values.check && values.json) {
    printJson(io, { ok: true, ...counts });
    return 0;
  }
  if (values.check) {
    io.out(`the draft merges into ${kbDir} cleanly: ${summary}`);
    return 0;
  }
  const into = typeof values.into === 'string' ? values.into : kbDir;
  const target = resolve(io.cwd, into);
  const inPlace = (await realpathOr(target)) === (await realpathOr(resolve(io.cwd, kbDir)));
  if (!inPlace && !values.force && (await entriesOf(target, into)).length)
    throw new CommandFailed(
      `${into} is not empty: --into writes a copy of ${kbDir} with the draft, into an empty or new directory; choose one, or pass --force to write over the files of the same name in ${into}`,
    );
  // A copy reads each file of the knowledge base only when it is written.
  const copied = inPlace
    ? []
    : kbFiles.map((f) => ({
        path: f.path,
        content: {
          *[Symbol.iterator]() {
            yield f.content;
          },
        },
      }));
  const plan = await planWrites(target, [...copied, ...merged.added]);
  if (plan.differ.length && !values.force)
    throw new CommandFailed(
      `${into} already has ${plan.differ.join(', ')} with other content, and merge never replaces a file; give the article another id (faktograf extract --id), remove those files, or pass --force to replace them`,
    );
  await writeFilesAtomic(
    target,
    plan.write.map((f) => ({ name: f.path, content: f.content })),
    { onWait: waitingFor(io, into) },
  );
  const same = new Set(plan.same);
  const differ = new Set(plan.differ);
  const fresh = copied.filter((f) => !same.has(f.path) && !differ.has(f.path)).length;
  if (values.json) {
    const added = merged.added.filter((f) => !differ.has(f.path));
    printJson(io, {
      ok: true,
      ...counts,
      into,
      wrote: added.filter((f) => !same.has(f.path)).map((f) => f.path),
      unchanged: added.filter((f) => same.has(f.path)).map((f) => f.path),
      replaced: plan.differ,
      copied: fresh,
    });
    return 0;
  }
  const lines = [
    `merged into ${into}: ${summary}`,
    ...(copied.length ? [`  copied ${fresh} file(s) of ${kbDir}`] : []),
    ...merged.added.filter((f) => !differ.has(f.path)).map((f) => `  ${same.has(f.path) ? 'unchanged' : 'wrote'} ${f.path}`),
    ...plan.differ.map((p) => `  replaced ${p} (--force)`),
    `check with "faktograf validate ${into}"`,
  ];
  io.out(lines.join('\n'));
  return 0;
}

const realpathOr = (path: string) => realpath(path).catch(() => path);

async function entriesOf(dir: string, shown: string): Promise<string[]> {
  return readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw new CommandFailed(`cannot use ${shown} for --into: ${ioReason(e)}`);
  });
}

interface Planned {
  path: string;
  content: string | Iterable<string>;
}

/**
 * Which files to write: a file already there with the same text is left alone; one with other
 * text differs (replaced only with --force).
 */
async function planWrites(target: string, files: Planned[]): Promise<{ write: Planned[]; same: string[]; differ: string[] }> {
  const write: Planned[] = [];
  const same: string[] = [];
  const differ: string[] = [];
  for (const f of files) {
    const path = join(target, f.path);
    const info = await lstat(path).catch(() => null);
    if (!info) {
      write.push(f);
      continue;
    }
    const old = info.isDirectory() ? null : await readFile(path, 'utf8').catch(() => null);
    const text = typeof f.content === 'string' ? f.content : [...f.content].join('');
    if (old === text) same.push(f.path);
    else {
      differ.push(f.path);
      write.push(f);
    }
  }
  return { write, same, differ };
}

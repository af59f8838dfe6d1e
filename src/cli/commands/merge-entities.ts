import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mergeEntities, MergeRefused } from '../../ingest/merge-entities.ts';
import { formatLog, logMerge, MERGE_LOG, parseLog, undoMerge, type LogEntry } from '../../ingest/merge-log.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, KB_HELP, KB_OPTION, waitingFor } from '../context.ts';
import type { CliIO } from '../io.ts';

export const mergeEntitiesSpec: CommandSpec = {
  name: 'merge-entities',
  usage: 'faktograf merge-entities <keep> <drop> [--dry-run] [--json] [--kb <dir>] | faktograf merge-entities --undo <merge-id> [--json] [--kb <dir>]',
  summary:
    'Merge two entities that are one: every reference to <drop> points to <keep>, its names become aliases of <keep>, and it is removed. Validated first, written as one set, logged in MERGES.log so that --undo restores the files exactly.',
  options: { 'dry-run': { type: 'boolean' }, undo: { type: 'string' }, json: { type: 'boolean' }, ...KB_OPTION },
  help: [
    '  <keep> <drop>       entity ids: <drop> is merged into <keep>',
    '  --dry-run           print what would change; write nothing',
    '  --undo <merge-id>   restore the files a logged merge changed (ids m1, m2, … in <kb>/MERGES.log)',
    '  --json              print {action, id?, dryRun, files, aliases?} instead of the text',
    KB_HELP,
  ],
  positionals: { min: 0, max: 2 },
};

export async function mergeEntitiesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(mergeEntitiesSpec, argv);
  const kbDir = typeof values.kb === 'string' ? values.kb : 'graph';
  const dir = resolve(io.cwd, kbDir);
  const logText = await readFile(join(dir, MERGE_LOG), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw new CommandFailed(`cannot read ${kbDir}/${MERGE_LOG} (${e.code ?? e.message})`);
  });
  let log: LogEntry[];
  try {
    log = parseLog(logText);
  } catch (e) {
    throw new CommandFailed((e as Error).message);
  }
  const files = await readKnowledgeBaseDir(dir);
  const now = new Date().toISOString();
  const json = (result: object) => io.out(JSON.stringify(result, null, 2));
  const write = (out: Array<{ path: string; content: string }>) =>
    writeFilesAtomic(
      dir,
      out.map((f) => ({ name: f.path, content: f.content })),
      { onWait: waitingFor(io, kbDir) },
    );

  if (typeof values.undo === 'string') {
    if (positionals.length) throw new UsageError(`--undo takes a merge id only\nusage: ${mergeEntitiesSpec.usage}`);
    let undo;
    try {
      undo = undoMerge(log, values.undo, new Map(files.map((f) => [f.path, f.content])), now);
    } catch (e) {
      throw new CommandFailed((e as Error).message);
    }
    if (values.json) {
      if (!values['dry-run']) await write([...undo.files, { path: MERGE_LOG, content: formatLog(undo.log) }]);
      json({ action: 'undo', id: values.undo, dryRun: values['dry-run'] === true, files: undo.files.map((f) => f.path) });
      return 0;
    }
    if (values['dry-run']) {
      io.out([`would undo merge ${values.undo}, restoring:`, ...undo.files.map((f) => `  ${f.path}`)].join('\n'));
      return 0;
    }
    await write([...undo.files, { path: MERGE_LOG, content: formatLog(undo.log) }]);
    io.out([`undid merge ${values.undo}; restored:`, ...undo.files.map((f) => `  ${f.path}`)].join('\n'));
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`expected <keep> <drop>, or --undo <merge-id>\nusage: ${mergeEntitiesSpec.usage}`);
  const [keep, drop] = positionals as [string, string];
  let merge;
  try {
    merge = mergeEntities(files, keep, drop);
  } catch (e) {
    if (e instanceof MergeRefused) throw new CommandFailed(e.message);
    throw e;
  }
  const lines = [
    ...merge.changes.map((c) => `  ${c.path}: ${changedLines(c.before, c.after)} line(s) changed`),
    `  aliases of ${keep} gain: ${merge.aliases.map((a) => `"${a}"`).join(', ') || '—'}`,
  ];
  if (values.json) {
    const next = values['dry-run'] ? undefined : logMerge(log, merge, now);
    if (next) await write([...merge.changes.map((c) => ({ path: c.path, content: c.after })), { path: MERGE_LOG, content: formatLog(next) }]);
    json({
      action: 'merge',
      keep,
      drop,
      ...(next ? { id: next.at(-1)!.id } : {}),
      dryRun: !next,
      files: merge.changes.map((c) => c.path),
      aliases: merge.aliases,
    });
    return 0;
  }
  if (values['dry-run']) {
    io.out([`would merge ${drop} into ${keep}:`, ...lines, 'nothing written (--dry-run)'].join('\n'));
    return 0;
  }
  const next = logMerge(log, merge, now);
  await write([...merge.changes.map((c) => ({ path: c.path, content: c.after })), { path: MERGE_LOG, content: formatLog(next) }]);
  io.out(
    [
      `merged ${drop} into ${keep} (logged as ${next.at(-1)!.id} in ${kbDir}/${MERGE_LOG}; undo with "faktograf merge-entities --undo ${next.at(-1)!.id}"):`,
      ...lines,
    ].join('\n'),
  );
  return 0;
}

/** Lines of `after` not in `before` plus those gone: a size of the change, not a diff. */
function changedLines(before: string, after: string): number {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const a = count(before.split('\n'));
  const b = count(after.split('\n'));
  let n = 0;
  for (const [l, c] of a) n += Math.max(0, c - (b.get(l) ?? 0));
  for (const [l, c] of b) n += Math.max(0, c - (a.get(l) ?? 0));
  return n;
}

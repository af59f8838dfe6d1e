// Node layer: writes a set of files into a directory so that no reader ever sees a
// half-written file, and the set is replaced as a whole or not at all.
//
// Under a lock on the directory (one writer at a time, see dir-lock.ts), every file is
// written into a private staging folder made by mkdtemp inside the directory (same file
// system, so renames are atomic), each created with O_EXCL and fsynced. Only then is a
// manifest written beside them, and the files are renamed into place one by one. A writer
// killed before the manifest leaves the previous set untouched; one killed among the renames
// leaves a staging folder with its manifest, and the next writer completes those renames
// before anything else. Nothing existing is ever opened for writing: a symbolic link planted
// at an output's name is replaced by the rename, its target untouched.
import { rmSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, readFile, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lockDir, type LockOptions } from './dir-lock.ts';
import { isInside } from './inside.ts';
import { errnoCode, ioReason, OutputError } from './io-error.ts';
import { writeChunks } from './write-chunks.ts';

export const STAGING_PREFIX = '.faktograf-staging-';
export const MANIFEST = '.complete';
/** Temporaries beside the outputs, as written by earlier versions. */
const OLD_TMP = /\.\d+\.tmp$/;

export interface FileToWrite {
  /** The path inside the directory, with `/` separators. */
  name: string;
  /** The text, whole or as chunks written one at a time (never joined in memory). */
  content: string | Iterable<string>;
}

/** Writes every file into `dir` as one set; returns the number of bytes of each, in order. */
export async function writeFilesAtomic(dir: string, files: FileToWrite[], options: LockOptions = {}): Promise<number[]> {
  const names = files.map((f) => checkName(f.name));
  await ensureDir(dir);
  const lock = await lockDir(dir, options);
  let staging: string | undefined;
  let keep = false;
  // Interrupted (Ctrl-C, SIGTERM), the writer takes its staging folder and its lock along,
  // except a complete set being renamed, which the next writer finishes.
  const stopListening = onTermination(() => {
    if (staging && !keep) rmSync(staging, { recursive: true, force: true });
    lock.releaseSync();
  });
  try {
    await completeInterrupted(dir);
    await removeOldTemporaries(dir, names);
    await checkTargets(dir, names);
    staging = await mkdtemp(join(dir, STAGING_PREFIX)).catch(asOutputError(`cannot write to ${dir}`));
    const bytes: number[] = [];
    for (const f of files) {
      const tmp = join(staging, f.name);
      await mkdir(dirname(tmp), { recursive: true }).catch(asOutputError(`cannot write to ${dir}`));
      bytes.push(await writeChunks(tmp, typeof f.content === 'string' ? [f.content] : f.content).catch(asOutputError(`cannot write ${join(dir, f.name)}`)));
    }
    await writeChunks(join(staging, MANIFEST), [JSON.stringify(names)]).catch(asOutputError(`cannot write to ${dir}`));
    await syncDir(staging);
    // From here on the new set is complete on disk: if a rename fails, the next writer
    // finishes the renames from the staging folder.
    keep = true;
    await moveIntoPlace(dir, staging, names).catch(asOutputError(`the new files could not all be moved into ${dir} (run the command again to complete them)`));
    keep = false;
    return bytes;
  } finally {
    stopListening();
    if (staging && !keep) await rm(staging, { recursive: true, force: true });
    await lock.release();
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs `cleanup` on a terminating signal, then lets the signal end the process as it would have. */
function onTermination(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    stop();
    cleanup();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const stop = () => SIGNALS.forEach((s) => process.off(s, handler));
  SIGNALS.forEach((s) => process.on(s, handler));
  return stop;
}

const validName = (name: string) =>
  !name.startsWith(STAGING_PREFIX) && name.split('/').every((s) => s && s !== '.' && s !== '..' && !s.includes('\\') && !s.includes('\0'));

function checkName(name: string): string {
  if (!validName(name)) throw new Error(`writeFilesAtomic: "${name}" is not a relative path inside the directory`);
  return name;
}

/** An error of the file system becomes a one-line OutputError; others (a failing serializer) pass. */
function asOutputError(what: string): (e: unknown) => never {
  return (e) => {
    throw errnoCode(e) ? new OutputError(`${what}: ${ioReason(e)}`) : e;
  };
}

async function ensureDir(dir: string): Promise<void> {
  const info = await stat(dir).catch((e: unknown) => (errnoCode(e) === 'ENOENT' ? null : asOutputError(`cannot use ${dir} as the output directory`)(e)));
  if (info && !info.isDirectory()) throw new OutputError(`${dir} is a file, not a directory; choose another output directory`);
  if (!info) await mkdir(dir, { recursive: true }).catch(asOutputError(`cannot create the output directory ${dir}`));
}

/** Refuses, before writing anything, an output whose place holds a folder or lies outside `dir`. */
async function checkTargets(dir: string, names: string[]): Promise<void> {
  const root = await realpath(dir);
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const path = join(dir, ...parts.slice(0, i));
      const info = await lstat(path).catch((e: unknown) => (errnoCode(e) === 'ENOENT' ? null : asOutputError(`cannot write ${path}`)(e)));
      if (!info) break;
      const last = i === parts.length;
      if (last && info.isDirectory()) throw new OutputError(`${path} is a directory where an output goes; remove it or choose another output directory`);
      if (!last && info.isSymbolicLink()) {
        const target = await realpath(path).catch(() => '');
        if (!target || !isInside(root, target))
          throw new OutputError(`${path} is a symbolic link to ${target || 'nothing'}, outside ${dir}; faktograf writes only inside the output directory`);
      } else if (!last && !info.isDirectory())
        throw new OutputError(`${path} is a file where a folder of outputs goes; remove it or choose another output directory`);
    }
  }
}

async function moveIntoPlace(dir: string, staging: string, names: string[]): Promise<void> {
  for (const name of names) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await rename(join(staging, name), join(dir, name));
  }
  await syncDir(dir);
}

/** Makes the directory's entries durable; some file systems cannot, which is no error. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Staging folders a killed writer left: one with its manifest had written the whole set and
 * was renaming it, so its renames are completed; one without is removed.
 */
async function completeInterrupted(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const staging = join(dir, entry);
    if (!(await lstat(staging)).isDirectory()) {
      await unlink(staging);
      continue;
    }
    const manifest = await readFile(join(staging, MANIFEST), 'utf8').catch(() => null);
    const names = manifest === null ? [] : parseManifest(manifest);
    for (const name of names) {
      const from = join(staging, name);
      if (!(await lstat(from).catch(() => null))?.isFile()) continue;
      await checkTargets(dir, [name]);
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await rename(from, join(dir, name)).catch(asOutputError(`cannot complete the interrupted write of ${join(dir, name)}`));
    }
    await rm(staging, { recursive: true, force: true });
  }
}

function parseManifest(text: string): string[] {
  try {
    const names: unknown = JSON.parse(text);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && validName(n)) : [];
  } catch {
    return [];
  }
}

/** `graph.json.<pid>.tmp` beside an output, left by a killed run of an earlier version. */
async function removeOldTemporaries(dir: string, names: string[]): Promise<void> {
  for (const name of names) {
    const folder = dirname(join(dir, name));
    const entries = await readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) if (entry.startsWith(`${basename(name)}.`) && OLD_TMP.test(entry)) await unlink(join(folder, entry)).catch(() => undefined);
  }
}

// Node layer: one writer at a time in a directory. The lock is a file, created whole (see
// tryCreate), that names its holder (pid, host, start time); a holder that died (its pid no longer
// runs on this host) leaves a stale lock, which the next writer breaks.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, lstat, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { errnoCode, ioReason, OutputError } from './io-error.ts';

export const LOCK_NAME = '.faktograf.lock';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** Called once when another writer holds the lock and this one starts waiting. */
  onWait?: (holder: LockHolder | null, lockPath: string) => void;
  /** How long to wait for the other writer before giving up (default 120 s). */
  timeoutMs?: number;
}

const POLL_MS = 50;
/** A lock file still without a readable holder after this long was left by a crash. */
const UNREADABLE_STALE_MS = 5_000;

export interface DirLock {
  release(): Promise<void>;
  /** For a signal handler, where nothing asynchronous runs any more. */
  releaseSync(): void;
}

/** Takes the lock on `dir` (which must exist). */
export async function lockDir(dir: string, options: LockOptions = {}): Promise<DirLock> {
  const path = join(dir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const mine = JSON.stringify(me);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let waited = false;
  for (;;) {
    if (await tryCreate(path, mine)) return { release: () => release(path, mine), releaseSync: () => releaseSync(path, mine) };
    const seen = await readHolder(path);
    if (seen === 'gone') continue;
    if (seen.foreign) throw new OutputError(`${path} is not a lock file faktograf wrote (a symbolic link or a folder); remove it, then run this again`);
    if (isStale(seen)) {
      await breakStale(path, seen.text);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = seen.holder ? `faktograf (pid ${seen.holder.pid} on ${seen.holder.host}, since ${seen.holder.started})` : 'faktograf';
      throw new OutputError(`another ${who} is writing to ${dir}; run this again when it has finished, or remove ${path} if no faktograf is running`);
    }
    if (!waited) options.onWait?.(seen.holder, path);
    waited = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Creates the lock with its content in one step, so a waiting writer never reads it empty:
 * the holder is written to a file of its own, which is then hard-linked to the lock's name
 * (a link fails if the name exists). Where the file system has no hard links, the lock is
 * created with O_EXCL and then written.
 */
async function tryCreate(path: string, content: string): Promise<boolean> {
  const draft = `${path}.new-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await writeNew(draft, content);
  } catch (e) {
    throw new OutputError(`cannot create the lock file ${path}: ${ioReason(e)}`);
  }
  try {
    await link(draft, path);
    return true;
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return tryCreateInPlace(path, content);
    throw new OutputError(`cannot create the lock file ${path}: ${ioReason(e)}`);
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function writeNew(path: string, content: string): Promise<void> {
  const file = await open(path, 'wx', 0o644);
  try {
    await file.writeFile(content);
  } finally {
    await file.close();
  }
}

async function tryCreateInPlace(path: string, content: string): Promise<boolean> {
  try {
    await writeNew(path, content);
    return true;
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') return false;
    await unlink(path).catch(() => undefined);
    throw new OutputError(`cannot create the lock file ${path}: ${ioReason(e)}`);
  }
}

interface Seen {
  text: string;
  holder: LockHolder | null;
  ageMs: number;
  /** Not a regular file (a planted symlink or folder): never a lock of ours, never touched. */
  foreign: boolean;
}

async function readHolder(path: string): Promise<Seen | 'gone'> {
  try {
    const info = await lstat(path);
    if (!info.isFile()) return { text: '', holder: null, ageMs: Date.now() - info.mtimeMs, foreign: true };
    const text = await readFile(path, 'utf8');
    return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs, foreign: false };
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return 'gone';
    throw new OutputError(`cannot read the lock file ${path}: ${ioReason(e)}`);
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder> | null;
    return h && Number.isInteger(h.pid) && typeof h.host === 'string' && typeof h.started === 'string' ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

function isStale(seen: Seen): boolean {
  // Being written right now by its holder, or left half-written by a crash.
  if (!seen.holder) return seen.ageMs > UNREADABLE_STALE_MS;
  // A pid on another host cannot be checked: such a lock waits for its holder, or the timeout.
  if (seen.holder.host !== hostname()) return false;
  return !alive(seen.holder.pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/**
 * Moves the stale lock aside before deleting it, so that of two writers breaking it at once
 * only one succeeds; one that moved a fresh lock instead (taken meanwhile) puts it back.
 */
async function breakStale(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return;
    throw new OutputError(`cannot remove the stale lock file ${path}: ${ioReason(e)}`);
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function release(path: string, mine: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === mine) await unlink(path).catch(() => undefined);
}

function releaseSync(path: string, mine: string): void {
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

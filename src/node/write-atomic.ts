// Node layer: writes a set of files so that a crash never leaves a half-written one:
// every file goes to a temporary name first, then all are renamed into place.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeChunks } from './write-chunks.ts';

const TMP = /\.\d+\.tmp$/;

export interface FileToWrite {
  path: string;
  /** The text, whole or as chunks written one at a time (never joined in memory). */
  content: string | Iterable<string>;
}

/** Writes every file atomically; returns the number of bytes of each, in order. */
export async function writeFilesAtomic(files: FileToWrite[]): Promise<number[]> {
  const staged: Array<{ tmp: string; path: string }> = [];
  const bytes: number[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      await removeStaleTemporaries(f.path);
      const tmp = `${f.path}.${process.pid}.tmp`;
      staged.push({ tmp, path: f.path });
      bytes.push(await writeChunks(tmp, typeof f.content === 'string' ? [f.content] : f.content));
    }
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw e;
  }
  for (const s of staged) await rename(s.tmp, s.path);
  return bytes;
}

/** Temporaries a killed earlier run left beside `path`. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const name = basename(path);
  for (const entry of await readdir(dirname(path)))
    if (entry.startsWith(`${name}.`) && TMP.test(entry) && entry !== `${name}.${process.pid}.tmp`) await rm(join(dirname(path), entry), { force: true });
}

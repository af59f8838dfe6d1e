// Node layer: writes a set of files so that a crash never leaves a half-written one:
// every file goes to a temporary name first, then all are renamed into place.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TMP = /\.\d+\.tmp$/;

export async function writeFilesAtomic(files: Array<{ path: string; content: string }>): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      await removeStaleTemporaries(f.path);
      const tmp = `${f.path}.${process.pid}.tmp`;
      staged.push({ tmp, path: f.path });
      await writeFile(tmp, f.content);
    }
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw e;
  }
  for (const s of staged) await rename(s.tmp, s.path);
}

/** Temporaries a killed earlier run left beside `path`. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const name = basename(path);
  for (const entry of await readdir(dirname(path)))
    if (entry.startsWith(`${name}.`) && TMP.test(entry) && entry !== `${name}.${process.pid}.tmp`) await rm(join(dirname(path), entry), { force: true });
}

// Node layer: writes a set of files so that a crash never leaves a half-written one:
// every file goes to a temporary name first, then all are renamed into place.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFilesAtomic(files: Array<{ path: string; content: string }>): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.${process.pid}.tmp`;
      await writeFile(tmp, f.content);
      staged.push({ tmp, path: f.path });
    }
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw e;
  }
  for (const s of staged) await rename(s.tmp, s.path);
}

// Node layer: writes text given as chunks to a file as UTF-8, one chunk at a time, so a
// 250 MB output is never one string (nor one buffer) in memory.
import { open } from 'node:fs/promises';

/**
 * Writes the chunks to a new file `path` and returns the number of bytes written, once
 * they are on disk (fsync). The bytes are exactly those of the joined string, even where a
 * chunk ends between the two halves of a surrogate pair. The file must not exist: it is
 * created with O_EXCL, so nothing already at `path` (a symbolic link planted there, say)
 * is ever opened for writing.
 */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<number> {
  const file = await open(path, 'wx', 0o644);
  let bytes = 0;
  try {
    let pending = '';
    for (const chunk of chunks) {
      let text = pending + chunk;
      pending = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        pending = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (text) bytes += await writeAll(file, Buffer.from(text, 'utf8'));
    }
    // A lone high surrogate at the very end: encoded as in the joined string.
    if (pending) bytes += await writeAll(file, Buffer.from(pending, 'utf8'));
    await file.sync();
  } finally {
    await file.close();
  }
  return bytes;
}

async function writeAll(file: Awaited<ReturnType<typeof open>>, buffer: Buffer): Promise<number> {
  let offset = 0;
  while (offset < buffer.length) offset += (await file.write(buffer, offset)).bytesWritten;
  return buffer.length;
}

// Node layer: a knowledge-base file whose text is read from disk each time the loader asks
// for it, and never kept here. The loader parses a file and lets its text go, so the text
// of a large knowledge base (500 MB in memory at 100k entities: UTF-16 as soon as a file
// holds one Polish letter) is never resident all at once.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { KnowledgeBaseError, type Diagnostic } from '../kb/diagnostics.ts';
import { MAX_FILE_BYTES, tooLarge, type TextFile } from '../kb/files.ts';

/**
 * `full` is where the file is read from; `path` is relative to the knowledge base, with `/`
 * separators, as the loader's diagnostics name it; `size`, the size in bytes the listing
 * found, lets the loader check its cap unread.
 */
export function onDemandFile(full: string, path: string, size?: number): TextFile {
  return {
    path,
    ...(size === undefined ? {} : { size }),
    get content() {
      return readTextFile(full, path);
    },
  };
}

/**
 * The UTF-8 text of a file, refusing one over the loader's size cap before reading it.
 * A file that cannot be read (removed or replaced since it was listed, no permission)
 * throws a KnowledgeBaseError naming it, like any other problem of the knowledge base.
 */
function readTextFile(full: string, path: string): string {
  let fd: number;
  try {
    fd = openSync(full, 'r');
  } catch (e) {
    throw new KnowledgeBaseError([unreadable(path, e)]);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) throw new KnowledgeBaseError([tooLarge(path, size)]);
    const bytes = readFileSync(fd);
    // It may have grown since fstat.
    if (bytes.length > MAX_FILE_BYTES) throw new KnowledgeBaseError([tooLarge(path, bytes.length)]);
    return bytes.toString('utf8');
  } catch (e) {
    throw e instanceof KnowledgeBaseError ? e : new KnowledgeBaseError([unreadable(path, e)]);
  } finally {
    closeSync(fd);
  }
}

/** What to tell the user about a file (or folder) of the knowledge base that cannot be read. */
export function unreadable(path: string, error: unknown, what: 'file' | 'folder' = 'file'): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const [why, hint] =
    code === 'ENOENT'
      ? [
          'it no longer exists (it was removed or renamed after the knowledge base was listed)',
          'make sure nothing moves or deletes files in the knowledge base while faktograf reads it, then run the command again',
        ]
      : code === 'EACCES' || code === 'EPERM'
        ? ['permission denied', 'make the file readable by this user (check its permissions and owner)']
        : code === 'EISDIR'
          ? ['it is now a directory', 'make sure nothing replaces files in the knowledge base while faktograf reads it, then run the command again']
          : [
              `${code ?? 'error'}: ${(error as Error | undefined)?.message ?? String(error)}`,
              'check the file and the disk it is on, then run the command again',
            ];
  return { file: path, line: 1, column: 1, message: `the ${what} cannot be read: ${why}`, hint };
}

// Node layer: what a failed file operation means, in words a user can act on.

/** An error of the file system (or a stream) carrying Node's `code`, like ENOENT. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'it does not exist'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EROFS', 'the file system is read-only'],
  ['EISDIR', 'it is a directory'],
  ['ENOTDIR', 'a part of the path is a file, not a directory'],
  ['EEXIST', 'it already exists'],
  ['ENOTEMPTY', 'it is a directory that is not empty'],
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is exhausted'],
  ['EFBIG', 'the file is too large for the file system'],
  ['EMFILE', 'too many files are open'],
  ['ENAMETOOLONG', 'the name is too long'],
  ['ELOOP', 'too many symbolic links'],
  ['EIO', 'an input/output error of the disk'],
]);

/** "permission denied (EACCES)": why an operation failed, with Node's code for searching. */
export function ioReason(e: unknown): string {
  const code = errnoCode(e);
  if (!code) return e instanceof Error ? e.message : String(e);
  return `${REASONS.get(code) ?? (e as Error).message.replace(/^[A-Z0-9]+: /, '').replace(/, \w+ '.*$/, '')} (${code})`;
}

/**
 * A failure to write outputs, already worded for the user (one line, with the path). The
 * command line prints it as it is.
 */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

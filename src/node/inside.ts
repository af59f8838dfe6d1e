// Node layer: whether a resolved path lies within a folder (both resolved by realpath).
import { isAbsolute, relative, sep } from 'node:path';

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

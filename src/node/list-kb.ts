// Node layer: which entries of a knowledge-base directory are its data, and a diagnostic
// for every entry that looks like data but is not read, so nothing is skipped unsaid.
//
// Read: ontology.yaml (and any other top-level .yaml/.yml, which the loader reports as
// misplaced), and the files directly in sources/ (.yaml, .yml, .txt), entities/ and
// relations/ (.yaml, .yml). A symbolic link is followed when it resolves inside the
// knowledge base, and refused otherwise. Reported: subfolders of the data folders, files of
// any other kind there, upper-case extensions (.YAML) and upper-case data folders. Not
// data, not reported: names starting with a dot, and other top-level files and folders
// (a README, CLAIMS.md, docs/).
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../kb/diagnostics.ts';
import { isInside } from './inside.ts';
import { unreadable } from './on-demand-file.ts';

export interface ListedFile {
  /** Relative to the knowledge base, with `/` separators, as diagnostics name it. */
  path: string;
  /** Where it is read from: symbolic links resolved. */
  full: string;
}

const FOLDERS: ReadonlyMap<string, RegExp> = new Map([
  ['sources', /\.(ya?ml|txt)$/],
  ['entities', /\.ya?ml$/],
  ['relations', /\.ya?ml$/],
]);
const DATA_NAME = /\.(ya?ml|txt)$/i;

/** Lists `root` (resolved by realpath) into the files to read and the problems found. */
export async function listKnowledgeBase(root: string, top: Dirent[]): Promise<{ files: ListedFile[]; problems: Diagnostic[] }> {
  const files: ListedFile[] = [];
  const problems: Diagnostic[] = [];
  const problem = (file: string, message: string, hint: string) => problems.push(diagnostic(file, message, hint));
  for (const entry of top) {
    if (entry.name.startsWith('.')) continue;
    const kind = await kindOf(root, entry.name, entry, problems);
    const folder = FOLDERS.get(entry.name);
    if (folder && kind?.type === 'folder') await listFolder(root, entry.name, kind.full, folder, files, problems);
    else if (folder && kind)
      problem(entry.name, `${entry.name} is not a folder, so nothing in it is read`, `make ${entry.name}/ a folder holding the knowledge base's ${entry.name}`);
    else if (FOLDERS.has(entry.name.toLowerCase()) && kind?.type === 'folder')
      problem(
        entry.name,
        `the folder ${entry.name} is not read: the loader reads ${entry.name.toLowerCase()}/, in lower case`,
        `rename it to ${entry.name.toLowerCase()}`,
      );
    else if (kind?.type === 'file' && /\.ya?ml$/.test(entry.name)) files.push({ path: entry.name, full: kind.full });
    else if (kind?.type === 'file' && DATA_NAME.test(entry.name)) upperCase(entry.name, entry.name, problem);
  }
  return { files, problems };
}

type Problem = (file: string, message: string, hint: string) => void;

const diagnostic = (file: string, message: string, hint: string): Diagnostic => ({ file, line: 1, column: 1, message, hint });

async function listFolder(root: string, name: string, full: string, accepted: RegExp, files: ListedFile[], problems: Diagnostic[]): Promise<void> {
  const problem: Problem = (file, message, hint) => problems.push(diagnostic(file, message, hint));
  let entries: Dirent[];
  try {
    entries = await readdir(full, { withFileTypes: true });
  } catch (e) {
    problems.push(unreadable(name, e, 'folder'));
    return;
  }
  const what = name === 'sources' ? '.yaml, .yml and .txt files' : '.yaml and .yml files';
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = `${name}/${entry.name}`;
    const kind = await kindOf(root, path, entry, problems, full);
    if (!kind) continue;
    if (kind.type === 'folder')
      problem(
        path,
        `the subfolder ${path} is not read: only the files directly in ${name}/ are`,
        `move its files up into ${name}/ (give them distinct names), or move the folder out of the knowledge base`,
      );
    else if (kind.type === 'other') problem(path, `${path} is not a regular file, so it is not read`, `remove it from ${name}/`);
    else if (accepted.test(entry.name)) files.push({ path, full: kind.full });
    else if (DATA_NAME.test(entry.name) && accepted.test(entry.name.toLowerCase())) upperCase(path, entry.name, problem);
    else
      problem(
        path,
        `${path} is not read: ${name}/ holds only ${what}`,
        /\.txt$/i.test(entry.name)
          ? `an article's text belongs in sources/, beside its .yaml`
          : `move it out of the knowledge base, or rename it if it holds ${name}`,
      );
  }
}

function upperCase(path: string, name: string, problem: Problem): void {
  const lower = name.replace(DATA_NAME, (ext) => ext.toLowerCase());
  problem(path, `${path} is not read: its extension is not in lower case`, `rename it to ${lower}`);
}

type Kind = { type: 'file' | 'folder' | 'other'; full: string };

/**
 * What an entry is, a symbolic link followed only to a target inside the knowledge base;
 * null (with a diagnostic) for a link that leads outside, nowhere, or cannot be read.
 */
async function kindOf(root: string, path: string, entry: Dirent, problems: Diagnostic[], parent = root): Promise<Kind | null> {
  const at = join(parent, entry.name);
  if (!entry.isSymbolicLink()) return { type: entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other', full: at };
  let target: string;
  try {
    target = await realpath(at);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      problems.push(diagnostic(path, `${path} is a symbolic link to nothing (its target does not exist)`, 'remove the link, or restore the file it points to'));
    else problems.push(unreadable(path, e));
    return null;
  }
  if (!isInside(root, target)) {
    problems.push(
      diagnostic(
        path,
        `${path} is a symbolic link to ${target}, outside the knowledge base, so it is not read`,
        'faktograf reads only files inside the knowledge base directory: copy the file (or folder) in instead of linking to it',
      ),
    );
    return null;
  }
  try {
    const info = await stat(target);
    return { type: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other', full: target };
  } catch (e) {
    problems.push(unreadable(path, e));
    return null;
  }
}

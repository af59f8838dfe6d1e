// Node layer: reads a knowledge-base directory into the loader's in-memory files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_BYTES, tooLarge, type TextFile } from '../kb/files.ts';
import { KnowledgeBaseError } from '../kb/diagnostics.ts';

const DIRS = ['sources', 'entities', 'relations'];

export async function readKnowledgeBaseDir(dir: string): Promise<TextFile[]> {
  const top = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`faktograf: cannot read the knowledge base directory "${dir}" (${e.code ?? e.message}); pass the folder that holds ontology.yaml`);
  });
  const paths: string[] = [];
  for (const entry of top) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) paths.push(entry.name);
    if (entry.isDirectory() && DIRS.includes(entry.name))
      for (const sub of await readdir(join(dir, entry.name), { withFileTypes: true }))
        if (sub.isFile() && /\.(ya?ml|txt)$/.test(sub.name)) paths.push(`${entry.name}/${sub.name}`);
  }
  paths.sort();
  // Refuse oversized files before reading them, so memory stays bounded.
  const sizes = await Promise.all(paths.map(async (path) => (await stat(join(dir, path))).size));
  const oversized = paths.flatMap((path, i) => (sizes[i]! > MAX_FILE_BYTES ? [tooLarge(path, sizes[i]!)] : []));
  if (oversized.length) throw new KnowledgeBaseError(oversized);
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(join(dir, path), 'utf8') })));
}

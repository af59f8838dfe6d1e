// Node layer: lists a knowledge-base directory as the loader's files. Each file's text is
// read when the loader asks for it and not kept (src/node/on-demand-file.ts), so the
// whole knowledge base is never in memory as text at once.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeBaseError, sortDiagnostics, type Diagnostic } from '../kb/diagnostics.ts';
import { MAX_FILE_BYTES, tooLarge, type TextFile } from '../kb/files.ts';
import { onDemandFile, unreadable } from './on-demand-file.ts';

const DIRS = ['sources', 'entities', 'relations'];

export async function readKnowledgeBaseDir(dir: string): Promise<TextFile[]> {
  const top = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`faktograf: cannot read the knowledge base directory "${dir}" (${e.code ?? e.message}); pass the folder that holds ontology.yaml`);
  });
  const paths: string[] = [];
  const problems: Diagnostic[] = [];
  for (const entry of top) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) paths.push(entry.name);
    if (entry.isDirectory() && DIRS.includes(entry.name)) {
      const listed = await readdir(join(dir, entry.name), { withFileTypes: true }).catch((e: unknown) => {
        problems.push(unreadable(entry.name, e, 'folder'));
        return [];
      });
      for (const sub of listed) if (sub.isFile() && /\.(ya?ml|txt)$/.test(sub.name)) paths.push(`${entry.name}/${sub.name}`);
    }
  }
  paths.sort();
  // Refuse oversized files before reading any, so memory stays bounded (each read checks
  // again, in case a file grew since).
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(join(dir, path)).then(
        (s) => s.size,
        (e: unknown) => (problems.push(unreadable(path, e)), 0),
      ),
    ),
  );
  paths.forEach((path, i) => {
    if (sizes[i]! > MAX_FILE_BYTES) problems.push(tooLarge(path, sizes[i]!));
  });
  if (problems.length) throw new KnowledgeBaseError(sortDiagnostics(problems));
  // The listed size lets the loader check the cap without reading a file twice.
  return paths.map((path, i) => onDemandFile(dir, path, sizes[i]!));
}

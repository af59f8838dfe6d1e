// Node layer: lists a knowledge-base directory as the loader's files. Each file's text is
// read when the loader asks for it and not kept (src/node/on-demand-file.ts), so the
// whole knowledge base is never in memory as text at once. What is listed, and what is
// reported instead of being skipped, is in list-kb.ts.
import { readdir, realpath, stat } from 'node:fs/promises';
import { KnowledgeBaseError, sortDiagnostics } from '../kb/diagnostics.ts';
import { MAX_FILE_BYTES, tooLarge, type TextFile } from '../kb/files.ts';
import { listKnowledgeBase } from './list-kb.ts';
import { onDemandFile, unreadable } from './on-demand-file.ts';

export async function readKnowledgeBaseDir(dir: string): Promise<TextFile[]> {
  const cannot = (e: NodeJS.ErrnoException) => {
    throw new Error(`faktograf: cannot read the knowledge base directory "${dir}" (${e.code ?? e.message}); pass the folder that holds ontology.yaml`);
  };
  const root = await realpath(dir).catch(cannot);
  const { files, problems } = await listKnowledgeBase(root, await readdir(root, { withFileTypes: true }).catch(cannot));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Refuse oversized files before reading any, so memory stays bounded (each read checks
  // again, in case a file grew since).
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f.full).then(
        (s) => s.size,
        (e: unknown) => (problems.push(unreadable(f.path, e)), 0),
      ),
    ),
  );
  files.forEach((f, i) => {
    if (sizes[i]! > MAX_FILE_BYTES) problems.push(tooLarge(f.path, sizes[i]!));
  });
  if (problems.length) throw new KnowledgeBaseError(sortDiagnostics(problems));
  // The listed size lets the loader check the cap without reading a file twice.
  return files.map((f, i) => onDemandFile(f.full, f.path, sizes[i]!));
}

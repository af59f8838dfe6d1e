// Sorting the files of a knowledge-base directory into the roles the loader knows.
import type { Diagnostic } from './diagnostics.ts';

/** A file of the knowledge base: its path relative to the base, with `/` separators. */
export interface TextFile {
  path: string;
  content: string;
  /**
   * The file's size in bytes, when known without reading it (from a directory listing):
   * the size cap is then checked without reading the text.
   */
  size?: number;
}

export interface KbLayout {
  ontology?: TextFile;
  sources: TextFile[];
  texts: Map<string, TextFile>;
  entities: TextFile[];
  relations: TextFile[];
  diagnostics: Diagnostic[];
}

const YAML = /\.ya?ml$/;

/** Largest file the loader accepts; larger knowledge bases split across files. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function tooLarge(path: string, bytes: number): Diagnostic {
  return {
    file: path,
    line: 1,
    column: 1,
    message: `the file is too large (${(bytes / 1048576).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB)`,
    hint: 'split it into several files in the same folder',
  };
}

export function classifyFiles(files: TextFile[]): KbLayout {
  const layout: KbLayout = { sources: [], texts: new Map(), entities: [], relations: [], diagnostics: [] };
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const over = bytesOverCap(f);
    if (over !== undefined) {
      layout.diagnostics.push(tooLarge(f.path, over));
      continue;
    }
    const [dir, name, ...rest] = f.path.split('/');
    if (rest.length === 0 && name === undefined && /^ontology\.ya?ml$/.test(f.path)) layout.ontology = f;
    else if (rest.length === 0 && dir === 'sources' && name && YAML.test(name)) layout.sources.push(f);
    else if (rest.length === 0 && dir === 'sources' && name?.endsWith('.txt')) layout.texts.set(f.path, f);
    else if (rest.length === 0 && dir === 'entities' && name && YAML.test(name)) layout.entities.push(f);
    else if (rest.length === 0 && dir === 'relations' && name && YAML.test(name)) layout.relations.push(f);
    else if (YAML.test(f.path))
      layout.diagnostics.push({
        file: f.path,
        line: 1,
        column: 1,
        message: 'this YAML file is not in a place the loader reads, so its content would be ignored',
        hint: 'move it to ontology.yaml, sources/, entities/ or relations/, or rename it if it is not data',
      });
  }
  if (!layout.ontology)
    layout.diagnostics.push({
      file: 'ontology.yaml',
      line: 1,
      column: 1,
      message: 'the knowledge base has no ontology.yaml',
      hint: 'create ontology.yaml with entityTypes, relationTypes, factuality, polarity, status and basis (see the README)',
    });
  return layout;
}

/** The file's size in bytes if it is over the cap, else undefined; reads it only if its size is not given. */
function bytesOverCap(f: TextFile): number | undefined {
  if (f.size !== undefined) return f.size > MAX_FILE_BYTES ? f.size : undefined;
  const content = f.content;
  // A string's length counts UTF-16 units: at most 3 bytes each in UTF-8.
  if (content.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = new TextEncoder().encode(content).length;
  return bytes > MAX_FILE_BYTES ? bytes : undefined;
}

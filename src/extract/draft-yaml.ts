// The files a draft adds to a knowledge base, as one YAML text to read or save: what
// `faktograf extract --yaml` prints and the explorer's draft download holds.
import type { TextFile } from '../kb/files.ts';

/** The YAML files among `files`, one document each, headed by its path under `root`. */
export function draftYaml(files: readonly TextFile[], root = 'graph'): string {
  return files
    .filter((f) => /\.ya?ml$/.test(f.path))
    .map((f) => `# ---- ${root}/${f.path}\n${f.content}`)
    .join('\n---\n');
}

// A knowledge-base directory as TextFiles whose content is read when the loader asks
// for it, and never kept: the loader parses each file and lets it go, so at 100k
// entities the 500 MB of file text (UTF-16 in memory) is never resident at once.
// The bench uses it beside src/node/read-kb.ts (which reads every file up front) to show
// what the same change in the CLI would save; see docs/scale.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TextFile } from '../src/kb/files.ts';

export function lazyKnowledgeBaseFiles(dir: string): TextFile[] {
  const paths = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile());
  for (const sub of ['sources', 'entities', 'relations'])
    for (const f of readdirSync(join(dir, sub), { withFileTypes: true }))
      if (f.isFile() && /\.(ya?ml|txt)$/.test(f.name)) paths.push(`${sub}/${f.name}`);
  return paths.sort().map((path) => ({
    path,
    get content() {
      return readFileSync(join(dir, path), 'utf8');
    },
  }));
}

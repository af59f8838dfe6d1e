import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from './write-atomic.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('writeFilesAtomic', () => {
  it('replaces every file and leaves no temporary behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-write-'));
    writeFileSync(join(dir, 'a.json'), 'old');
    await writeFilesAtomic([
      { path: join(dir, 'a.json'), content: 'new a' },
      { path: join(dir, 'sub', 'b.json'), content: 'new b' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'sub', 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'sub']);
  });

  it('leaves the previous outputs intact when the writer is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-kill-'));
    writeFileSync(join(dir, 'graph.json'), 'previous graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    // A writer whose second file is large enough to still be writing when it is killed.
    const script = `
      import { writeFilesAtomic } from ${JSON.stringify(join(ROOT, 'src/node/write-atomic.ts'))};
      await writeFilesAtomic([
        { path: ${JSON.stringify(join(dir, 'graph.json'))}, content: 'next graph' },
        { path: ${JSON.stringify(join(dir, 'sources.json'))}, content: 'x'.repeat(400 * 1024 * 1024) },
      ]);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    while (!readdirSync(dir).some((f) => f.startsWith('sources.json.') && f.endsWith('.tmp')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('previous sources');
    // The next run clears what the killed one left.
    await writeFilesAtomic([
      { path: join(dir, 'graph.json'), content: 'fresh graph' },
      { path: join(dir, 'sources.json'), content: 'fresh sources' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'sources.json']);
    expect(existsSync(join(dir, 'graph.json'))).toBe(true);
  });
});

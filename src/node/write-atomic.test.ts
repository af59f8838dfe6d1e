import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

  it('writes chunks as they come and returns the bytes of each file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-write-'));
    const bytes = await writeFilesAtomic([
      { path: join(dir, 'a.json'), content: ['[', '"Żółć"', ',', '"😀"', ']\n'] },
      { path: join(dir, 'b.json'), content: 'whole' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('["Żółć","😀"]\n');
    expect(bytes).toEqual([Buffer.byteLength('["Żółć","😀"]\n'), 5]);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('leaves the previous outputs and no temporary when the chunks fail midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-write-'));
    writeFileSync(join(dir, 'graph.json'), 'previous graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    const failing = function* () {
      yield 'part of the sources';
      throw new Error('serialization failed');
    };
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'graph.json'), content: ['next ', 'graph'] },
        { path: join(dir, 'sources.json'), content: failing() },
      ]),
    ).rejects.toThrow('serialization failed');
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('previous sources');
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'sources.json']);
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

  it('leaves the previous outputs intact when the writer is killed while writing chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-kill-'));
    writeFileSync(join(dir, 'graph.json'), 'previous graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    // A writer streaming its second file in 64 KiB chunks, pausing 2 ms after each
    // (at most 20 s), so it is still writing when it is killed.
    const script = `
      import { writeFilesAtomic } from ${JSON.stringify(join(ROOT, 'src/node/write-atomic.ts'))};
      const pause = new Int32Array(new SharedArrayBuffer(4));
      function* chunks() {
        for (let i = 0; i < 10_000; i++) {
          yield 'x'.repeat(65536);
          Atomics.wait(pause, 0, 0, 2);
        }
      }
      await writeFilesAtomic([
        { path: ${JSON.stringify(join(dir, 'graph.json'))}, content: ['next ', 'graph'] },
        { path: ${JSON.stringify(join(dir, 'sources.json'))}, content: chunks() },
      ]);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    const written = () => readdirSync(dir).some((f) => f.startsWith('sources.json.') && f.endsWith('.tmp') && statSync(join(dir, f)).size >= 4 * 65536);
    while (!written() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(written()).toBe(true);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('previous sources');
    await writeFilesAtomic([
      { path: join(dir, 'graph.json'), content: ['fresh ', 'graph'] },
      { path: join(dir, 'sources.json'), content: ['fresh ', 'sources'] },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'sources.json']);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('fresh sources');
  });
});

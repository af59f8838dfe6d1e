import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME } from './dir-lock.ts';
import { OutputError } from './io-error.ts';
import { MANIFEST, STAGING_PREFIX, writeFilesAtomic, type FileToWrite } from './write-atomic.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A child process writing `files` (source text) into `dir`, where `chunks()` streams 64 KiB
 * chunks 2 ms apart (at most 20 s): still writing when a test stops it.
 */
function spawnWriter(dir: string, files: string) {
  const script = `
    import { writeFilesAtomic } from ${JSON.stringify(join(ROOT, 'src/node/write-atomic.ts'))};
    const pause = new Int32Array(new SharedArrayBuffer(4));
    function* chunks() {
      for (let i = 0; i < 10_000; i++) {
        yield 'x'.repeat(65536);
        Atomics.wait(pause, 0, 0, 2);
      }
    }
    await writeFilesAtomic(${JSON.stringify(dir)}, ${files});`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
}

/** `dir` holds exactly these files, with this text. */
function expectFiles(dir: string, files: Record<string, string>): void {
  expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
  for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
}

/** The file a writer is staging in `dir` under `name`, if any. */
function staged(dir: string, name: string): { size: number } | undefined {
  for (const entry of readdirSync(dir)) if (entry.startsWith(STAGING_PREFIX) && existsSync(join(dir, entry, name))) return statSync(join(dir, entry, name));
  return undefined;
}

describe('writeFilesAtomic', () => {
  it('replaces every file and leaves no temporary behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-write-'));
    writeFileSync(join(dir, 'a.json'), 'old');
    await writeFilesAtomic(dir, [
      { name: 'a.json', content: 'new a' },
      { name: 'sub/b.json', content: 'new b' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'sub', 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'sub']);
  });

  it('writes chunks as they come and returns the bytes of each file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-write-'));
    const bytes = await writeFilesAtomic(dir, [
      { name: 'a.json', content: ['[', '"Żółć"', ',', '"😀"', ']\n'] },
      { name: 'b.json', content: 'whole' },
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
      writeFilesAtomic(dir, [
        { name: 'graph.json', content: ['next ', 'graph'] },
        { name: 'sources.json', content: failing() },
      ]),
    ).rejects.toThrow('serialization failed');
    expectFiles(dir, { 'graph.json': 'previous graph', 'sources.json': 'previous sources' });
  });

  it('leaves the previous outputs intact when the writer is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-kill-'));
    writeFileSync(join(dir, 'graph.json'), 'previous graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    // A writer whose second file is large enough to still be writing when it is killed.
    const script = `
      import { writeFilesAtomic } from ${JSON.stringify(join(ROOT, 'src/node/write-atomic.ts'))};
      await writeFilesAtomic(${JSON.stringify(dir)}, [
        { name: 'graph.json', content: 'next graph' },
        { name: 'sources.json', content: 'x'.repeat(400 * 1024 * 1024) },
      ]);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    while (!staged(dir, 'sources.json') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('previous sources');
    // The next run clears what the killed one left.
    await writeFilesAtomic(dir, [
      { name: 'graph.json', content: 'fresh graph' },
      { name: 'sources.json', content: 'fresh sources' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'sources.json']);
    expect(existsSync(join(dir, 'graph.json'))).toBe(true);
  });

  it('leaves the previous outputs intact when the writer is killed while writing chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-kill-'));
    writeFileSync(join(dir, 'graph.json'), 'previous graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    // A writer streaming its second file slowly, so it is still writing when it is killed.
    const child = spawnWriter(dir, `[{ name: 'graph.json', content: ['next ', 'graph'] }, { name: 'sources.json', content: chunks() }]`);
    const deadline = Date.now() + 20_000;
    const written = () => (staged(dir, 'sources.json')?.size ?? 0) >= 4 * 65536;
    while (!written() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(written()).toBe(true);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('previous sources');
    await writeFilesAtomic(dir, [
      { name: 'graph.json', content: ['fresh ', 'graph'] },
      { name: 'sources.json', content: ['fresh ', 'sources'] },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'sources.json']);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe('fresh sources');
  });

  it('takes its staging folder and its lock along when interrupted (Ctrl-C, SIGTERM)', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'faktograf-signal-'));
      writeFileSync(join(dir, 'graph.json'), 'previous graph');
      const child = spawnWriter(dir, `[{ name: 'graph.json', content: chunks() }]`);
      const deadline = Date.now() + 20_000;
      while ((staged(dir, 'graph.json')?.size ?? 0) < 65536 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      child.kill(signal);
      const [, ended] = await new Promise<[number | null, string | null]>((r) => child.once('exit', (...a) => r(a)));
      expect(ended).toBe(signal);
      expectFiles(dir, { 'graph.json': 'previous graph' });
    }
  });

  it('never writes through a symbolic link planted at a temporary name or at an output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-plant-'));
    const victim = join(mkdtempSync(join(tmpdir(), 'faktograf-victim-')), 'victim.txt');
    writeFileSync(victim, 'precious');
    // The names earlier versions used as temporaries (with this process's pid), an output
    // itself, and a staging folder.
    for (const name of [`graph.json.${process.pid}.tmp`, 'sources.json.1.tmp', 'overview.json', `${STAGING_PREFIX}planted`])
      symlinkSync(victim, join(dir, name));
    await writeFilesAtomic(dir, [
      { name: 'graph.json', content: 'new graph' },
      { name: 'sources.json', content: ['new ', 'sources'] },
      { name: 'overview.json', content: 'new overview' },
    ]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    for (const name of ['graph.json', 'sources.json', 'overview.json']) expect(lstatSync(join(dir, name)).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'overview.json'), 'utf8')).toBe('new overview');
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'overview.json', 'sources.json']);
  });

  it("lets one writer at a time into a directory: the second waits, and the set is one writer's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-race-'));
    // The first writer streams graph.json until the test lets it go (once the second has
    // said it waits), however slowly the second starts on a loaded machine; then it writes
    // sources.json.
    const go = join(mkdtempSync(join(tmpdir(), 'faktograf-race-go-')), 'go');
    const writer = (label: string, hold: boolean) => `
      import { existsSync } from 'node:fs';
      import { writeFilesAtomic } from ${JSON.stringify(join(ROOT, 'src/node/write-atomic.ts'))};
      const pause = new Int32Array(new SharedArrayBuffer(4));
      function* slow() {
        for (let i = 0; i < 50 || (${hold} && !existsSync(${JSON.stringify(go)}) && i < 3000); i++) {
          if (i < 50) yield '${label}';
          Atomics.wait(pause, 0, 0, 20);
        }
      }
      await writeFilesAtomic(${JSON.stringify(dir)}, [
        { name: 'graph.json', content: slow() },
        { name: 'sources.json', content: '${label}' },
      ], { onWait: (holder) => console.log('waiting for', holder.pid) });`;
    const start = (label: string, hold: boolean, onOutput: (out: string) => void = () => {}) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer(label, hold)], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const take = (d: Buffer) => {
        out += d;
        onOutput(out);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      return new Promise<{ code: number | null; out: string; pid: number }>((r) => child.once('exit', (code) => r({ code, out, pid: child.pid! })));
    };
    const first = start('A', true);
    const deadline = Date.now() + 20_000;
    while (!staged(dir, 'graph.json') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const second = start('B', false, (out) => out.includes('waiting for') && writeFileSync(go, ''));
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ code: 0, out: '' });
    expect(b.code).toBe(0);
    expect(b.out).toBe(`waiting for ${a.pid}\n`);
    expectFiles(dir, { 'graph.json': 'B'.repeat(50), 'sources.json': 'B' });
  });

  it('completes the renames of a set a killed writer had fully written, and drops a partial one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-resume-'));
    // Killed after renaming graph.json: sources.json is still staged, beside the manifest.
    writeFileSync(join(dir, 'graph.json'), 'new graph');
    writeFileSync(join(dir, 'sources.json'), 'previous sources');
    mkdirSync(join(dir, `${STAGING_PREFIX}done`));
    writeFileSync(join(dir, `${STAGING_PREFIX}done`, 'sources.json'), 'new sources');
    writeFileSync(join(dir, `${STAGING_PREFIX}done`, MANIFEST), JSON.stringify(['graph.json', 'sources.json']));
    // Killed while writing: no manifest, so nothing of it is used.
    mkdirSync(join(dir, `${STAGING_PREFIX}partial`));
    writeFileSync(join(dir, `${STAGING_PREFIX}partial`, 'graph.json'), 'half a gra');
    await writeFilesAtomic(dir, [{ name: 'notes.txt', content: 'next' }]);
    expectFiles(dir, { 'graph.json': 'new graph', 'notes.txt': 'next', 'sources.json': 'new sources' });
  });

  it('breaks the lock of a writer that died, and waits for one that runs, then says who holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-lock-'));
    const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((r) => dead.once('exit', r));
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: dead.pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    await writeFilesAtomic(dir, [{ name: 'graph.json', content: 'first' }]);
    expect(readdirSync(dir)).toEqual(['graph.json']);

    // A live holder: this very process, as another writer would be.
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const waits: unknown[] = [];
    const error = await writeFilesAtomic(dir, [{ name: 'graph.json', content: 'second' }], { timeoutMs: 300, onWait: (h) => waits.push(h) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(
      `another faktograf (pid ${process.pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z) is writing to ${dir}; run this again when it has finished, or remove ${join(dir, LOCK_NAME)} if no faktograf is running`,
    );
    expect(waits).toEqual([{ pid: process.pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }]);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('first');
  });

  it('refuses with one line, before writing anything, what it cannot write', async () => {
    const base = mkdtempSync(join(tmpdir(), 'faktograf-refuse-'));
    const previous = () => {
      const dir = mkdtempSync(join(base, 'out-'));
      writeFileSync(join(dir, 'graph.json'), 'previous graph');
      writeFileSync(join(dir, 'sources.json'), 'previous sources');
      return dir;
    };
    const outputs: FileToWrite[] = [
      { name: 'graph.json', content: 'new graph' },
      { name: 'sources.json', content: 'new sources' },
    ];
    const refused = async (dir: string, files = outputs) => {
      const e = await writeFilesAtomic(dir, files).catch((e: unknown) => e);
      expect(e).toBeInstanceOf(OutputError);
      return (e as Error).message;
    };
    writeFileSync(join(base, 'a-file'), 'x');
    expect(await refused(join(base, 'a-file'))).toBe(`${join(base, 'a-file')} is a file, not a directory; choose another output directory`);
    expect(await refused(join(base, 'a-file', 'out'))).toMatch(
      /^cannot use .*a-file\/out as the output directory: a part of the path is a file, not a directory \(ENOTDIR\)$/,
    );
    expect(readFileSync(join(base, 'a-file'), 'utf8')).toBe('x');

    const occupied = previous();
    rmSync(join(occupied, 'sources.json'));
    mkdirSync(join(occupied, 'sources.json'));
    expect(await refused(occupied)).toBe(`${join(occupied, 'sources.json')} is a directory where an output goes; remove it or choose another output directory`);
    expect(readFileSync(join(occupied, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readdirSync(occupied).sort()).toEqual(['graph.json', 'sources.json']);

    const linked = previous();
    const elsewhere = mkdtempSync(join(tmpdir(), 'faktograf-elsewhere-'));
    symlinkSync(elsewhere, join(linked, 'entities'));
    expect(await refused(linked, [{ name: 'entities/a.yaml', content: 'x' }])).toBe(
      `${join(linked, 'entities')} is a symbolic link to ${elsewhere}, outside ${linked}; faktograf writes only inside the output directory`,
    );
    expect(readdirSync(elsewhere)).toEqual([]);

    // A full disk, as the writer meets it midway.
    const full = previous();
    const failing = function* () {
      yield 'part of the sources';
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(await refused(full, [outputs[0]!, { name: 'sources.json', content: failing() }])).toBe(
      `cannot write ${join(full, 'sources.json')}: the disk is full (ENOSPC)`,
    );
    expect(readFileSync(join(full, 'graph.json'), 'utf8')).toBe('previous graph');
    expect(readdirSync(full).sort()).toEqual(['graph.json', 'sources.json']);
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../compile/pipeline.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { main } from '../main.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MINI = join(ROOT, 'src', 'kb', 'fixtures', 'mini');
const GRAPH = join(ROOT, 'graph');
const OUTPUTS = ['graph.json', 'sources.json', 'overview.json'];

// Lets a test remove a file between the listing of the knowledge base and its reading.
const afterListing = vi.hoisted(() => ({ remove: null as string | null }));
vi.mock('../../node/read-kb.ts', async (original) => {
  const real = await original<typeof import('../../node/read-kb.ts')>();
  return {
    ...real,
    readKnowledgeBaseDir: async (dir: string) => {
      const files = await real.readKnowledgeBaseDir(dir);
      if (afterListing.remove) (await import('node:fs')).rmSync(join(dir, afterListing.remove));
      return files;
    },
  };
});
afterEach(() => {
  afterListing.remove = null;
});

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: process.cwd() });
  return { code, out, err };
}

describe('faktograf build', () => {
  it('streams exactly the bytes of the serialized outputs and reports their sizes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faktograf-build-')), 'out');
    const r = await run('build', MINI, '--out', out);
    expect(r.code).toBe(0);
    const expected = runBuild(await readKnowledgeBaseDir(MINI));
    if (!expected.ok) throw new Error('the mini fixture does not validate');
    for (const [key, name] of [
      ['graph', 'graph.json'],
      ['sources', 'sources.json'],
    ] as const) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(expected.outputs[key]);
      expect(r.out).toContain(`wrote ${join(out, name)} (${Buffer.byteLength(expected.outputs[key])} bytes)`);
    }
  });

  it('names a file that disappears after listing, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-build-'));
    cpSync(MINI, join(dir, 'kb'), { recursive: true });
    mkdirSync(join(dir, 'out'));
    for (const f of ['graph.json', 'sources.json']) writeFileSync(join(dir, 'out', f), `previous ${f}`);
    afterListing.remove = 'sources/mini.txt';
    const r = await run('build', join(dir, 'kb'), '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'kb')}/sources/mini.txt:1:1: the file cannot be read: it no longer exists`);
    expect(r.err).toMatch(/1 problem in .*; nothing was written/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['graph.json', 'sources.json']);
    for (const f of ['graph.json', 'sources.json']) expect(readFileSync(join(dir, 'out', f), 'utf8')).toBe(`previous ${f}`);
  });

  describe('an output directory it cannot write: one line, exit 1, the previous outputs untouched, no temporaries', () => {
    /** An --out holding the outputs of an earlier build. */
    function previousOut(): string {
      const out = join(mkdtempSync(join(tmpdir(), 'faktograf-build-')), 'out');
      mkdirSync(out);
      for (const f of ['graph.json', 'sources.json', 'overview.json']) writeFileSync(join(out, f), `previous ${f}`);
      return out;
    }
    const unchanged = (out: string, names = ['graph.json', 'overview.json', 'sources.json']) => {
      expect(readdirSync(out).sort()).toEqual(names);
      for (const f of names) if (lstatSync(join(out, f)).isFile()) expect(readFileSync(join(out, f), 'utf8')).toBe(`previous ${f}`);
    };
    async function fails(out: string) {
      const r = await run('build', MINI, '--out', out);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      return r.err.trimEnd();
    }

    it('--out is a file, or lies under one', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'faktograf-build-')), 'file');
      writeFileSync(file, 'not a folder');
      expect(await fails(file)).toBe(`faktograf build: ${file} is a file, not a directory; choose another output directory`);
      expect(await fails(join(file, 'out'))).toMatch(
        /^faktograf build: cannot use .*\/file\/out as the output directory: a part of the path is a file, not a directory \(ENOTDIR\)$/,
      );
      expect(readFileSync(file, 'utf8')).toBe('not a folder');
    });

    it('a directory where an output goes', async () => {
      const out = previousOut();
      rmSync(join(out, 'sources.json'));
      mkdirSync(join(out, 'sources.json'));
      expect(await fails(out)).toBe(
        `faktograf build: ${join(out, 'sources.json')} is a directory where an output goes; remove it or choose another output directory`,
      );
      unchanged(out);
    });

    // A small file system of its own, where the system lets this user mount one (root).
    const mountable = (() => {
      const probe = mkdtempSync(join(tmpdir(), 'faktograf-mount-'));
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', probe], { stdio: 'ignore' });
        execFileSync('umount', [probe]);
        return true;
      } catch {
        return false;
      } finally {
        rmdirSync(probe);
      }
    })();
    async function onTmpfs(options: string, test: (out: string) => Promise<void>) {
      const mount = mkdtempSync(join(tmpdir(), 'faktograf-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mount]);
      try {
        await test(mount);
      } finally {
        execFileSync('umount', [mount]);
        rmdirSync(mount);
      }
    }

    it.skipIf(!mountable)('a full disk (a 32 KiB tmpfs; needs the right to mount)', async () => {
      await onTmpfs('size=32k', async (out) => {
        for (const f of ['graph.json', 'sources.json', 'overview.json']) writeFileSync(join(out, f), `previous ${f}`);
        const r = await run('build', GRAPH, '--out', out, '--iterations', '1');
        expect(r.code).toBe(1);
        expect(r.err.trimEnd()).toMatch(/^faktograf build: cannot write .*\/graph\.json: the disk is full \(ENOSPC\)$/);
        unchanged(out);
      });
    });

    it.skipIf(!mountable && process.getuid?.() === 0)('a read-only directory (chmod 555, or a read-only tmpfs for root)', async () => {
      if (process.getuid?.() !== 0) {
        const out = previousOut();
        chmodSync(out, 0o555);
        expect(await fails(out)).toMatch(/^faktograf build: cannot create the lock file .*: permission denied \(EACCES\)$/);
        chmodSync(out, 0o755);
        return unchanged(out);
      }
      await onTmpfs('size=64k', async (out) => {
        for (const f of ['graph.json', 'sources.json', 'overview.json']) writeFileSync(join(out, f), `previous ${f}`);
        execFileSync('mount', ['-o', 'remount,ro', out]);
        expect(await fails(out)).toBe(`faktograf build: cannot create the lock file ${join(out, '.faktograf.lock')}: the file system is read-only (EROFS)`);
        unchanged(out);
      });
    });
  });

  it("lets two builds into one --out take turns: the outputs are one build's set", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-build-'));
    // A second knowledge base whose every output differs from the first's.
    cpSync(MINI, join(dir, 'other'), { recursive: true });
    const sourceYaml = join(dir, 'other', 'sources', 'mini.yaml');
    writeFileSync(sourceYaml, readFileSync(sourceYaml, 'utf8').replace(/^title: .*$/m, 'title: {pl: Inny, en: Other}'));
    writeFileSync(join(dir, 'other', 'entities', 'extra.yaml'), 'entities:\n  - id: extra\n    type: Person\n    name: {pl: Ktoś Inny, en: Someone Else}\n');
    const sets: Record<string, string[]> = {};
    for (const [label, kb] of [
      ['mini', MINI],
      ['other', join(dir, 'other')],
    ] as const) {
      expect((await run('build', kb, '--out', join(dir, label))).code).toBe(0);
      sets[label] = OUTPUTS.map((f) => readFileSync(join(dir, label, f), 'utf8'));
    }
    expect(sets.mini![0]).not.toBe(sets.other![0]);
    expect(sets.mini![1]).not.toBe(sets.other![1]);
    const build = (kb: string) =>
      new Promise<{ code: number | null; err: string }>((done) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'faktograf.js'), 'build', kb, '--out', join(dir, 'shared')], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.once('exit', (code) => done({ code, err }));
      });
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all([build(MINI), build(join(dir, 'other'))]);
      for (const r of results) {
        expect(r.code).toBe(0);
        expect(r.err).toMatch(/^(waiting for the faktograf of pid \d+ \(started [^)]+\) to finish writing to .*shared…\n)?$/);
      }
      const got = OUTPUTS.map((f) => readFileSync(join(dir, 'shared', f), 'utf8'));
      expect([sets.mini, sets.other]).toContainEqual(got);
      expect(readdirSync(join(dir, 'shared')).sort()).toEqual([...OUTPUTS].sort());
    }
  }, 60_000);
});

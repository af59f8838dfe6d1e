import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../build/pipeline.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { main } from '../main.ts';

const MINI = join(import.meta.dirname, '..', '..', 'kb', 'fixtures', 'mini');

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
    for (const [key, name] of [['graph', 'graph.json'], ['sources', 'sources.json']] as const) {
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
});

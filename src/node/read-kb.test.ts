import { cpSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError } from '../kb/diagnostics.ts';
import { MAX_FILE_BYTES } from '../kb/files.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { readKnowledgeBaseDir } from './read-kb.ts';

const MINI = join(import.meta.dirname, '..', 'kb', 'fixtures', 'mini');

function copyOfMini(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'faktograf-read-')), 'kb');
  cpSync(MINI, dir, { recursive: true });
  return dir;
}

/** The diagnostics a KnowledgeBaseError thrown by `f` carries. */
function thrown(f: () => unknown): KnowledgeBaseError['diagnostics'] {
  try {
    f();
  } catch (e) {
    if (e instanceof KnowledgeBaseError) return e.diagnostics;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('readKnowledgeBaseDir', () => {
  it('lists the files the loader reads, sorted, with the same text as on disk', async () => {
    const files = await readKnowledgeBaseDir(MINI);
    const expected = readFixture('mini').filter((f) => /^(ontology\.ya?ml|(sources|entities|relations)\/[^/]+\.(ya?ml|txt))$/.test(f.path));
    expect(files.map((f) => f.path)).toEqual(expected.map((f) => f.path));
    expect(files.map((f) => f.content)).toEqual(expected.map((f) => f.content));
    expect(loadKnowledgeBase(files).ok).toBe(true);
  });

  it('reads each file when asked, not up front', async () => {
    const dir = copyOfMini();
    const files = await readKnowledgeBaseDir(dir);
    writeFileSync(join(dir, 'ontology.yaml'), '# changed after listing\n');
    expect(files.find((f) => f.path === 'ontology.yaml')!.content).toBe('# changed after listing\n');
  });

  it('refuses a file over the size cap before reading anything', async () => {
    const dir = copyOfMini();
    writeFileSync(join(dir, 'entities', 'huge.yaml'), '');
    truncateSync(join(dir, 'entities', 'huge.yaml'), MAX_FILE_BYTES + 1);
    const error = await readKnowledgeBaseDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as KnowledgeBaseError).diagnostics).toEqual([expect.objectContaining({ file: 'entities/huge.yaml', message: expect.stringMatching(/too large \(64\.0 MiB; the limit is 64 MiB\)/) })]);
  });

  it('refuses a file that grew over the cap after listing, without reading it', async () => {
    const dir = copyOfMini();
    const files = await readKnowledgeBaseDir(dir);
    truncateSync(join(dir, 'relations', 'all.yaml'), MAX_FILE_BYTES + 1);
    const file = files.find((f) => f.path === 'relations/all.yaml')!;
    expect(thrown(() => file.content)).toEqual([expect.objectContaining({ file: 'relations/all.yaml', message: expect.stringMatching(/too large/) })]);
  });

  it('names a file removed after listing, as a problem of the knowledge base rather than a crash', async () => {
    const dir = copyOfMini();
    const files = await readKnowledgeBaseDir(dir);
    rmSync(join(dir, 'relations', 'all.yaml'));
    expect(thrown(() => loadKnowledgeBase(files))).toEqual([
      {
        file: 'relations/all.yaml',
        line: 1,
        column: 1,
        message: 'the file cannot be read: it no longer exists (it was removed or renamed after the knowledge base was listed)',
        hint: expect.stringMatching(/while faktograf reads it/),
      },
    ]);
  });

  it('names a file replaced by a folder after listing', async () => {
    const dir = copyOfMini();
    const files = await readKnowledgeBaseDir(dir);
    rmSync(join(dir, 'sources', 'mini.txt'));
    cpSync(join(dir, 'entities'), join(dir, 'sources', 'mini.txt'), { recursive: true });
    expect(thrown(() => loadKnowledgeBase(files))).toEqual([expect.objectContaining({ file: 'sources/mini.txt', message: 'the file cannot be read: it is now a directory' })]);
  });
});

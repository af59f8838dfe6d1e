import { cpSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
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
    expect((error as KnowledgeBaseError).diagnostics).toEqual([
      expect.objectContaining({ file: 'entities/huge.yaml', message: expect.stringMatching(/too large \(64\.0 MiB; the limit is 64 MiB\)/) }),
    ]);
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
    expect(thrown(() => loadKnowledgeBase(files))).toEqual([
      expect.objectContaining({ file: 'sources/mini.txt', message: 'the file cannot be read: it is now a directory' }),
    ]);
  });

  it('reports, rather than skips, what looks like data but is not read', async () => {
    const dir = copyOfMini();
    mkdirSync(join(dir, 'relations', 'more'));
    writeFileSync(join(dir, 'relations', 'more', 'extra.yaml'), 'relations: []\n');
    writeFileSync(join(dir, 'relations', 'LOUD.YAML'), 'relations: []\n');
    writeFileSync(join(dir, 'sources', 'other.TXT'), 'text');
    writeFileSync(join(dir, 'entities', 'people.json'), '{}');
    writeFileSync(join(dir, 'entities', 'notes.txt'), 'text');
    mkdirSync(join(dir, 'Entities'));
    // Not data, not reported: hidden files and top-level notes.
    writeFileSync(join(dir, 'entities', '.all.yaml.swp'), '');
    writeFileSync(join(dir, 'README.md'), '# notes');
    const diagnostics = await thrownAsync(() => readKnowledgeBaseDir(dir));
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['Entities', 'the folder Entities is not read: the loader reads entities/, in lower case'],
      ['entities/notes.txt', 'entities/notes.txt is not read: entities/ holds only .yaml and .yml files'],
      ['entities/people.json', 'entities/people.json is not read: entities/ holds only .yaml and .yml files'],
      ['relations/LOUD.YAML', 'relations/LOUD.YAML is not read: its extension is not in lower case'],
      ['relations/more', 'the subfolder relations/more is not read: only the files directly in relations/ are'],
      ['sources/other.TXT', 'sources/other.TXT is not read: its extension is not in lower case'],
    ]);
    expect(diagnostics.find((d) => d.file === 'relations/LOUD.YAML')!.hint).toBe('rename it to LOUD.yaml');
    expect(diagnostics.find((d) => d.file === 'entities/notes.txt')!.hint).toMatch(/belongs in sources\//);
  });

  it('follows symbolic links that stay inside the knowledge base, and refuses those that leave it', async () => {
    const dir = copyOfMini();
    // Inside: the relations folder kept elsewhere in the knowledge base, a file linked in.
    renameSync(join(dir, 'relations'), join(dir, 'shared-relations'));
    symlinkSync(join(dir, 'shared-relations'), join(dir, 'relations'));
    renameSync(join(dir, 'entities', 'all.yaml'), join(dir, 'all-entities.yaml.bak'));
    symlinkSync('../all-entities.yaml.bak', join(dir, 'entities', 'all.yaml'));
    const files = await readKnowledgeBaseDir(dir);
    expect(files.map((f) => f.path)).toEqual(['entities/all.yaml', 'ontology.yaml', 'relations/all.yaml', 'sources/mini.txt', 'sources/mini.yaml']);
    expect(loadKnowledgeBase(files)).toMatchObject({ ok: true, value: { kb: { relations: { length: 3 } } } });

    // Outside: a folder and a file linked from another directory, and a dangling link.
    const outside = mkdtempSync(join(tmpdir(), 'faktograf-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'entities: []\n');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'entities', 'secret.yaml'));
    rmSync(join(dir, 'relations'));
    symlinkSync(outside, join(dir, 'relations'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'sources', 'gone.yaml'));
    const diagnostics = await thrownAsync(() => readKnowledgeBaseDir(dir));
    const real = realpathSync(outside);
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['entities/secret.yaml', `entities/secret.yaml is a symbolic link to ${join(real, 'secret.yaml')}, outside the knowledge base, so it is not read`],
      ['relations', `relations is a symbolic link to ${real}, outside the knowledge base, so it is not read`],
      ['sources/gone.yaml', 'sources/gone.yaml is a symbolic link to nothing (its target does not exist)'],
    ]);
    expect(diagnostics[0]!.hint).toMatch(/copy the file \(or folder\) in instead of linking to it/);
  });
});

async function thrownAsync(f: () => Promise<unknown>): Promise<KnowledgeBaseError['diagnostics']> {
  const e = await f().then(
    () => new Error('nothing was thrown'),
    (e: unknown) => e,
  );
  if (e instanceof KnowledgeBaseError) return e.diagnostics;
  throw e;
}

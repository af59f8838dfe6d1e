// Files read on demand: the loader keeps a way to read a file, not its text, and reads it
// again only for the positions of a diagnostic. The positions must be those of the text
// that was parsed, or say plainly that they are unknown because the file changed.
import { describe, expect, it } from 'vitest';
import { classifyFiles, MAX_FILE_BYTES, type TextFile } from './files.ts';
import { edit, readFixture } from './fixtures/read-fixture.ts';
import { loadKnowledgeBase } from './load.ts';

const mini = readFixture('mini');

/**
 * The files with their sizes (so that the size cap reads nothing) and their text from a
 * getter counting reads: the k-th read after the first returns `later[path][k - 1]` (the
 * last one after that; an Error is thrown).
 */
function onDemand(files: TextFile[], later: Record<string, Array<string | Error>> = {}): { files: TextFile[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    files: files.map(({ path, content }) => ({
      path,
      size: content.length,
      get content() {
        const n = reads.get(path) ?? 0;
        reads.set(path, n + 1);
        const versions = [content, ...(later[path] ?? [])];
        const text = versions[Math.min(n, versions.length - 1)]!;
        if (text instanceof Error) throw text;
        return text;
      },
    })),
  };
}

function problems(files: TextFile[]) {
  const result = loadKnowledgeBase(files);
  if (result.ok) throw new Error('expected the knowledge base to be rejected');
  return result.diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, message: d.message, hint: d.hint }));
}

// Problems in several files and of several kinds: shape, references, quotes, duplicate ids.
function broken(): TextFile[] {
  let files = edit(mini, 'relations/all.yaml', 'quote: Kim Dzong Un podpisał traktat', 'quote: Kim podpisał');
  files = edit(files, 'relations/all.yaml', 'subject: putin', 'subject: putn');
  files = edit(files, 'relations/all.yaml', /object: north-korea/, 'object: putin');
  files = edit(files, 'entities/all.yaml', /$/, '  - {id: kim, type: Person, name: {pl: Kim, en: Kim}}\n');
  return [...files, { path: 'entities/shape.yaml', content: 'entities:\n  - id: x\n    type: Person\n    name: {pl: X, en: X}\n    wrongKey: 1\n' }];
}

const CHANGED = /\(line and column unknown: (\S+) changed while faktograf was reading it; run the command again\)$/;

describe('positions of files read on demand', () => {
  it('gives the same diagnostics as from the text itself, reading the text again only for a file with problems', () => {
    const { files, reads } = onDemand(broken());
    const found = problems(files);
    expect(found).toEqual(problems(broken()));
    expect(found.map((f) => f.at)).toEqual([
      'entities/all.yaml:18:10',
      'entities/shape.yaml:5:5',
      'relations/all.yaml:10:16',
      'relations/all.yaml:12:14',
      'relations/all.yaml:22:13',
    ]);
    expect(reads.get('relations/all.yaml')).toBe(2);
    expect(reads.get('entities/all.yaml')).toBe(2);
    expect(reads.get('entities/shape.yaml')).toBe(2);
    expect(reads.get('ontology.yaml')).toBe(1);
  });

  it('reads each file once for a valid knowledge base whose sizes are given', () => {
    const { files, reads } = onDemand(mini);
    expect(loadKnowledgeBase(files).ok).toBe(true);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(reads.size).toBe(mini.length);
  });

  it('says the position is unknown when the file changed after it was parsed', () => {
    const text = broken().find((f) => f.path === 'relations/all.yaml')!.content;
    const { files } = onDemand(broken(), { 'relations/all.yaml': [`# a comment that moves every line\n${text}`] });
    const found = problems(files);
    const expected = problems(broken());
    // Same problems and hints; those of the changed file at 1:1, saying why.
    expect(found.map((f) => f.hint).sort()).toEqual(expected.map((f) => f.hint).sort());
    for (const e of expected) {
      if (!e.at.startsWith('relations/all.yaml:')) expect(found).toContainEqual(e);
      else
        expect(found).toContainEqual({
          at: 'relations/all.yaml:1:1',
          message: `${e.message} (line and column unknown: relations/all.yaml changed while faktograf was reading it; run the command again)`,
          hint: e.hint,
        });
    }
  });

  it('notices a change that keeps the length of the file', () => {
    const text = broken().find((f) => f.path === 'relations/all.yaml')!.content;
    const same = text.replace('subject: putn', 'subject: putx');
    expect(same.length).toBe(text.length);
    const { files } = onDemand(broken(), { 'relations/all.yaml': [same] });
    const found = problems(files).filter((f) => f.at.startsWith('relations/all.yaml'));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f).toMatchObject({ at: 'relations/all.yaml:1:1', message: expect.stringMatching(CHANGED) });
  });

  it('says the position is unknown when the file cannot be read again', () => {
    const gone = new Error('ENOENT: the file was removed');
    const { files } = onDemand(edit(mini, 'relations/all.yaml', 'subject: putin', 'subject: putn'), { 'relations/all.yaml': [gone] });
    expect(problems(files)).toEqual([
      {
        at: 'relations/all.yaml:1:1',
        message:
          'relation "r-putin-signed" names the missing entity "putn" as subject (line and column unknown: relations/all.yaml changed while faktograf was reading it; run the command again)',
        hint: expect.stringMatching(/did you mean "putin"/),
      },
    ]);
  });

  it('leaves out the line of a duplicate id first defined in a file that changed', () => {
    const duplicate = edit(mini, 'entities/all.yaml', /$/, '  - {id: kim, type: Person, name: {pl: Kim, en: Kim}}\n');
    const entities = duplicate.find((f) => f.path === 'entities/all.yaml')!.content;
    const split = [...duplicate, { path: 'entities/more.yaml', content: 'entities:\n  - {id: putin, type: Person, name: {pl: Putin, en: Putin}}\n' }];
    // Unchanged: the message names the line of the first definition.
    expect(problems(split).map((f) => f.message)).toContain('duplicate entity id "putin" (first defined at entities/all.yaml:7)');
    const { files } = onDemand(split, { 'entities/all.yaml': [`\n${entities}`] });
    const found = problems(files);
    expect(found).toContainEqual(
      expect.objectContaining({
        at: 'entities/more.yaml:2:10',
        message:
          'duplicate entity id "putin" (first defined at entities/all.yaml) (line and column unknown: entities/all.yaml changed while faktograf was reading it; run the command again)',
      }),
    );
    // Both definitions of "kim" are in the changed file: said once.
    expect(found).toContainEqual(
      expect.objectContaining({
        at: 'entities/all.yaml:1:1',
        message:
          'duplicate entity id "kim" (first defined at entities/all.yaml) (line and column unknown: entities/all.yaml changed while faktograf was reading it; run the command again)',
      }),
    );
  });
});

describe('classifyFiles and the size cap', () => {
  const unread = (path: string, size: number): TextFile => ({
    path,
    size,
    get content(): string {
      throw new Error('read');
    },
  });

  it('checks a given size without reading the file', () => {
    const layout = classifyFiles([unread('ontology.yaml', 10), unread('relations/big.yaml', MAX_FILE_BYTES + 1), unread('relations/ok.yaml', MAX_FILE_BYTES)]);
    expect(layout.relations.map((f) => f.path)).toEqual(['relations/ok.yaml']);
    expect(layout.diagnostics).toEqual([
      expect.objectContaining({ file: 'relations/big.yaml', message: 'the file is too large (64.0 MiB; the limit is 64 MiB)' }),
    ]);
  });
});

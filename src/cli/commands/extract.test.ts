import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const GRAPH = join(import.meta.dirname, '..', '..', '..', 'graph');
const SEED = join(GRAPH, 'sources', 'seed-kp-kursk-2025.txt');
const MINI = join(import.meta.dirname, '..', '..', 'kb', 'fixtures', 'mini');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: process.cwd() });
  return { code, out, err };
}

describe('faktograf extract and merge', () => {
  it('prints the draft as JSON in the documented shape', async () => {
    const r = await run('extract', SEED, '--published', '2025-06-17', '--kb', GRAPH, '--id', 'seed-again', '--json');
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.out);
    expect(Object.keys(draft)).toEqual(['source', 'entities', 'relations']);
    const kim = draft.entities.find((e: { id: string }) => e.id === 'kim-jong-un');
    expect(kim).toMatchObject({ type: 'Person', names: { pl: 'Kim Dzong Un', en: 'Kim Jong Un' }, known: true });
    expect(Object.keys(kim)).toEqual(['id', 'type', 'names', 'aliases', 'mentions', 'known']);
    expect(kim.mentions[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), text: 'Kim Dzong Una' });
    expect(Object.keys(draft.relations[0])).toEqual([
      'id',
      'from',
      'to',
      'type',
      'qualifiers',
      'factuality',
      'status',
      'polarity',
      'basis',
      'claimedBy',
      'corroboration',
      'conflicts',
      'evidence',
    ]);
    expect(Object.keys(draft.relations[0].evidence[0])).toEqual(['source', 'outlet', 'quote', 'start', 'end', 'claimedBy', 'factuality', 'polarity', 'status']);
  });

  it('merges a draft into a copy of the knowledge base that validate accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-extract-'));
    const article = join(dir, 'lavrov.txt');
    writeFileSync(article, 'Ławrow w Korei Północnej\n\nSiergiej Ławrow przybył w piątek do Pjongjangu, gdzie spotkał się z Kim Dzong Unem.\n');
    const extracted = await run('extract', article, '--published', '2025-07-13', '--kb', GRAPH, '--json');
    expect(extracted.code).toBe(0);
    writeFileSync(join(dir, 'draft.json'), extracted.out);
    const merged = await run('merge', join(dir, 'draft.json'), article, '--kb', GRAPH, '--into', join(dir, 'kb'));
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/merged into .*kb: \d+ new entities, \d+ relations from source "lavrov"/);
    expect(readdirSync(join(dir, 'kb', 'relations'))).toContain('draft-lavrov.yaml');
    const valid = await run('validate', join(dir, 'kb'));
    expect(valid.code).toBe(0);
    // graph/'s sources and the merged article.
    const sources = readdirSync(join(GRAPH, 'sources')).filter((f) => f.endsWith('.yaml')).length;
    expect(valid.out).toContain(`is valid: ${sources + 1} source(s)`);
    // Merging the same article again would overwrite: refused.
    const kbCopy = join(dir, 'kb2');
    cpSync(join(dir, 'kb'), kbCopy, { recursive: true });
    const again = await run('merge', join(dir, 'draft.json'), article, '--kb', kbCopy);
    expect(again.code).toBe(1);
  });

  it('explains what it needs', async () => {
    expect((await run('extract', SEED)).err).toMatch(/--published is required/);
    expect((await run('extract', SEED, '--published', '17.06.2025')).err).toMatch(/--published expects a calendar date YYYY-MM-DD/);
    for (const notADay of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10']) {
      const r = await run('extract', SEED, '--published', notADay, '--kb', GRAPH);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`faktograf extract: --published expects a calendar date YYYY-MM-DD, got "${notADay}"\n`);
    }
    expect((await run('extract', SEED, '--published', '2024-02-29', '--kb', GRAPH, '--id', 'leap', '--json')).code).toBe(0);
    expect((await run('extract', SEED, '--published', '2025-06-17', '--kb', GRAPH)).err).toMatch(/already has a source "seed-kp-kursk-2025"/);
    expect((await run('extract', 'no-such.txt', '--published', '2025-06-17', '--kb', GRAPH)).err).toMatch(/cannot read the article/);
    for (const cmd of ['extract', 'merge']) expect((await run(cmd, '--help')).out).toMatch(new RegExp(`^usage: faktograf ${cmd}`));
  });

  it('never replaces a file without --force, and names what it wrote and replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-merge-'));
    const article = join(dir, 'lavrov.txt');
    writeFileSync(article, 'Ławrow w Korei Północnej\n\nSiergiej Ławrow przybył w piątek do Pjongjangu, gdzie spotkał się z Kim Dzong Unem.\n');
    const extracted = await run('extract', article, '--published', '2025-07-13', '--kb', GRAPH, '--json');
    writeFileSync(join(dir, 'draft.json'), extracted.out);
    // --into a directory that holds another knowledge base: refused, nothing touched.
    const other = join(dir, 'other');
    cpSync(MINI, other, { recursive: true });
    const before = snapshot(other);
    const refused = await run('merge', join(dir, 'draft.json'), article, '--kb', GRAPH, '--into', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^faktograf merge: .*other is not empty: --into writes a copy of .*graph with the draft, into an empty or new directory; choose one, or pass --force/,
    );
    expect(snapshot(other)).toEqual(before);
    // With --force: every file of the same name with other content is named as replaced.
    const forced = await run('merge', join(dir, 'draft.json'), article, '--kb', GRAPH, '--into', other, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/\n {2}copied \d+ file\(s\) of .*graph\n {2}wrote sources\/lavrov\.txt\n {2}wrote sources\/lavrov\.yaml\n/);
    expect(forced.out).toContain('\n  replaced ontology.yaml (--force)\n');
    expect(readFileSync(join(other, 'ontology.yaml'), 'utf8')).toBe(readFileSync(join(GRAPH, 'ontology.yaml'), 'utf8'));
    // In place: a file of the draft's already there with other content is never replaced.
    const kb = join(dir, 'kb');
    cpSync(GRAPH, kb, { recursive: true });
    writeFileSync(join(kb, 'sources', 'lavrov.txt'), 'another article');
    const clash = await run('merge', join(dir, 'draft.json'), article, '--kb', kb);
    expect(clash.code).toBe(1);
    expect(clash.err).toMatch(/already has sources\/lavrov\.txt with other content, and merge never replaces a file/);
    expect(readFileSync(join(kb, 'sources', 'lavrov.txt'), 'utf8')).toBe('another article');
    expect(readdirSync(join(kb, 'sources')).sort()).toEqual([...readdirSync(join(GRAPH, 'sources')), 'lavrov.txt'].sort());
  });
});

/** Every file under `dir` with its text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  return out;
}

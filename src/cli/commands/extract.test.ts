import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const GRAPH = join(import.meta.dirname, '..', '..', '..', 'graph');
const SEED = join(GRAPH, 'sources', 'seed-kp-kursk-2025.txt');

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
    expect(Object.keys(draft.relations[0])).toEqual(['id', 'from', 'to', 'type', 'qualifiers', 'factuality', 'status', 'polarity', 'basis', 'claimedBy', 'corroboration', 'conflicts', 'evidence']);
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
    expect(valid.out).toMatch(/is valid: 2 source\(s\)/);
    // Merging the same article again would overwrite: refused.
    const kbCopy = join(dir, 'kb2');
    cpSync(join(dir, 'kb'), kbCopy, { recursive: true });
    const again = await run('merge', join(dir, 'draft.json'), article, '--kb', kbCopy);
    expect(again.code).toBe(1);
  });

  it('explains what it needs', async () => {
    expect((await run('extract', SEED)).err).toMatch(/--published is required/);
    expect((await run('extract', SEED, '--published', '17.06.2025')).err).toMatch(/--published expects a date YYYY-MM-DD/);
    expect((await run('extract', SEED, '--published', '2025-06-17', '--kb', GRAPH)).err).toMatch(/already has a source "seed-kp-kursk-2025"/);
    expect((await run('extract', 'no-such.txt', '--published', '2025-06-17', '--kb', GRAPH)).err).toMatch(/cannot read the article/);
    for (const cmd of ['extract', 'merge']) expect((await run(cmd, '--help')).out).toMatch(new RegExp(`^usage: faktograf ${cmd}`));
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: join(import.meta.dirname, '..', '..', '..') });
  return { code, out, err };
}

describe('faktograf synth', () => {
  it('writes a knowledge base that validate accepts, the same for the same seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-synth-'));
    const a = await run('synth', '--entities', '60', '--relations', '240', '--seed', '3', '--out', join(dir, 'a'));
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/wrote 60 entities, 240 relations, 3 source\(s\)/);
    const v = await run('validate', join(dir, 'a'));
    expect(v.err).toBe('');
    expect(v.out).toMatch(/is valid: 3 source\(s\), 60 entities, 240 relations/);
    await run('synth', '--entities', '60', '--relations', '240', '--seed', '3', '--out', join(dir, 'b'));
    for (const sub of ['entities', 'relations', 'sources'])
      for (const f of readdirSync(join(dir, 'a', sub))) expect(readFileSync(join(dir, 'b', sub, f), 'utf8')).toBe(readFileSync(join(dir, 'a', sub, f), 'utf8'));
  });

  it('refuses a non-empty directory without --force, and sizes below one per type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-synth-'));
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const refused = await run('synth', '--entities', '60', '--relations', '240', '--out', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/is not empty/);
    const small = await run('synth', '--entities', '5', '--relations', '240', '--out', join(dir, 'x'));
    expect(small.code).toBe(2);
    expect(small.err).toMatch(/--entities must be at least the number of entity types \(12\)/);
    const forced = await run('synth', '--entities', '60', '--relations', '240', '--out', dir, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunks } from './write-chunks.ts';

const dir = mkdtempSync(join(tmpdir(), 'faktograf-chunks-'));

describe('writeChunks', () => {
  it('writes exactly the bytes of the joined text, wherever the chunks are cut', async () => {
    // Polish letters (2 bytes), a CJK character (3), emoji (4, a surrogate pair) and lone surrogates.
    const text = 'Żółć 北 😀😀 a\ud800b\udc00 🇵🇱\ud83d';
    let n = 0;
    for (let i = 0; i <= text.length; i++)
      for (const j of [i, Math.min(text.length, i + 1), text.length]) {
        const path = join(dir, `cut-${n++}.json`);
        const bytes = await writeChunks(path, [text.slice(0, i), text.slice(i, j), text.slice(j)]);
        expect(readFileSync(path)).toEqual(Buffer.from(text, 'utf8'));
        expect(bytes).toBe(Buffer.byteLength(text));
      }
  });

  it('writes every chunk of a generator, and nothing for no chunks', async () => {
    let pulled = 0;
    const chunks = function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `${i},`;
      }
    };
    const path = join(dir, 'many.txt');
    expect(await writeChunks(path, chunks())).toBe(Buffer.byteLength(Array.from({ length: 1000 }, (_, i) => `${i},`).join('')));
    expect(pulled).toBe(1000);
    expect(await writeChunks(join(dir, 'empty.txt'), [])).toBe(0);
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
  });

  it('never opens an existing path, nor writes through a symbolic link planted there', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'planted.json'));
    await expect(writeChunks(join(dir, 'planted.json'), ['overwritten'])).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(writeChunks(victim, ['overwritten'])).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });
});

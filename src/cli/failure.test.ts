// How the command line reports a failure it did not foresee: one line, exit 1, the stack
// only with FAKTOGRAF_DEBUG=1.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

const failure = vi.hoisted(() => ({ error: null as unknown }));
vi.mock('../node/read-kb.ts', () => ({
  readKnowledgeBaseDir: async () => {
    throw failure.error;
  },
}));
afterEach(() => {
  delete process.env.FAKTOGRAF_DEBUG;
});

async function run(...argv: string[]) {
  let err = '';
  const code = await main(argv, { out: () => undefined, err: (t) => void (err += `${t}\n`), cwd: process.cwd() });
  return { code, err };
}

describe('faktograf on an unforeseen failure', () => {
  it('names the operation, the path and the reason of an I/O error', async () => {
    failure.error = Object.assign(new Error("EACCES: permission denied, scandir '/kb/entities'"), { code: 'EACCES', syscall: 'scandir', path: '/kb/entities' });
    expect(await run('validate', 'kb')).toEqual({ code: 1, err: 'faktograf validate: cannot scandir /kb/entities: permission denied (EACCES)\n' });
  });

  it('reports an internal error in one line, and its stack only when asked', async () => {
    failure.error = new TypeError('boom');
    expect(await run('build', 'kb')).toEqual({
      code: 1,
      err: 'faktograf build: internal error: boom (run again with FAKTOGRAF_DEBUG=1 to see where, and report it)\n',
    });
    process.env.FAKTOGRAF_DEBUG = '1';
    const debug = await run('build', 'kb');
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/^faktograf build: internal error: TypeError: boom\n\s+at /);
  });
});

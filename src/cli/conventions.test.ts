// The conventions of the command line as a whole: help, version, exit codes, suggestions,
// case-insensitive choices, and that a command loads only its own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from './commands.ts';
import { runCli } from './test-support.ts';

const loaded = vi.hoisted(() => [] as string[]);
const record = (name: string) => async (original: () => Promise<unknown>) => (loaded.push(name), original());
vi.mock('./commands/validate.ts', (o) => record('validate')(o));
vi.mock('./commands/build.ts', (o) => record('build')(o));
vi.mock('./commands/entity.ts', (o) => record('entity')(o));
vi.mock('./commands/relations.ts', (o) => record('relations')(o));
vi.mock('./commands/path.ts', (o) => record('path')(o));
vi.mock('./commands/export.ts', (o) => record('export')(o));
vi.mock('./commands/import.ts', (o) => record('import')(o));
vi.mock('./commands/synth.ts', (o) => record('synth')(o));
vi.mock('./commands/extract.ts', (o) => record('extract')(o));
vi.mock('./commands/merge.ts', (o) => record('merge')(o));

const ROOT = join(import.meta.dirname, '..', '..');
const MINI = join(ROOT, 'src', 'kb', 'fixtures', 'mini');

describe('the faktograf command line', () => {
  it('loads no command for help and version, and only the one it runs', async () => {
    expect((await runCli([])).code).toBe(0);
    expect((await runCli(['--version'])).code).toBe(0);
    expect((await runCli(['--help'])).code).toBe(0);
    expect(loaded).toEqual([]);
    expect((await runCli(['validate', MINI])).code).toBe(0);
    expect(loaded).toEqual(['validate']);
  });

  it('prints help on stdout and succeeds when run bare, as git and npm do', async () => {
    const r = await runCli([]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^faktograf: .*\n\nusage: faktograf <command>/);
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c.name.padEnd(width)} ${c.summary}`);
  });

  it('prints the version of its package', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('lists every command with the first sentence of its own summary', async () => {
    for (const entry of COMMANDS) {
      const { spec } = await entry.load();
      expect(spec.name).toBe(entry.name);
      expect(entry.summary).toBe(spec.summary.split('. ')[0]);
    }
  });

  it('suggests the option a mistyped one was meant to be, with exit code 2', async () => {
    const r = await runCli(['relations', '--kb', MINI, '--factualty', 'certain']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^faktograf relations: Unknown option '--factualty'; did you mean "--factuality"\?\nusage: faktograf relations/);
    const top = await runCli(['--verison']);
    expect(top.code).toBe(2);
    expect(top.err).toMatch(/unknown option "--verison". did you mean "--version"/);
  });

  it('takes an enumerated value in any case', async () => {
    const r = await runCli(['export', '--kb', MINI, '--format', 'GEXF']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<\?xml[^>]*>\n<gexf [^>]*version="1\.3"/);
    expect((await runCli(['export', '--kb', MINI, '--format', 'GraphML'])).out).toMatch(/<graphml /);
  });

  it('has --json on every command that prints a result', async () => {
    for (const c of COMMANDS) {
      const { spec } = await c.load();
      expect(Object.keys(spec.options), c.name).toContain('json');
    }
    const v = await runCli(['validate', MINI, '--json']);
    expect(JSON.parse(v.out)).toEqual({ ok: true, sources: 1, entities: 4, relations: 3, quotes: 3, problems: [], warnings: [] });
  });
});

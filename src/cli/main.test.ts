import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, cpSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MINI = join(ROOT, 'src', 'kb', 'fixtures', 'mini');

async function run(...argv: string[]) {
  return runIn({}, ...argv);
}

/** Runs with stdout on a terminal of `outColumns` characters. */
async function runIn(terminal: { outColumns?: number }, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: process.cwd(), ...terminal });
  return { code, out, err };
}

describe('faktograf CLI', () => {
  it('validates a knowledge base', async () => {
    const r = await run('validate', MINI);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/is valid: 1 source\(s\), 4 entities, 3 relations, 3 quotes/);
  });

  it('reports every problem with file:line:column and exits 1, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-'));
    cpSync(MINI, join(dir, 'kb'), { recursive: true });
    const rel = join(dir, 'kb', 'relations', 'all.yaml');
    writeFileSync(rel, readFileSync(rel, 'utf8').replace('subject: putin', 'subject: putn').replace('podpisał traktat', 'podpisała traktat'));
    const r = await run('build', join(dir, 'kb'), '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/relations\/all\.yaml:10:16: the quote is not found verbatim/);
    expect(r.err).toMatch(/relations\/all\.yaml:12:14: relation "r-putin-signed" names the missing entity "putn"/);
    expect(r.err).toMatch(/2 problems/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('builds identical bytes twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-'));
    for (const out of ['a', 'b']) expect((await run('build', MINI, '--out', join(dir, out))).code).toBe(0);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['graph.json', 'overview.json', 'sources.json']);
    for (const f of ['graph.json', 'overview.json', 'sources.json']) expect(readFileSync(join(dir, 'a', f))).toEqual(readFileSync(join(dir, 'b', f)));
  });

  it('prints relations as JSON in the documented shape', async () => {
    const r = await run('relations', '--kb', MINI, '--from', 'Kim Dzong Una', '--type', 'SIGNED', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        id: 'r-kim-signed',
        from: 'kim',
        to: 'treaty',
        type: 'SIGNED',
        qualifiers: { time: { value: '2024-06-19', basis: 'metadata', rule: 'the signing date in the source metadata' } },
        factuality: 'certain',
        status: 'occurred',
        polarity: 'positive',
        claimedBy: [],
        corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
        conflicts: [],
        evidence: [
          {
            source: 'mini',
            outlet: 'source:mini',
            quote: 'Kim Dzong Un podpisał traktat',
            start: 0,
            end: 29,
            sentence: 0,
            claimedBy: [],
            factuality: 'certain',
          },
        ],
      },
    ]);
  });

  it('filters relations by factuality, claimant and outlets, and checks the values', async () => {
    const ids = async (...args: string[]) =>
      (JSON.parse((await run('relations', '--kb', MINI, '--json', ...args)).out) as Array<{ id: string }>).map((x) => x.id);
    expect(await ids('--factuality', 'certain,probable')).toEqual(['r-kim-leads', 'r-kim-signed', 'r-putin-signed']);
    expect(await ids('--factuality', 'possible')).toEqual([]);
    expect(await ids('--claimed-by', 'putin')).toEqual([]);
    expect(await ids('--min-outlets', '2')).toEqual([]);
    expect((await run('relations', '--kb', MINI, '--factuality', 'sure')).err).toMatch(/unknown factuality "sure"/);
    expect((await run('relations', '--kb', MINI, '--min-outlets', 'two')).err).toMatch(/--min-outlets takes a whole number/);
  });

  it('lists conflicts (none in a knowledge base of one source) as JSON', async () => {
    const r = await run('conflicts', '--kb', MINI, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ conflicts: [], series: [] });
    expect((await run('conflicts', '--kb', MINI)).out).toMatch(/0 conflict\(s\), 0 series/);
  });

  it('prints a readable table with the quotes', async () => {
    const r = await run('relations', '--kb', MINI, '--to', 'traktat');
    expect(r.out).toMatch(/FROM\s+TYPE\s+TO\s+FACTUALITY\s+STATUS\s+CLAIMED BY\s+OUTLETS/);
    expect(r.out).toMatch(/„traktat z Władimirem Putinem”\n\s+— mini 22–50; certain/);
    expect(r.out).toMatch(/2 relation\(s\)/);
  });

  it('names entities in the chosen language in a table that fits the terminal, quotes wrapped', async () => {
    const en = await runIn({ outColumns: 80 }, 'relations', '--kb', MINI, '--to', 'traktat', '--lang', 'en');
    expect(en.out).toMatch(/^Kim Jong Un\s+SIGNED\s+the treaty\b/m);
    expect(en.out).not.toMatch(/^kim\s/m);
    for (const line of en.out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const pl = await runIn({ outColumns: 80 }, 'relations', '--kb', MINI, '--to', 'traktat', '--lang', 'PL');
    expect(pl.out).toMatch(/^Kim Dzong Un\s+SIGNED\s+traktat\b/m);
    const narrow = await runIn({ outColumns: 40 }, 'relations', '--kb', MINI, '--to', 'traktat', '--lang', 'pl');
    for (const line of narrow.out.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    expect(narrow.out).toMatch(/^FROM: +Kim Dzong Un$/m);
    expect((await run('relations', '--kb', MINI, '--lang', 'de')).err).toMatch(/unknown language "de"; languages: pl, en/);
  });

  it('matches relation types and factualities whatever their case', async () => {
    const ids = async (...args: string[]) =>
      (JSON.parse((await run('relations', '--kb', MINI, '--json', ...args)).out) as Array<{ id: string }>).map((x) => x.id);
    expect(await ids('--type', 'signed')).toEqual(await ids('--type', 'SIGNED'));
    expect((await ids('--type', 'Signed')).length).toBeGreaterThan(0);
    expect(await ids('--factuality', 'CERTAIN')).toEqual(await ids('--factuality', 'certain'));
  });

  it('shows an entity and finds a path', async () => {
    const e = await run('entity', 'krld', '--kb', MINI, '--json');
    expect(JSON.parse(e.out)).toMatchObject({ id: 'north-korea', name: { en: 'North Korea' }, relations: { incoming: 1, outgoing: 0 } });
    const p = await run('path', 'putin', 'KRLD', '--kb', MINI, '--json');
    expect(JSON.parse(p.out).nodes).toEqual(['putin', 'treaty', 'kim', 'north-korea']);
  });

  it('suggests the nearest names for an unknown one', async () => {
    const r = await run('entity', 'Putn', '--kb', MINI);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no entity is named "Putn"; nearest known: "putin"/);
  });

  it('says what was expected for a bad argument or option', async () => {
    expect((await run('path', 'kim', '--kb', MINI)).err).toMatch(/expected 2 arguments, got 1\nusage: faktograf path/);
    expect((await run('relations', '--kb', MINI, '--frm', 'kim')).err).toMatch(/Unknown option '--frm'/);
    expect((await run('relations', '--kb', MINI, '--type', 'SIGN')).err).toMatch(/unknown relation type "SIGN"; relation types: .*\(did you mean "SIGNED"\?\)/);
    expect((await run('build', MINI, '--iterations', 'many')).err).toMatch(/--iterations expects a non-negative integer/);
    const unknown = await run('biuld');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "biuld". did you mean "build"/);
  });

  it('has --help on every command', async () => {
    for (const cmd of ['validate', 'build', 'entity', 'relations', 'path']) {
      const r = await run(cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^usage: faktograf ${cmd}`));
    }
    expect((await run('--help')).out).toMatch(/commands:/);
  });

  it('names the directory it cannot read', async () => {
    const r = await run('validate', 'no-such-dir');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read the knowledge base directory/);
  });

  it('says in one line why it cannot read an input, never with a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-'));
    const r = await run('import', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`faktograf import: cannot read ${dir}: it is a directory (EISDIR)\n`);
  });

  it('ends quietly, with success, when the reader of its output stops early (EPIPE)', () => {
    // `faktograf export | head -n 1`: the seed graph's GEXF (about 100 KB) is more than a
    // pipe holds, so the writes after head has gone fail with EPIPE.
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-'));
    const command = `"${process.execPath}" --import tsx src/cli/run.ts export --kb graph --format gexf 2>"${join(dir, 'err')}" | head -n 1 >"${join(dir, 'out')}"; exit \${PIPESTATUS[0]}`;
    const r = spawnSync('bash', ['-c', command], { cwd: ROOT });
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'err'), 'utf8')).not.toMatch(/EPIPE|\n\s+at /);
  });
});

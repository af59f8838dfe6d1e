import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

// "A new folder of articles written by someone else": corpus/ingest-test, never graph/'s own
// texts. Only well-known entities of graph/ are relied on.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const GRAPH = join(ROOT, 'graph');
const FOLDER = join(ROOT, 'corpus', 'ingest-test');

async function run(argv: string[], progress?: (t: string) => void) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => void (out += `${t}\n`),
    err: (t) => void (err += `${t}\n`),
    cwd: process.cwd(),
    ...(progress ? { status: progress, columns: 200 } : {}),
  });
  return { code, out, err };
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Whether every line of `before` is in `after`, in order: lines were only added. */
function onlyAdded(before: string, after: string): boolean {
  const b = before.split('\n');
  let i = 0;
  for (const line of after.split('\n')) if (line === b[i]) i++;
  return i === b.length;
}

interface Report {
  articles: Array<{
    article: string;
    source: string;
    linked: Array<{ id: string }>;
    new: Array<{ id: string; type: string }>;
    merged: Array<{ relation: string; claim: string; file: string; evidence: number }>;
    relations: Array<{ id: string; claim: string }>;
    uncertain: Array<{ entity: string; candidates: Array<{ id: string }> }>;
  }>;
  edited: string[];
}

describe('faktograf ingest and merge-entities', async () => {
  const kb = join(mkdtempSync(join(tmpdir(), 'faktograf-ingest-')), 'graph');
  cpSync(GRAPH, kb, { recursive: true });
  const before = snapshot(kb);
  const bars: string[] = [];
  const ingested = await run(['ingest', FOLDER, '--into', kb, '--json'], (t) => bars.push(t));
  const report = JSON.parse(ingested.out) as Report;
  const all = <K extends keyof Report['articles'][number]>(key: K) => report.articles.flatMap((a) => a[key] as Array<{ id?: string; entity?: string }>);

  it('ingests the four articles of a folder, in name order, with their metadata', () => {
    expect(ingested.code).toBe(0);
    expect(report.articles.map((a) => a.source)).toEqual([
      'bastion-2025-07-13-lawrow-wonsan',
      'meridian-2024-01-05-pociski-kn-23',
      'puls-2025-01-12-jency-z-krld',
      'wieczorny-2024-11-30-bielousow-pjongjang',
    ]);
    const meta = readFileSync(join(kb, 'sources', 'puls-2025-01-12-jency-z-krld.yaml'), 'utf8');
    expect(meta).toContain('published: 2025-01-12');
    expect(meta).toContain('id: puls-kraju-dziennik-internetowy');
    expect(meta).toContain('Dwóch północnokoreańskich żołnierzy w ukraińskiej niewoli');
  });

  it('links the known entities, inflected, and creates the new ones', () => {
    const linked = new Set(all('linked').map((e) => e.id));
    for (const id of ['kim-jong-un', 'vladimir-putin', 'sergei-shoigu', 'russia', 'north-korea']) expect(linked).toContain(id);
    const fresh = new Set(all('new').map((e) => e.id));
    for (const id of ['sergei-lavrov', 'andrei-belousov']) expect(fresh).toContain(id);
    // John Kirby: known to graph/ (its story sources quote him) or new, but found either way.
    expect(linked.has('john-kirby') || fresh.has('john-kirby')).toBe(true);
    for (const id of linked) expect(fresh).not.toContain(id);
  });

  it('adds a repeated fact as evidence of the existing relation, appending to its file', async () => {
    const merged = report.articles.flatMap((a) => a.merged.map((m) => ({ ...m, source: a.source })));
    const intoKb = merged.filter((m) => before.has(m.file));
    expect(intoKb.length).toBeGreaterThan(0);
    expect(report.edited.sort()).toEqual([...new Set(intoKb.map((m) => m.file))].sort());
    for (const file of report.edited) expect(onlyAdded(before.get(file)!, readFileSync(join(kb, file), 'utf8'))).toBe(true);
    // No new relation repeats a claim that was merged.
    const claims = new Set(merged.map((m) => m.claim));
    expect(report.articles.flatMap((a) => a.relations).filter((r) => claims.has(r.claim))).toEqual([]);
    expect((await run(['validate', kb])).code).toBe(0);
    const relations = JSON.parse((await run(['relations', '--kb', kb, '--json'])).out) as Array<{ id: string; evidence: Array<{ source: string }> }>;
    const gained = relations.find((r) => r.id === intoKb[0]!.relation)!;
    expect(gained.evidence.map((e) => e.source)).toContain(intoKb[0]!.source);
  });

  it('shows a progress bar where one is asked for', async () => {
    expect(bars.join('')).toBe('');
    const dir = join(mkdtempSync(join(tmpdir(), 'faktograf-ingest-')), 'graph');
    cpSync(GRAPH, dir, { recursive: true });
    const shown: string[] = [];
    const quiet: string[] = [];
    await run(['ingest', join(FOLDER, 'meridian-2024-01-05-pociski-kn-23.txt'), join(FOLDER, 'puls-2025-01-12-jency-z-krld.txt'), '--into', dir], (t) =>
      shown.push(t),
    );
    expect(shown[0]).toMatch(/^ingesting meridian-2024-01-05-pociski-kn-23\.txt {2}\[\.+\] {4}0% {2}0 of 2 {2}/);
    expect(shown.some((l) => /^ingesting puls-2025-01-12-jency-z-krld\.txt {2}\[#+\.+\] {3}50% {2}1 of 2 {2}/.test(l))).toBe(true);
    expect(shown.at(-1)).toBe('');
    const again = join(mkdtempSync(join(tmpdir(), 'faktograf-ingest-')), 'graph');
    cpSync(GRAPH, again, { recursive: true });
    await run(['ingest', join(FOLDER, 'meridian-2024-01-05-pociski-kn-23.txt'), '--into', again, '--quiet'], (t) => quiet.push(t));
    expect(quiet).toEqual([]);
  });

  it('refuses to ingest the same articles again and writes nothing', async () => {
    const now = snapshot(kb);
    const again = await run(['ingest', FOLDER, '--into', kb]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has a source "bastion-2025-07-13-lawrow-wonsan"/);
    expect(snapshot(kb)).toEqual(now);
  });

  it('writes nothing into a knowledge base that does not validate', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'faktograf-ingest-')), 'graph');
    cpSync(GRAPH, dir, { recursive: true });
    writeFileSync(join(dir, 'relations', 'broken.yaml'), 'relations:\n  - id: r-broken\n    subject: nobody\n');
    const start = snapshot(dir);
    const r = await run(['ingest', join(FOLDER, 'meridian-2024-01-05-pociski-kn-23.txt'), '--into', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/relations\/broken\.yaml:\d+:\d+/);
    expect(r.err).toMatch(/nothing was written/);
    expect(snapshot(dir)).toEqual(start);
  });

  it('takes --published and --outlet over the metadata file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'faktograf-ingest-')), 'graph');
    cpSync(GRAPH, dir, { recursive: true });
    const r = await run([
      'ingest',
      join(FOLDER, 'meridian-2024-01-05-pociski-kn-23.txt'),
      '--into',
      dir,
      '--published',
      '2024-01-06',
      '--outlet',
      'Radio Północ',
    ]);
    expect(r.code).toBe(0);
    const meta = readFileSync(join(dir, 'sources', 'meridian-2024-01-05-pociski-kn-23.yaml'), 'utf8');
    expect(meta).toContain('published: 2024-01-06');
    expect(meta).toMatch(/outlet:\n {2}id: radio-polnoc\n {2}name: Radio Północ\n/);
  });

  it('reports and refuses an article without a date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-ingest-'));
    writeFileSync(join(dir, 'a.txt'), 'Tytuł\n\nKim Dzong Un spotkał się z Putinem.\n');
    const r = await run(['ingest', join(dir, 'a.txt'), '--into', kb]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.txt has no publication date: pass --published/);
  });

  it('merges two entities, with a dry run first, and undoes the merge byte for byte', async () => {
    const u = report.articles.flatMap((a) => a.uncertain).find((x) => x.entity === 'wojna-z-ukraina-2')!;
    expect(u.candidates.map((c) => c.id)).toContain('wojna-z-ukraina');
    const start = snapshot(kb);
    const dry = await run(['merge-entities', 'wojna-z-ukraina', 'wojna-z-ukraina-2', '--kb', kb, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^would merge wojna-z-ukraina-2 into wojna-z-ukraina:/);
    expect(dry.out).toContain('entities/draft-puls-2025-01-12-jency-z-krld.yaml');
    expect(snapshot(kb)).toEqual(start);

    const merged = await run(['merge-entities', 'wojna-z-ukraina', 'wojna-z-ukraina-2', '--kb', kb]);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('logged as m1');
    expect((await run(['validate', kb])).code).toBe(0);
    const after = snapshot(kb);
    // No reference and no entity left (a relation's id may still spell the old name).
    expect([...after].filter(([path, c]) => path !== 'MERGES.log' && /(subject|object|id): wojna-z-ukraina-2$/m.test(c)).map(([p]) => p)).toEqual([]);
    expect(after.get('relations/draft-puls-2025-01-12-jency-z-krld.yaml')).toContain('object: wojna-z-ukraina\n');
    expect(JSON.parse((await run(['entity', 'wojna-z-ukraina', '--kb', kb, '--json'])).out).aliases).toContain('wojnę z Ukrainą');

    const undone = await run(['merge-entities', '--undo', 'm1', '--kb', kb]);
    expect(undone.code).toBe(0);
    const restored = snapshot(kb);
    expect(restored.get('MERGES.log')).toMatch(/"undone":/);
    restored.delete('MERGES.log');
    expect(restored).toEqual(start);
    expect((await run(['merge-entities', '--undo', 'm1', '--kb', kb])).err).toMatch(/merge m1 was undone/);
  });

  it('refuses to merge entities of two types, and unknown ids', async () => {
    expect((await run(['merge-entities', 'russia', 'kim-jong-un', '--kb', kb])).err).toMatch(/"russia" is a Country and "kim-jong-un" a Person/);
    expect((await run(['merge-entities', 'russia', 'no-such', '--kb', kb])).err).toMatch(/no entity "no-such"/);
  });
});

// An article about a company named "Constructor": `extract` and `merge` make it the entity
// `constructor` (a name every object answers to), and every command works on the result.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

const GRAPH = join(import.meta.dirname, '..', '..', '..', 'graph');
const ARTICLE =
  'Constructor w obwodzie kurskim\n\nSpółka Constructor wysłała do obwodu kurskiego 300 robotników. Constructor podpisał umowę z Koreą Północną.\n';

const run = (...argv: string[]) => runCli(argv);

describe('a company named Constructor', () => {
  it('becomes the entity "constructor", and the merged knowledge base builds, answers and exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faktograf-constructor-'));
    const article = join(dir, 'constructor.txt');
    writeFileSync(article, ARTICLE);
    const extracted = await run('extract', article, '--published', '2025-07-20', '--kb', GRAPH, '--json');
    expect(extracted.code).toBe(0);
    const draft = JSON.parse(extracted.out);
    expect(draft.source.id).toBe('constructor');
    expect(draft.entities.find((e: { id: string }) => e.id === 'constructor')).toMatchObject({ names: { pl: 'Constructor' }, known: false });
    // "Constructor" is no date (it once read as a relative day, NaN days back).
    for (const r of draft.relations) expect(JSON.stringify(r.qualifiers)).not.toContain('NaN');
    writeFileSync(join(dir, 'draft.json'), extracted.out);

    const kb = join(dir, 'kb');
    expect((await run('merge', join(dir, 'draft.json'), article, '--kb', GRAPH, '--into', kb)).code).toBe(0);
    expect((await run('validate', kb)).code).toBe(0);
    const built = await run('build', kb, '--out', join(dir, 'out'), '--iterations', '10');
    expect(built.code, built.err).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['graph.json', 'overview.json', 'sources.json']);

    const entity = await run('entity', 'Constructor', '--kb', kb, '--json');
    expect(JSON.parse(entity.out)).toMatchObject({ id: 'constructor', name: { pl: 'Constructor' }, relations: { outgoing: 2, incoming: 0 } });
    const relations = JSON.parse((await run('relations', '--from', 'constructor', '--kb', kb, '--json')).out) as Array<{ to: string; type: string }>;
    expect(relations.map((r) => [r.type, r.to])).toEqual([
      ['SENT', '300-workers'],
      ['SIGNED', 'umowa'],
    ]);
    const path = await run('path', 'constructor', 'kim-jong-un', '--kb', kb, '--json');
    expect(path.code).toBe(0);
    expect(JSON.parse(path.out).nodes).toEqual(['constructor', 'umowa', 'north-korea', 'kim-jong-un']);

    for (const format of ['gexf', 'gexf-1.2', 'graphml', 'json', 'ttl']) {
      const out = join(dir, `constructor.${format}`);
      const exported = await run('export', '--format', format, '--kb', kb, '--out', out);
      expect(exported.code, exported.err).toBe(0);
      if (format === 'ttl') continue;
      const back = await run('path', 'constructor', 'kim-jong-un', '--graph', out, '--json');
      expect(back.code, back.err).toBe(0);
      expect(JSON.parse(back.out).nodes).toEqual(['constructor', 'umowa', 'north-korea', 'kim-jong-un']);
    }
    expect((await run('export', '--format', 'csv', '--kb', kb, '--out', join(dir, 'csv'))).code).toBe(0);
  });
});

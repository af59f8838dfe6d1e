// The query commands on other tools' files: undirected graphs (GEXF's default) answer
// `relations --from/--to` by either end, `path` draws no arrow on an undirected step,
// a plain-text `name` attribute resolves, and `--strict` refuses what is read leniently.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../export/test-support.ts';
import { GRAPH_FILES, HAVE_GRAPH_FILES } from '../../import/test-support.ts';
import { main } from '../main.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: process.cwd() });
  return { code, out, err };
}

const UNDIRECTED = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/><node id="c" label="Gamma"/></nodes>
<edges><edge id="ab" source="a" target="b"/><edge id="cb" source="c" target="b"/></edges></graph></gexf>`;

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('query commands on undirected graphs', () => {
  it('relations --from and --to match an undirected edge by either end, turned to face the name', async () => {
    const graph = file('u.gexf', UNDIRECTED);
    const from = await run('relations', '--from', 'Beta', '--json', '--graph', graph);
    expect(from.code).toBe(0);
    expect(JSON.parse(from.out).map((r: { id: string; from: string; to: string }) => [r.id, r.from, r.to])).toEqual([
      ['ab', 'b', 'a'],
      ['cb', 'b', 'c'],
    ]);
    const to = await run('relations', '--to', 'Alpha', '--json', '--graph', graph);
    expect(JSON.parse(to.out).map((r: { id: string; from: string; to: string; undirected: boolean }) => [r.id, r.from, r.to, r.undirected])).toEqual([
      ['ab', 'b', 'a', true],
    ]);
  });

  it('path draws no arrow on an undirected step', async () => {
    const r = await run('path', 'Alpha', 'Gamma', '--graph', file('u.gexf', UNDIRECTED));
    expect(r.out).toContain('a —RELATED— b');
    expect(r.out).toContain('b —RELATED— c');
    expect(r.out).not.toMatch(/→|←/);
  });

  it('a plain-text name attribute resolves, and an unknown name lists the nearest', async () => {
    const graph = file(
      'n.graphml',
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="name" for="node" attr.name="name" attr.type="string"/>
<graph edgedefault="undirected"><node id="n0"><data key="name">Valjean</data></node><node id="n1"><data key="name">Javert</data></node><edge source="n0" target="n1"/></graph></graphml>`,
    );
    expect(JSON.parse((await run('relations', '--from', 'Javert', '--json', '--graph', graph)).out)).toHaveLength(1);
    const miss = await run('relations', '--from', 'Valjaen', '--graph', graph);
    expect(miss.code).not.toBe(0);
    expect(miss.err).toMatch(/no entity is named "Valjaen"; nearest known: .*"Valjean"/);
  });

  it('--strict refuses what is read leniently, saying how it would be read', async () => {
    const graph = file(
      'm.gexf',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
    );
    const lenient = await run('import', graph);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(/warning: the edge from "a" to "b" names the node "b", which the file does not declare: the node was added/);
    for (const argv of [
      ['import', graph, '--strict'],
      ['relations', '--graph', graph, '--strict'],
      ['export', '--graph', graph, '--strict'],
    ]) {
      const strict = await run(...argv);
      expect(strict.code).not.toBe(0);
      expect(strict.err).toMatch(/names the node "b", which the file does not declare; refused by the strict reading \(without --strict, the node was added/);
    }
  });
});

describe.skipIf(!HAVE_GRAPH_FILES)('Les Misérables', () => {
  it.each(['gephi-LesMiserables.gexf', 'lite-LesMiserables.gexf'])('%s answers relations --from Valjean, and path', async (name) => {
    const graph = join(GRAPH_FILES, name);
    const r = await run('relations', '--from', 'Valjean', '--json', '--graph', graph);
    expect(r.code).toBe(0);
    const relations = JSON.parse(r.out) as Array<{ from: string; to: string; undirected: boolean }>;
    // Valjean has 36 neighbours in Les Misérables.
    expect(relations).toHaveLength(36);
    expect(new Set(relations.map((x) => x.from)).size).toBe(1);
    expect(relations.every((x) => x.undirected)).toBe(true);
    const path = await run('path', 'Valjean', 'Myriel', '--graph', graph);
    expect(path.out).toMatch(/1 step\(s\)/);
    expect(path.out).not.toMatch(/→|←/);
  });
});

describe.skipIf(!HAVE_GRAPH_FILES)("TinkerPop's labels", () => {
  it('name resolves a vertex, labelE types its edges, labelV its type', async () => {
    const graph = join(GRAPH_FILES, 'tinkerpop-modern.graphml');
    const r = await run('relations', '--from', 'marko', '--json', '--graph', graph);
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.out)
        .map((x: { type: string }) => x.type)
        .sort(),
    ).toEqual(['created', 'knows', 'knows']);
  });
});

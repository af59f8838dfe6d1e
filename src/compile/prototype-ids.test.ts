// Every valid kebab-case id builds, even one an object already answers to (`constructor`):
// the knowledge base with such ids is queried, exported in every format and read back.
import { describe, expect, it } from 'vitest';
import { exportCsv, exportGexf, exportGraphml, exportJson, exportTurtle } from '../export/index.ts';
import type { AnyGraph } from '../export/types.ts';
import { importGraph } from '../import/index.ts';
import { edit, readFixture } from '../kb/fixtures/read-fixture.ts';
import type { TextFile } from '../kb/load.ts';
import { PROTOTYPE_IDS } from '../model/test-names.ts';
import { KnowledgeGraph } from '../query/index.ts';
import { runBuild } from './pipeline.ts';

/** The mini fixture with the entity `kim`, the relation `r-kim-leads` and the source `mini` renamed to `id` (and `id-…`). */
function renamed(id: string): TextFile[] {
  let files = readFixture('mini');
  for (const path of ['entities/all.yaml', 'relations/all.yaml']) files = edit(files, path, /\bkim\b/g, id);
  files = edit(files, 'relations/all.yaml', `id: r-${id}-leads`, `id: ${id}-leads`);
  files = edit(files, 'relations/all.yaml', /source: mini/g, `source: ${id}-source`);
  files = edit(files, 'sources/mini.yaml', 'id: mini', `id: ${id}-source`);
  return files;
}

/** What the query API answers about `id`, comparable across a built and an imported graph. */
function answers(kg: KnowledgeGraph, id: string) {
  return {
    entity: kg.entity(id)?.id,
    found: kg.findEntity(id)?.id,
    from: kg.relations({ from: id }).map((r) => [r.id, r.to, r.type]),
    to: kg.relations({ to: 'north-korea' }).map((r) => [r.id, r.from]),
    neighbours: kg.neighbours(id).map((n) => [n.entity, n.relation, n.direction]),
    path: kg.shortestPath(id, 'putin'),
    directed: kg.shortestPath('putin', id, { directed: true }),
  };
}

describe('knowledge bases whose ids are prototype names', () => {
  it.each(PROTOTYPE_IDS)('%s: builds, answers queries, exports and imports back', (id) => {
    const built = runBuild(renamed(id), { layout: { iterations: 5 } });
    if (!built.ok) throw new Error(built.diagnostics.map((d) => d.message).join('\n'));
    const graph = built.graph as unknown as AnyGraph;
    const kg = new KnowledgeGraph(graph);
    const expected = {
      entity: id,
      found: id,
      from: [
        [`${id}-leads`, 'north-korea', 'LEADS'],
        [`r-${id}-signed`, 'treaty', 'SIGNED'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      to: [[`${id}-leads`, id]],
      neighbours: [
        ['north-korea', `${id}-leads`, 'out'],
        ['treaty', `r-${id}-signed`, 'out'],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
      path: { nodes: [id, 'treaty', 'putin'], edges: [`r-${id}-signed`, 'r-putin-signed'] },
      directed: null,
    };
    expect(answers(kg, id)).toEqual(expected);
    expect(kg.relations({ from: id, minFactuality: 'certain' })).toHaveLength(2);
    expect(kg.evidence(`${id}-leads`)[0]).toMatchObject({ source: `${id}-source`, quote: 'Przywódca Korei Północnej, Kim Dzong Un' });
    // graph.json, as the explorer and `--graph` read it.
    expect(answers(KnowledgeGraph.fromSerialized(JSON.parse(built.outputs.graph)), id)).toEqual(expected);

    for (const text of [exportGexf(graph).text, exportGexf(graph, { version: '1.2draft' }).text, exportGraphml(graph).text, exportJson(graph).text]) {
      const back = importGraph(text).graph;
      expect(back.nodes().sort()).toEqual(graph.nodes().sort());
      expect(back.getNodeAttribute(id, 'name')).toEqual({ pl: 'Kim Dzong Un', en: 'Kim Jong Un' });
      expect(answers(new KnowledgeGraph(back as unknown as AnyGraph), id)).toEqual(expected);
    }
    expect(exportTurtle(graph).text).toContain(`ent:${id} a type:Person`);
    const csv = exportCsv(graph);
    expect(csv.nodes.split('\n').filter((line) => line.startsWith(`${id},`))).toHaveLength(1);
    expect(csv.edges).toContain(`${id}-leads`);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });
});

import { parse as parseWithGraphologyGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph } from '../import/index.ts';
import { Graph } from '../model/graph.ts';
import { exportGraphml } from './index.ts';
import { awkwardGraph, kbGraph, miniGraph, schemaErrors } from './test-support.ts';
import type { AnyGraph } from './types.ts';

let kb: AnyGraph;
beforeAll(async () => {
  kb = await kbGraph();
});

describe('GraphML export', () => {
  it('is valid against the GraphML schema, for the knowledge base, the fixture, an awkward and an empty graph', () => {
    for (const g of [kb, miniGraph(), awkwardGraph(), new Graph()]) expect(schemaErrors(exportGraphml(g).text, 'graphml')).toBe('');
  });

  it('the schema check is real: a dangling edge fails it', () => {
    const broken = exportGraphml(miniGraph()).text.replace('target="treaty"', 'target="nowhere"');
    expect(schemaErrors(broken, 'graphml')).toMatch(/No match found for key-sequence \['nowhere'\]/);
  });

  it('gives back the whole graph, its own attributes included, with nothing to warn about', () => {
    const { text, warnings } = exportGraphml(kb);
    expect(warnings).toEqual([]);
    const back = importGraph(text);
    expect(back.format).toBe('graphml');
    expect(back.graph.export()).toEqual(kb.export());
  });

  it('gives back any graphology graph, ids that are not XML names included', () => {
    const g = awkwardGraph();
    const { text } = exportGraphml(g);
    expect(text).toContain('<node id="id_x0020_with_x0020_spaces_x0020__x003C__x0026__x003E__x0022__x0027_">');
    expect(importGraph(text).graph.export()).toEqual(g.export());
  });

  it('declares typed keys that graphology-graphml reads', () => {
    const { text } = exportGraphml(kb);
    expect(text).toContain('<key id="node:pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(text).toContain('<key id="edge:evidence:json" for="edge" attr.name="evidence" attr.type="string"/>');
    expect(text).toContain('<key id="graph:ontology.factuality.certain.rank" for="graph" attr.name="ontology.factuality.certain.rank" attr.type="int"/>');
    const g = parseWithGraphologyGraphml(Graph, text);
    expect([g.order, g.size]).toEqual([kb.order, kb.size]);
    expect(g.getNodeAttributes('kim-jong-un')).toMatchObject({ 'name.en': 'Kim Jong Un', wikidata: 'Q56226' });
  });
});

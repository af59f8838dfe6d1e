import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../export/test-support.ts';
import { createImporter, importGraph, ImportError, summarize } from './index.ts';

const GEXF = (graph: string, head = '') =>
  `<?xml version="1.0"?>${head}<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">${graph}</graph></gexf>`;
const GRAPHML = (body: string) => `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${body}</graphml>`;

/** Imports strictly (so what leniency forgives fails too) and returns the error message, checking it fails within `ms`. */
function failure(text: string, limits = {}, ms = 1000): string {
  const started = performance.now();
  try {
    importGraph(text, { limits, strict: true });
  } catch (e) {
    expect(performance.now() - started).toBeLessThan(ms);
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('the import did not fail');
}

describe('hostile and malformed files', () => {
  const secret = join(tempDir(), 'secret.txt');
  writeFileSync(secret, 'TOP-SECRET-MARKER');

  const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
  it.each([
    ['entity expansion (billion laughs)', GEXF('<nodes><node id="&lol9;"/></nodes>', `<!DOCTYPE gexf [${lol}]>`), /DOCTYPE with an internal subset.*refused/],
    [
      'an external entity naming a local file',
      GEXF('<nodes><node id="a" label="&x;"/></nodes>', `<!DOCTYPE gexf [<!ENTITY x SYSTEM "file://${secret}">]>`),
      /DOCTYPE with an internal subset/,
    ],
    ['a parameter entity', GEXF('<nodes/>', `<!DOCTYPE gexf [<!ENTITY % p SYSTEM "file://${secret}"> %p;]>`), /DOCTYPE with an internal subset/],
    ['an undeclared entity', GEXF('<nodes><node id="a" label="&nbsp;"/></nodes>'), /not well-formed XML: undefined entity.*only &amp; &lt; &gt;/],
    ['deep nesting', `<gexf>${'<a>'.repeat(100_000)}`, /line 1: elements are nested deeper than 64 levels/],
    [
      'an unknown attribute type',
      GEXF('<attributes class="node"><attribute id="0" title="when" type="datetime"/></attributes><nodes/>'),
      /the node attribute "when" has the unknown type "datetime"; GEXF types are integer, long/,
    ],
    [
      'an unknown GraphML type',
      GRAPHML('<key id="d0" for="node" attr.name="v" attr.type="vector_float"/><graph edgedefault="directed"/>'),
      /the key "v" has the unknown type "vector_float"; GraphML types are int, long, float, double, boolean, string/,
    ],
    ['duplicate node ids', GEXF('<nodes>\n<node id="a"/>\n<node id="a"/></nodes>'), /line 3: the node id "a" appears twice/],
    [
      'duplicate edge ids',
      GEXF('<nodes><node id="a"/><node id="b"/></nodes><edges>\n<edge id="e" source="a" target="b"/>\n<edge id="e" source="b" target="a"/></edges>'),
      /line 3: the edge id "e" appears twice \(first on line 2\)/,
    ],
    [
      'an edge to a missing node',
      GEXF('<nodes><node id="a"/></nodes><edges>\n<edge id="e" source="a" target="ghost"/></edges>'),
      /line 2: the edge "e" from "a" to "ghost" names the node "ghost", which the file does not declare/,
    ],
    [
      'a GraphML edge to a missing node',
      GRAPHML('<graph edgedefault="directed"><edge source="a" target="b"/><node id="a"/></graph>'),
      /names the node "b", which the file does not declare/,
    ],
    [
      'a value for an undeclared attribute',
      GEXF('<nodes><node id="a"><attvalues><attvalue for="x" value="1"/></attvalues></node></nodes>'),
      /<attvalue for="x">: no node attribute "x" is declared/,
    ],
    [
      'a value of the wrong type',
      GEXF(
        '<attributes class="node"><attribute id="n" title="n" type="integer"/></attributes><nodes><node id="a"><attvalues><attvalue for="n" value="12abc"/></attvalues></node></nodes>',
      ),
      /attribute "n": "12abc" is not a valid integer/,
    ],
    ['a bad viz colour', GEXF('<nodes><node id="a"><color r="300" g="0" b="0"/></node></nodes>'), /<color r="300">: expected an integer 0–255/],
    ['truncated XML', GEXF('<nodes><node id="a">').slice(0, -20), /not well-formed XML/],
    ['another XML vocabulary', '<html><body/></html>', /the root element is <html>; expected <gexf> or <graphml>/],
    ['not a graph file at all', '@prefix ex: <http://example.org/> .', /not a graph file/],
    [
      'JSON nested too deep',
      `{"nodes":[{"key":"a","attributes":{"v":${'['.repeat(10_000)}${']'.repeat(10_000)}}}]}`,
      /the file is nested deeper than 64 levels/,
    ],
    ['JSON with duplicate keys', '{"nodes":[{"key":"a"},{"key":"a"}]}', /nodes\[1\]: the node key "a" appears twice/],
    ['JSON edge to a missing node', '{"nodes":[{"key":"a"}],"edges":[{"key":"e","source":"a","target":"b"}]}', /edges\[0\] \("e"\) names the node "b"/],
    ['JSON that is not a graph', '{"hello":"world"}', /not a graphology graph/],
    [
      'deep JSON inside an attribute value',
      GEXF(
        `<attributes class="node"><attribute id="v:json" title="v" type="string"/></attributes><nodes><node id="a"><attvalues><attvalue for="v:json" value="${'['.repeat(5000)}"/></attvalues></node></nodes>`,
      ),
      /attribute "v" is nested deeper than 64 levels/,
    ],
  ])('%s: a clear error, fast', (_what, text, message) => {
    const error = failure(text);
    expect(error).toMatch(message);
    expect(error).not.toContain('TOP-SECRET-MARKER');
  });

  it('refuses an oversized file while streaming, before holding it', () => {
    const importer = createImporter({ limits: { maxBytes: 10_000 } });
    expect(() => {
      importer.write('<gexf version="1.3"><graph><nodes>');
      for (let i = 0; i < 1000; i++) importer.write(`<node id="n${i}"/>`);
    }).toThrow(/the file is larger than the limit of 10 KiB/);
    expect(failure('{"nodes":[]}'.padEnd(5000, ' '), { maxBytes: 1000 })).toMatch(/larger than the limit/);
  });

  it('ignores an external DTD without fetching it, and never follows a GraphML locator', () => {
    const withDtd = GEXF('<nodes><node id="a"/></nodes>', `<!DOCTYPE gexf SYSTEM "file://${secret}">`);
    expect(importGraph(withDtd).graph.order).toBe(1);
    const locator = importGraph(
      GRAPHML(`<graph edgedefault="directed"><node id="a"><locator xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="file://${secret}"/></node></graph>`),
    );
    expect(locator.warnings).toEqual(['a <locator> (a graph in another file) was not followed']);
    expect(JSON.stringify(locator.graph.export())).not.toContain('TOP-SECRET-MARKER');
  });

  it('keeps "__proto__" an ordinary attribute name', () => {
    const { graph } = importGraph(
      GEXF(
        '<attributes class="node"><attribute id="p" title="__proto__" type="string"/><attribute id="__proto__.polluted" title="__proto__.polluted" type="boolean"/></attributes><nodes><node id="a"><attvalues><attvalue for="p" value="x"/></attvalues></node><node id="b"><attvalues><attvalue for="__proto__.polluted" value="true"/></attvalues></node></nodes>',
      ),
    );
    expect(Object.getOwnPropertyDescriptor(graph.getNodeAttributes('a'), '__proto__')?.value).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(graph.getNodeAttributes('b'))).toBe(Object.prototype);
  });
});

describe("other tools' files", () => {
  it("reads Gephi's GEXF 1.3: numeric attribute ids named by their titles, hex colours, lists, dynamics", () => {
    const { graph, version, warnings } = importGraph(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node"><attribute id="0" title="Modularity Class" type="integer"><default>0</default></attribute><attribute id="1" title="tags" type="liststring"/></attributes>
    <nodes>
      <node id="1" label="Alpha"><attvalues><attvalue for="0" value="3"/><attvalue for="1" value="[a, b]"/></attvalues>
        <viz:color hex="#ff0000" a="0.5"/><viz:position x="1.5" y="-2" z="0.0"/><viz:size value="10"/></node>
      <node id="2" label="Beta"><spells><spell start="2000" end="2001"/></spells></node>
    </nodes>
    <edges><edge id="0" source="1" target="2" weight="2.0" label="knows"/></edges>
  </graph>
</gexf>`);
    expect(version).toBe('1.3');
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('1')).toEqual({
      label: 'Alpha',
      color: 'rgba(255,0,0,0.5)',
      x: 1.5,
      y: -2,
      size: 10,
      'Modularity Class': 3,
      tags: ['a', 'b'],
    });
    expect(graph.getNodeAttributes('2')).toEqual({ label: 'Beta', spells: [{ start: '2000', end: '2001' }], 'Modularity Class': 0 });
    expect(graph.getEdgeAttributes('0')).toEqual({ label: 'knows', weight: 2 });
    expect(graph.getAttributes()).toEqual({ lastmodifieddate: '2024-01-01', creator: 'Gephi 0.10.1' });
    expect(warnings).toEqual([expect.stringMatching(/^this is a dynamic GEXF: time is kept as data/)]);
  });

  it("reads NetworkX's and yEd's GraphML: d0 keys named by attr.name, defaults, yEd's label read", () => {
    const { graph, warnings } = importGraph(`<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="score" attr.type="double"><default>1.5</default></key>
  <key id="d1" for="edge" attr.name="weight" attr.type="long"/>
  <key id="d2" for="node" yfiles.type="nodegraphics"/>
  <key id="d3" for="graph" attr.name="name" attr.type="string"/>
  <graph edgedefault="undirected" id="G">
    <data key="d3">karate</data>
    <node id="0"><data key="d0">2.25</data><data key="d2"><y:ShapeNode><y:NodeLabel>zero</y:NodeLabel></y:ShapeNode></data></node>
    <node id="1"/>
    <edge source="0" target="1" directed="true"><data key="d1">4</data></edge>
  </graph>
</graphml>`);
    expect(graph.getAttributes()).toEqual({ name: 'karate' });
    expect(graph.getNodeAttributes('0')).toEqual({ score: 2.25, label: 'zero' });
    expect(graph.getNodeAttributes('1')).toEqual({ score: 1.5 });
    expect(graph.type).toBe('mixed');
    expect(graph.directedSize).toBe(1);
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toEqual({ weight: 4 });
    expect(warnings).toEqual([expect.stringMatching(/^yEd graphics: each node's and edge's label, position, size, colour and shape were read/)]);
  });

  it('summarizes what a graph holds', () => {
    const { graph } = importGraph(
      '{"options":{"type":"directed","multi":true},"nodes":[{"key":"a","attributes":{"entityType":"Person"}},{"key":"b"}],"edges":[{"key":"e","source":"a","target":"b","attributes":{"relationType":"MET_WITH"}}]}',
    );
    expect(summarize(graph)).toEqual({
      nodes: 2,
      edges: 1,
      type: 'directed',
      multi: true,
      nodeAttributes: { entityType: 1 },
      edgeAttributes: { relationType: 1 },
      graphAttributes: [],
      entityTypes: { Person: 1 },
      relationTypes: { MET_WITH: 1 },
    });
  });
});

describe('graphology JSON of an undirected graph', () => {
  it('is read whether or not each edge says undirected (earlier exports did not), and the export says it', async () => {
    const { exportJson } = await import('../export/index.ts');
    const { Graph } = await import('../model/graph.ts');
    const older =
      '{"options":{"type":"undirected","multi":true,"allowSelfLoops":true},"attributes":{},"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"key":"e","source":"a","target":"b"}]}';
    const { graph } = importGraph(older);
    expect([graph.type, graph.isUndirected('e')]).toEqual(['undirected', true]);
    const text = exportJson(graph).text;
    expect(JSON.parse(text).edges[0].undirected).toBe(true);
    // graphology itself imports it into its default (mixed) graph as an undirected edge.
    const again = new Graph();
    again.import(JSON.parse(text));
    expect(again.isUndirected('e')).toBe(true);
  });
});

describe('edges without ids', () => {
  it('get their position in the file as key, the same on every reading, never an id the file uses', () => {
    const text =
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="a"/><edge id="0" source="a" target="a"/></edges></graph></gexf>';
    const first = importGraph(text).graph.edges().sort();
    importGraph('{"nodes":[{"key":"x"}],"edges":[{"source":"x","target":"x"}]}');
    expect(importGraph(text).graph.edges().sort()).toEqual(first);
    expect(first).toEqual(['0', '0#2', '1']);
  });
});

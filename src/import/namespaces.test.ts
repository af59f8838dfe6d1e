// Elements of other vocabularies inside a GEXF or GraphML file are not nodes, edges or
// attributes; GEXF's viz elements are read in whichever viz namespace real files use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_FILES as FILES, HAVE_GRAPH_FILES, readGraphFileBytes } from './test-support.ts';
import { importGraph } from './index.ts';

const FOREIGN = "elements of other namespaces than the document's are not read, nor anything inside them";

describe('foreign namespaces', () => {
  it('reads no GEXF node, edge, attribute or value from another namespace, nor anything inside one', () => {
    const { graph, warnings } = importGraph(`<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:foo="urn:x" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/><foo:attribute id="1" title="evil" type="string"/></attributes>
<foo:attributes class="node"><attribute id="2" title="also-evil" type="string"/></foo:attributes>
<nodes>
  <node id="a" foo:id="b" foo:label="evil"><attvalues><attvalue for="0" value="real"/><foo:attvalue for="0" value="evil"/></attvalues></node>
  <foo:node id="evil-node"/>
  <foo:wrapper><node id="wrapped"/></foo:wrapper>
  <node id="c" xmlns="urn:y"/>
</nodes>
<edges><edge source="a" target="a"/><foo:edge source="a" target="a"/></edges>
</graph></gexf>`);
    expect(graph.nodes()).toEqual(['a']);
    expect(graph.getNodeAttributes('a')).toEqual({ kind: 'real' });
    expect(graph.size).toBe(1);
    expect(warnings).toEqual([`${FOREIGN} (first: <attribute> of the namespace "urn:x", line 3) (7 times)`]);
  });

  it('reads no GraphML key, node, edge or data from another namespace, and reports foreign markup in <data> as markup', () => {
    const { graph, warnings } = importGraph(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:x="urn:x">
<key id="d0" for="node" attr.name="kind" attr.type="string"/>
<x:key id="d1" for="node" attr.name="evil" attr.type="string"/>
<graph edgedefault="directed">
  <node id="a"><data key="d0">real</data><x:data key="d0">evil</x:data></node>
  <x:node id="evil-node"/>
  <node id="b"><data key="d0"><x:shape>evil</x:shape></data></node>
  <edge source="a" target="b"/><x:edge source="b" target="a"/>
</graph></graphml>`);
    expect(graph.nodes()).toEqual(['a', 'b']);
    expect(graph.getNodeAttributes('a')).toEqual({ kind: 'real' });
    expect(graph.getNodeAttributes('b')).toEqual({});
    expect(graph.size).toBe(1);
    expect(warnings).toEqual([
      `${FOREIGN} (first: <key> of the namespace "urn:x", line 3) (4 times)`,
      '<data> holding XML other than yEd graphics is not read',
    ]);
  });

  it('reads viz in any viz namespace, and with an undeclared viz: prefix, as Gephi does', () => {
    const node = (head: string) =>
      importGraph(
        `<gexf xmlns="http://www.gexf.net/1.2draft" ${head} version="1.2"><graph><nodes><node id="a"><viz:position x="1" y="2"/><viz:color r="1" g="2" b="3"/><viz:size value="4"/></node></nodes></graph></gexf>`,
      ).graph.getNodeAttributes('a');
    for (const head of [
      'xmlns:viz="http://www.gexf.net/1.2draft/viz"',
      'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
      'xmlns:viz="http://www.gephi.org/gexf/viz"',
      '',
    ])
      expect(node(head)).toEqual({ x: 1, y: 2, color: '#010203', size: 4 });
    // An element of a viz namespace that is not a viz element is foreign.
    const { graph } = importGraph(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"><graph><nodes><viz:node id="x"/><node id="a"/></nodes></graph></gexf>',
    );
    expect(graph.nodes()).toEqual(['a']);
  });

  it("takes the root element's namespace as the document's, none included", () => {
    expect(importGraph('<graphml><graph><node id="a"/></graph></graphml>').graph.order).toBe(1);
    expect(
      importGraph('<g:gexf xmlns:g="http://www.gexf.net/1.2draft"><g:graph><g:nodes><g:node id="a"/><node id="b"/></g:nodes></g:graph></g:gexf>').graph.nodes(),
    ).toEqual(['a']);
  });
});

describe.skipIf(!HAVE_GRAPH_FILES)("real files' namespaces", () => {
  const read = (name: string) => importGraph(readGraphFileBytes(name));

  it.each([
    ['gephi-LesMiserables.gexf', 77, 254],
    ['gy-les_miserables.gexf', 77, 254],
    ['lite-PowerGrid.gexf', 4941, 6594],
    ['gexf-primer-1.1draft-simple.gexf', 2, 1],
    ['gephi-Java.gexf', 1538, 8032],
  ])('%s: every node and edge, and the viz positions', (name, nodes, edges) => {
    const { graph, warnings } = read(name);
    expect([graph.order, graph.size]).toEqual([nodes, edges]);
    const text = readFileSync(join(FILES, name), 'utf8');
    if (text.includes('<viz:position')) expect(graph.everyNode((_n, a) => typeof a.x === 'number' && typeof a.y === 'number')).toBe(true);
    expect(warnings.join('\n')).not.toContain('other namespaces');
  });

  it("yEd's groups: nine nodes and four edges, none of yEd's elements read as nodes; labels, geometry, colours, shapes and groups read", () => {
    const { graph, warnings } = read('nx-test-yed-3.17-groups.graphml');
    expect([graph.order, graph.size]).toEqual([9, 4]);
    expect(graph.getNodeAttributes('n1::n0::n1')).toMatchObject({
      label: '3',
      x: 0,
      y: -255.4611111111111,
      width: 30,
      height: 30,
      color: '#ffcc00',
      shape: 'rectangle',
      parent: 'n1::n0',
    });
    expect(graph.getNodeAttributes('n1::n0')).toMatchObject({ label: 'Group 1', shape: 'roundrectangle', parent: 'n1' });
    expect(graph.mapNodes((_n, a) => a.label).sort()).toEqual(['1', '2', '3', '5', '6', '9', 'Group 1', 'Group 2', 'Group 3']);
    expect(warnings).toContain(
      "yEd graphics: each node's and edge's label, position, size, colour and shape were read, the rest of yEd's markup was not (13 times)",
    );
    expect(warnings).toContain('<data> holding XML other than yEd graphics is not read');
  });
});

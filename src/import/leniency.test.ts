// What the readers forgive, as graphology and NetworkX do: one warning per fix, and a
// refusal saying what is wrong when read strictly.
import { describe, expect, it } from 'vitest';
import { importGraph } from './index.ts';

const GEXF = (graph: string, version = '1.3', head = '<graph defaultedgetype="directed">') =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/${version}" xmlns:viz="http://gexf.net/${version}/viz" version="${version}">${head}${graph}</graph></gexf>`;
const GRAPHML = (body: string) => `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${body}</graphml>`;
const NODE_ATTRS = (decl: string) => `<attributes class="node">${decl}</attributes>`;

describe('lenient reading, strict refusal', () => {
  it.each([
    [
      'GEXF 1.1 <attvalue id=…>',
      GEXF(
        `${NODE_ATTRS('<attribute id="0" title="city" type="string"/>')}<nodes><node id="a"><attvalues><attvalue id="0" value="Gdańsk"/></attvalues></node></nodes>`,
        '1.1draft',
      ),
      (g) => g.getNodeAttribute('a', 'city') === 'Gdańsk',
      /<attvalue id="0"> names its attribute with id \(GEXF 1\.0\/1\.1\) instead of for: read as for \(first on line 1\)/,
    ],
    [
      'value="null" of a number',
      GEXF(
        `${NODE_ATTRS('<attribute id="v" title="v" type="double"/>')}<nodes><node id="a"><attvalues><attvalue for="v" value="null"/></attvalues></node></nodes>`,
      ),
      (g) => !g.hasNodeAttribute('a', 'v'),
      /attribute "v" of type number has the value "null": read as no value/,
    ],
    [
      'hex="#fff"',
      GEXF('<nodes><node id="a"><viz:color hex="#fa0"/></node></nodes>'),
      (g) => g.getNodeAttribute('a', 'color') === '#ffaa00',
      /<color hex="#fa0">: GEXF expects #rrggbb: read as CSS reads #rgb/,
    ],
    [
      'type="int"',
      GEXF(
        `${NODE_ATTRS('<attribute id="p" title="Price" type="int"/>')}<nodes><node id="a"><attvalues><attvalue for="p" value="12"/></attvalues></node></nodes>`,
      ),
      (g) => g.getNodeAttribute('a', 'Price') === 12,
      /the node attribute "Price" has the unknown type "int".*: "int" was read as integer/,
    ],
    [
      'type="str"',
      GEXF(
        `${NODE_ATTRS('<attribute id="p" title="name" type="str"/>')}<nodes><node id="a"><attvalues><attvalue for="p" value="12"/></attvalues></node></nodes>`,
      ),
      (g) => g.getNodeAttribute('a', 'name') === '12',
      /"str" was read as string/,
    ],
    [
      'an unknown GraphML type',
      GRAPHML(
        '<key id="d0" for="node" attr.name="v" attr.type="vector_float"/><graph edgedefault="directed"><node id="a"><data key="d0">1 2</data></node></graph>',
      ),
      (g) => g.getNodeAttribute('a', 'v') === '1 2',
      /the key "v" has the unknown type "vector_float".*: its values were read as text/,
    ],
    [
      'a GEXF attribute declared twice alike',
      GEXF(
        `${NODE_ATTRS('<attribute id="0" title="x" type="integer"/><attribute id="0" title="x" type="integer"/>')}<nodes><node id="a"><attvalues><attvalue for="0" value="3"/></attvalues></node></nodes>`,
      ),
      (g) => g.getNodeAttribute('a', 'x') === 3,
      /the node attribute "0" is declared twice: the declarations are identical, read as one/,
    ],
    [
      'a GraphML key declared twice alike',
      GRAPHML(
        '<key id="k" for="node" attr.name="k" attr.type="string"/><key id="k" for="node" attr.name="k" attr.type="string"/><graph><node id="a"><data key="k">v</data></node></graph>',
      ),
      (g) => g.getNodeAttribute('a', 'k') === 'v',
      /the key "k" is declared twice: the declarations are identical/,
    ],
    [
      'a GraphML key declared twice differently',
      GRAPHML('<key id="k" for="edge" attr.type="double"/><key id="k" for="edge" attr.type="string"/><graph/>'),
      (g) => g.order === 0,
      /the key "k" is declared twice, differently: the later declaration is used/,
    ],
    [
      'one key id for nodes and for edges (Gephi)',
      GRAPHML(
        '<key id="lbl" for="node" attr.name="label" attr.type="string"/><key id="lbl" for="edge" attr.name="edgelabel" attr.type="string"/><graph><node id="a"><data key="lbl">A</data></node><edge source="a" target="a"><data key="lbl">E</data></edge></graph>',
      ),
      (g) => g.getNodeAttribute('a', 'label') === 'A' && g.getEdgeAttribute(g.edges()[0]!, 'edgelabel') === 'E',
      /the key id "lbl" is declared for node and for edge; GraphML key ids are unique: each is used where it applies/,
    ],
    [
      'a GEXF edge to a missing node',
      GEXF('<nodes><node id="a"/></nodes><edges>\n<edge id="e" source="a" target="ghost"/></edges>'),
      (g) => g.hasNode('ghost') && g.hasEdge('e'),
      /the edge "e" from "a" to "ghost" names the node "ghost", which the file does not declare: the node was added, without attributes \(first on line 2\)/,
    ],
    [
      'a GraphML edge to missing nodes',
      GRAPHML('<graph edgedefault="directed"><edge source="a" target="b"/></graph>'),
      (g) => g.order === 2 && g.size === 1,
      /names the node "a", which the file does not declare: the node was added.*\(2 times\)/,
    ],
    [
      'a JSON edge to a missing node',
      '{"nodes":[{"key":"a"}],"edges":[{"key":"e","source":"a","target":"b"}]}',
      (g) => g.hasNode('b'),
      /edges\[0\] \("e"\) names the node "b", which the file does not declare: the node was added/,
    ],
    [
      'an undeclared GEXF attribute',
      GEXF('<nodes><node id="a"><attvalues><attvalue for="url" value="http://x"/></attvalues></node></nodes>'),
      (g) => g.getNodeAttribute('a', 'url') === 'http://x',
      /<attvalue for="url">: no node attribute "url" is declared: read as the text attribute "url"/,
    ],
    [
      'an undeclared GraphML key',
      GRAPHML('<graph><node id="a"><data key="label">A</data></node></graph>'),
      (g) => g.getNodeAttribute('a', 'label') === 'A',
      /<data key="label">: no key "label" is declared for node: read as the text attribute "label"/,
    ],
  ] as [string, string, (g: ReturnType<typeof importGraph>['graph']) => boolean, RegExp][])(
    '%s: read with a warning, refused strictly',
    (_what, text, check, warning) => {
      const { graph, warnings, fixes } = importGraph(text);
      expect(check(graph)).toBe(true);
      expect(warnings.join('\n')).toMatch(warning);
      expect(fixes.join('\n')).toMatch(warning);
      expect(() => importGraph(text, { strict: true })).toThrow(/refused by the strict reading \(without --strict, /);
    },
  );

  it('a file needing no fix reads the same strictly', () => {
    const text = GEXF('<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges>');
    expect(importGraph(text).fixes).toEqual([]);
    expect(importGraph(text, { strict: true }).graph.size).toBe(1);
  });
});

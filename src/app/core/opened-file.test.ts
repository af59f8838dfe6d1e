// An opened file in the explorer keeps what it holds: undirected edges stay undirected
// (listed as neighbours, exported undirected; the browser tests see them drawn without arrows), and every edge
// attribute beyond the explorer's own (weight, a file's columns) reaches the GEXF export.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../import/index.ts';
import { HAVE_GRAPH_FILES, readGraphFileBytes } from '../../import/test-support.ts';
import { normalizeGraph } from './dataset.ts';
import { toGexf } from './export.ts';
import { parseGraphFile, readGraphFile } from './file.ts';
import { relationGroups } from './relations.ts';

const UNDIRECTED = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="edge"><attribute id="p" title="Predicate" type="string"/></attributes>
<attributes class="node"><attribute id="t" title="tags" type="liststring"/></attributes>
<nodes><node id="a" label="Alpha"><attvalues><attvalue for="t" value="x|y"/></attvalues></node><node id="b" label="Beta"/><node id="c" label="Gamma"/></nodes>
<edges><edge id="ab" source="a" target="b" weight="2.5"><attvalues><attvalue for="p" value="knows"/></attvalues></edge>
<edge id="bc" source="b" target="c" type="directed" weight="1"/></edges></graph></gexf>`;

describe('an opened file in the explorer', () => {
  const graph = () => normalizeGraph(parseGraphFile('u.gexf', UNDIRECTED), 'u.gexf');

  it('keeps undirected edges undirected and every edge attribute', () => {
    const g = graph();
    expect(g.getEdgeAttribute('ab', 'undirected')).toBe(true);
    expect(g.getEdgeAttribute('bc', 'undirected')).toBeUndefined();
    expect({ ...g.getEdgeAttribute('ab', 'data') }).toEqual({ weight: 2.5, Predicate: 'knows' });
    expect({ ...g.getNodeAttribute('a', 'data') }).toEqual({ tags: ['x', 'y'] });
  });

  it('lists an undirected edge as a neighbour of both ends, neither out nor in', () => {
    const g = graph();
    const ids = (d: 'out' | 'in' | 'undirected', n: string) => relationGroups(g, n, d, 'en').flatMap((x) => x.items.map((i) => `${i.edge}:${i.other}`));
    expect([ids('out', 'a'), ids('in', 'b'), ids('undirected', 'a'), ids('undirected', 'b')]).toEqual([[], [], ['ab:b'], ['ab:a']]);
    expect(ids('out', 'b')).toEqual(['bc:c']);
  });

  it("exports the graph of its type, with weights and the file's attributes", () => {
    const { text } = toGexf(graph());
    const again = importGraph(text).graph;
    expect(again.type).toBe('mixed');
    expect(again.isUndirected('ab')).toBe(true);
    expect(again.getEdgeAttributes('ab')).toMatchObject({ weight: 2.5, Predicate: 'knows' });
    expect(again.getEdgeAttribute('bc', 'weight')).toBe(1);
    expect(again.getNodeAttribute('a', 'tags')).toEqual(['x', 'y']);
  });

  it("passes on the importer's warnings", () => {
    expect(
      readGraphFile(
        'm.gexf',
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
      ).warnings,
    ).toEqual([expect.stringMatching(/names the node "b", which the file does not declare: the node was added/)]);
  });
});

describe.skipIf(!HAVE_GRAPH_FILES)('real files in the explorer', () => {
  it.each(['gephi-LesMiserables.gexf', 'lite-LesMiserables.json', 'nx-test-yed-3.17-groups.graphml'])(
    '%s opens with its labels, weights and edge types, and exports them',
    (name) => {
      const imported = importGraph(readGraphFileBytes(name)).graph;
      const g = normalizeGraph(parseGraphFile(name, readGraphFileBytes(name)), name);
      expect(g.everyNode((n, a) => a.label === (imported.getNodeAttribute(n, 'label') ?? n))).toBe(true);
      expect(g.everyEdge((e, a) => (a.undirected === true) === imported.isUndirected(e))).toBe(true);
      const again = importGraph(toGexf(g).text).graph;
      expect(again.type).toBe(imported.type === 'mixed' && !imported.undirectedSize ? 'directed' : imported.type);
      expect(again.everyEdge((e, a) => a.weight === imported.getEdgeAttribute(e, 'weight'))).toBe(true);
    },
  );
});

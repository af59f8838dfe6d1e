// GEXF's hierarchy, time and meta kept as data rather than flattened away.
import { describe, expect, it } from 'vitest';
import { importGraph } from './index.ts';

const GEXF = (body: string, graph = '<graph defaultedgetype="directed">') =>
  `<gexf xmlns="http://gexf.net/1.3" version="1.3">${body.includes('<meta') ? '' : ''}${graph}${body}</graph></gexf>`;

describe('GEXF hierarchy, time and meta', () => {
  it('keeps nested nodes, pid and <parents> as parent and parents', () => {
    const { graph, warnings } = importGraph(
      GEXF(
        '<nodes><node id="a"><nodes><node id="b"><nodes><node id="c"/></nodes></node></nodes></node><node id="d" pid="a"/><node id="e"><parents><parent for="a"/><parent for="d"/></parents></node></nodes>',
      ),
    );
    expect(graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(['a', 'b', 'c', 'd'].map((n) => graph.getNodeAttribute(n, 'parent'))).toEqual([undefined, 'a', 'b', 'a']);
    expect(graph.getNodeAttribute('e', 'parents')).toEqual(['a', 'd']);
    expect(warnings).toEqual([]);
  });

  it('keeps intervals, spells and every dynamic value, the attribute holding the last', () => {
    const { graph, warnings } = importGraph(
      GEXF(
        `<attributes class="node" mode="dynamic"><attribute id="0" title="score" type="double"/></attributes>
<nodes><node id="a" start="2001" end="2009"><spells><spell start="2001" end="2003"/><spell start="2005"/></spells>
<attvalues><attvalue for="0" value="1.5" start="2001" end="2003"/><attvalue for="0" value="2.5" start="2005"/></attvalues></node></nodes>
<edges><edge source="a" target="a"><attvalues><attvalue for="weight" value="1" timestamp="2004"/></attvalues></edge></edges>`,
        '<graph mode="dynamic" timeformat="date" defaultedgetype="directed">',
      ),
    );
    const a = graph.getNodeAttributes('a');
    expect(a.start).toBe('2001');
    expect(a.end).toBe('2009');
    expect(a.spells).toEqual([{ start: '2001', end: '2003' }, { start: '2005' }]);
    expect(a.score).toBe(2.5);
    expect({ ...a.dynamics }).toEqual({
      score: [
        { value: 1.5, start: '2001', end: '2003' },
        { value: 2.5, start: '2005' },
      ],
    });
    expect(graph.getAttributes()).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
    expect(warnings.join('\n')).toMatch(/time is kept as data/);
    expect(warnings.join('\n')).toMatch(/no edge attribute "weight" is declared/);
  });

  it('keeps the meta: creator, title, description, keywords, lastmodifieddate', () => {
    const { graph } = importGraph(
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta lastmodifieddate="2009-03-20"><creator>Gephi</creator><title>TITLE</title><description>D</description><keywords>k</keywords></meta><graph/></gexf>',
    );
    expect(graph.getAttributes()).toEqual({ lastmodifieddate: '2009-03-20', creator: 'Gephi', title: 'TITLE', description: 'D', keywords: 'k' });
  });
});

describe('GEXF lists', () => {
  it('splits liststring values without stray quotes or spaces', () => {
    const values = ['a |b | c', '[a, b, c]', "['a', '\\'b\\'', 'c, d']", '[&quot;a&quot;, &quot;b&quot;]', "['a', &quot;b&quot;, 'c']"];
    const { graph } = importGraph(
      GEXF(`<attributes class="node">${values.map((_v, i) => `<attribute id="${i}" title="l${i}" type="liststring"/>`).join('')}</attributes>
<nodes><node id="n"><attvalues>${values.map((v, i) => `<attvalue for="${i}" value="${v}"/>`).join('')}</attvalues></node></nodes>`),
    );
    expect(values.map((_v, i) => graph.getNodeAttribute('n', `l${i}`))).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', "'b'", 'c, d'],
      ['a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });
});

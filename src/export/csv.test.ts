import { beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../model/graph.ts';
import { exportCsv } from './index.ts';
import { awkwardGraph, kbGraph } from './test-support.ts';
import type { AnyGraph } from './types.ts';

/** RFC 4180, as Gephi and neo4j-admin read it: quoted fields may hold commas, quotes, line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

const records = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

let kb: AnyGraph;
beforeAll(async () => {
  kb = await kbGraph();
});

describe('CSV export', () => {
  it("has the headers Gephi's spreadsheet import and neo4j-admin import look for", () => {
    const { nodes, edges } = exportCsv(kb);
    expect(nodes.split('\n')[0]).toMatch(
      /^Id,Label,:ID,:LABEL,x:double,y:double,size:double,color:string,entityType:string,name\.pl:string,name\.en:string,aliases:string,/,
    );
    expect(nodes.split('\n')[0]).toContain(',pagerank:double,degree:int,');
    expect(edges.split('\n')[0]).toMatch(
      /^Source,Target,Type,Id,Label,:START_ID,:END_ID,:TYPE,size:double,color:string,relationType:string,factuality:string,polarity:string,status:string,basis:string,claimedBy:string,corroboration\.sources:int,corroboration\.outlets:int,corroboration\.independentOutlets:int,conflicts:string,/,
    );
  });

  it('writes one row per node and edge, every value recoverable', () => {
    const { nodes, edges } = exportCsv(kb);
    const n = records(nodes);
    const e = records(edges);
    expect([n.length, e.length]).toEqual([kb.order, kb.size]);
    const kim = n.find((r) => r.Id === 'kim-jong-un')!;
    expect(kim).toMatchObject({
      Label: 'Kim Dzong Un',
      ':ID': 'kim-jong-un',
      ':LABEL': 'Person',
      'wikidata:string': 'Q56226',
      'name.en:string': 'Kim Jong Un',
    });
    expect(JSON.parse(kim['aliases:string']!)).toEqual(kb.getNodeAttribute('kim-jong-un', 'aliases'));
    const sappers = e.find((r) => r.Id === 'r-sappers-part-of-contingent-2025')!;
    expect(sappers).toMatchObject({
      Source: 'kursk-contingent-2025-sappers',
      Target: 'kursk-contingent-2025',
      Type: 'Directed',
      ':TYPE': 'PART_OF',
      'factuality:string': 'certain',
      'status:string': 'planned',
      'corroboration.independentOutlets:int': '1',
      'qualifiers.quantity.value:int': '1000',
      'qualifiers.quantity.unit.en:string': 'sappers',
      'qualifiers.quantity.basis:string': 'text',
    });
    expect(JSON.parse(sappers['claimedBy:string']!)).toEqual(['sergei-shoigu']);
    expect(JSON.parse(sappers['evidence:string']!)).toEqual(kb.getEdgeAttribute('r-sappers-part-of-contingent-2025', 'evidence'));
  });

  it('quotes what needs quoting and says what it cannot carry', () => {
    const { nodes, edges, warnings } = exportCsv(awkwardGraph());
    const n = records(nodes);
    expect(n.find((r) => r.Id === 'id with spaces <&>"\'')!.Label).toBe('Tab\there\nnew line "double" \'single\' <b>&amp;</b> 😀');
    expect(JSON.parse(records(edges).find((r) => r.Id === 'u1')!['evidence:string']!)[0].quote).toBe('a "quote", with, commas');
    expect(records(edges).find((r) => r.Id === 'u1')!.Type).toBe('Undirected');
    expect(warnings).toEqual([
      'CSV cannot carry the graph attributes name, nested (GraphML and JSON keep them)',
      "x, y, size and color are plain columns: Gephi's spreadsheet import does not place, size or colour nodes from them (GEXF does)",
    ]);
  });
});

describe('CSV formula injection', () => {
  /** Every value a spreadsheet would run as a formula, as text, plus numbers that must stay numbers. */
  function hostileGraph(): AnyGraph {
    const g = new Graph({ multi: true });
    const starts = { eq: '=1+1', plus: '+1', minus: '-3', at: '@SUM(A1)', tab: '\t=1', cr: '\r=1', quoted: "'=1", hyperlink: '=HYPERLINK("http://x","y")' };
    g.addNode('=cmd|" /C calc"!A0', { label: '=2+5', entityType: '@Person', ...starts, safe: 'a=1', digits: '3', score: -3.5, count: -7, ratio: -Infinity });
    g.addNode('-1', { label: 'plain', score: 2, count: 1, ratio: 0.5 });
    g.addDirectedEdgeWithKey('+e', '=cmd|" /C calc"!A0', '-1', { relationType: '-KNOWS', note: '=1', weight: -1 });
    g.setNodeAttribute('-1', '=key', 'x');
    return g as unknown as AnyGraph;
  }

  it('prefixes every text cell a spreadsheet would evaluate with a single quote', () => {
    const { nodes, edges } = exportCsv(hostileGraph());
    const [node] = records(nodes);
    expect(node).toMatchObject({
      Id: `'=cmd|" /C calc"!A0`,
      Label: "'=2+5",
      ':ID': `'=cmd|" /C calc"!A0`,
      ':LABEL': "'@Person",
      'eq:string': "'=1+1",
      'plus:string': "'+1",
      'minus:string': "'-3",
      'at:string': "'@SUM(A1)",
      'tab:string': "'\t=1",
      'cr:string': "'\r=1",
      'quoted:string': "''=1",
      'hyperlink:string': `'=HYPERLINK("http://x","y")`,
      'safe:string': 'a=1',
      'digits:string': '3',
    });
    expect(records(nodes)[1]).toMatchObject({ Id: "'-1", ':ID': "'-1", "'=key:string": 'x' });
    const [edge] = records(edges);
    expect(edge).toMatchObject({
      Source: `'=cmd|" /C calc"!A0`,
      Target: "'-1",
      Id: "'+e",
      ':START_ID': `'=cmd|" /C calc"!A0`,
      ':END_ID': "'-1",
      ':TYPE': "'-KNOWS",
      'note:string': "'=1",
    });
    // The only cells of either file starting with a formula character are negative numbers.
    const risky = [nodes, edges].flatMap((text) => parseCsv(text).flat()).filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky.sort()).toEqual(['-1', '-1', '-3.5', '-7', '-INF']);
  });

  it('keeps numbers in typed columns as numbers, negative and infinite ones too', () => {
    const { nodes, edges } = exportCsv(hostileGraph());
    const [a, b] = records(nodes);
    expect([a!['score:double'], a!['count:int'], a!['ratio:double']]).toEqual(['-3.5', '-7', '-INF']);
    expect([b!['score:double'], b!['count:int'], b!['ratio:double']]).toEqual(['2', '1', '0.5']);
    expect(records(edges)[0]!['weight:int']).toBe('-1');
  });

  it("writes an edge's weight both as Gephi's Weight column and as neo4j's typed property", () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('b');
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { weight: 2.5 });
    g.addDirectedEdgeWithKey('e2', 'b', 'a', { weight: 'heavy' });
    g.addDirectedEdgeWithKey('e3', 'b', 'a');
    const { edges } = exportCsv(g as unknown as AnyGraph);
    const header = parseCsv(edges)[0]!;
    expect(header.slice(0, 9)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', ':START_ID', ':END_ID', ':TYPE']);
    expect(records(edges).map((r) => r.Weight)).toEqual(['2.5', '', '']);
    expect(header.filter((h) => /^weight:/.test(h))).toHaveLength(1);
    // Without weights, no Weight column.
    const plain = new Graph();
    plain.addNode('a');
    plain.addDirectedEdge('a', 'a');
    expect(parseCsv(exportCsv(plain as unknown as AnyGraph).edges)[0]).not.toContain('Weight');
  });

  it('is undone exactly by dropping one quote before a formula character', () => {
    const undo = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    const g = hostileGraph();
    const [node] = records(exportCsv(g).nodes);
    for (const key of ['eq', 'plus', 'minus', 'at', 'tab', 'cr', 'quoted', 'hyperlink', 'safe', 'digits'])
      expect(undo(node![`${key}:string`]!)).toBe(g.getNodeAttribute('=cmd|" /C calc"!A0', key));
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
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
    expect(nodes.split('\n')[0]).toMatch(/^Id,Label,:ID,:LABEL,x:double,y:double,size:double,color:string,entityType:string,name\.pl:string,name\.en:string,aliases:string,/);
    expect(nodes.split('\n')[0]).toContain(',pagerank:double,degree:int,');
    expect(edges.split('\n')[0]).toMatch(/^Source,Target,Type,Id,Label,:START_ID,:END_ID,:TYPE,size:double,color:string,relationType:string,factuality:string,polarity:string,status:string,basis:string,claimedBy:string,corroboration\.sources:int,corroboration\.outlets:int,corroboration\.independentOutlets:int,conflicts:string,/);
  });

  it('writes one row per node and edge, every value recoverable', () => {
    const { nodes, edges } = exportCsv(kb);
    const n = records(nodes);
    const e = records(edges);
    expect([n.length, e.length]).toEqual([kb.order, kb.size]);
    const kim = n.find((r) => r.Id === 'kim-jong-un')!;
    expect(kim).toMatchObject({ Label: 'Kim Dzong Un', ':ID': 'kim-jong-un', ':LABEL': 'Person', 'wikidata:string': 'Q56226', 'name.en:string': 'Kim Jong Un' });
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

// The data table's rows over the small multi-source knowledge base (src/query/fixtures/multi-source-kb.ts).
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../compile/graph.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { DEPLOYMENT, multiSourceFiles } from '../../query/fixtures/multi-source-kb.ts';
import { filterGraph } from './filters.ts';
import { EMPTY_FILTERS } from './store.ts';
import { COLUMNS, entityRows, nextOrder, pageOf, pageWith, relationRows, searchRows, sortRows, type TableRow } from './table.ts';
import type { KnowledgeGraphData } from './types.ts';

let graph: KnowledgeGraphData;
beforeAll(() => {
  const loaded = loadKnowledgeBase(multiSourceFiles(DEPLOYMENT));
  if (!loaded.ok) throw new Error('fixture does not load');
  graph = buildGraph(loaded.value) as unknown as KnowledgeGraphData;
});

const col = (kind: keyof typeof COLUMNS, key: string) => (COLUMNS[kind] as readonly string[]).indexOf(key);
const ids = (rows: TableRow[]) => rows.map((r) => r.id);

describe('entity rows', () => {
  test('one per drawn entity, named in the language asked, with drawn degree, sources and claims', () => {
    const rows = entityRows(graph, 'en');
    expect(rows).toHaveLength(graph.order);
    const troops = rows.find((r) => r.id === 'nk-troops-kursk')!;
    expect(troops.cells[col('entities', 'name')]).toBe('North Korean troops in Kursk Oblast');
    expect(troops.sort[col('entities', 'degree')]).toBe(5);
    expect(Number(troops.cells[col('entities', 'sources')])).toBeGreaterThan(1);
    // The UK MoD has no relation of its own but claims four of them.
    const mod = rows.find((r) => r.id === 'uk-ministry-of-defence')!;
    expect(mod.sort[col('entities', 'degree')]).toBe(0);
    expect(mod.sort[col('entities', 'claims')]).toBe(4);
    expect(entityRows(graph, 'pl').find((r) => r.id === 'north-korea')!.cells[0]).toBe('Korea Północna');
  });

  test('follow the filters: only what the filtered graph holds, degrees as drawn', () => {
    const filtered = filterGraph(graph, { ...EMPTY_FILTERS, entityTypes: ['Place'] });
    const rows = entityRows(filtered, 'en');
    expect(ids(rows)).not.toContain('kursk-oblast');
    expect(rows.find((r) => r.id === 'nk-troops-kursk')!.sort[col('entities', 'degree')]).toBe(4);
  });
});

describe('relation rows', () => {
  test('ends, type, certainty, claimants, outlets and quotes', () => {
    const sent = relationRows(graph, 'en').find((r) => r.id === 'r-nk-sent-troops')!;
    expect(sent.cells[col('relations', 'from')]).toBe('North Korea');
    expect(sent.cells[col('relations', 'to')]).toBe('North Korean troops in Kursk Oblast');
    expect(sent.sort[col('relations', 'outlets')]).toBe(2);
    expect(sent.sort[col('relations', 'quotes')]).toBe(5);
    expect(sent.cells[col('relations', 'claimants')]).toContain('UK Ministry of Defence');
  });

  test('certainty sorts by its rank, not by its label', () => {
    const g = graph.copy() as KnowledgeGraphData;
    g.setEdgeAttribute('r-losses-mod-june', 'factuality', 'possible');
    g.setEdgeAttribute('r-losses-nis-june', 'factuality', 'probable');
    const rows = sortRows(relationRows(g, 'en'), { column: col('relations', 'certainty'), direction: 'ascending' }, 'en');
    expect(ids(rows).slice(0, 2)).toEqual(['r-losses-mod-june', 'r-losses-nis-june']);
  });
});

describe('sorting, searching and paging', () => {
  test('numbers sort as numbers, text by the language collation, ties by id, either way round', () => {
    const rows = entityRows(graph, 'pl');
    const byDegree = sortRows(rows, { column: col('entities', 'degree'), direction: 'descending' }, 'pl');
    expect(byDegree.map((r) => r.sort[col('entities', 'degree')])).toEqual([5, 3, 1, 1, 0, 0, 0]);
    // Equal degrees keep id order whichever the direction.
    expect(ids(byDegree).slice(2, 4)).toEqual(['kursk-oblast', 'north-korea']);
    const byName = sortRows(rows, { column: 0, direction: 'ascending' }, 'pl');
    expect(byName.map((r) => r.cells[0])).toEqual([...rows.map((r) => r.cells[0]!)].sort((a, b) => a.localeCompare(b, 'pl')));
    expect(ids(sortRows(rows, { column: 0, direction: 'descending' }, 'pl'))).toEqual(ids(byName).reverse());
  });

  test('a click sorts a column its natural way first, then the other way', () => {
    const start = { column: 0, direction: 'ascending' as const };
    expect(nextOrder(start, 0, false)).toEqual({ column: 0, direction: 'descending' });
    expect(nextOrder(start, 2, true)).toEqual({ column: 2, direction: 'descending' });
    expect(nextOrder(start, 1, false)).toEqual({ column: 1, direction: 'ascending' });
  });

  test('search matches every word, whatever the case and diacritics', () => {
    const rows = entityRows(graph, 'pl');
    expect(ids(searchRows(rows, 'POLNOCNA'))).toEqual(['north-korea']);
    expect(ids(searchRows(rows, 'kursk żołnierze'))).toEqual(['nk-troops-kursk']);
    expect(searchRows(rows, '  ')).toHaveLength(rows.length);
    expect(searchRows(rows, 'nothing-like-it')).toEqual([]);
  });

  test('pages are clamped, and the page holding a row is found', () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ id: `r${String(i).padStart(3, '0')}`, cells: [], sort: [] }));
    expect(pageOf(rows, 0, 100)).toMatchObject({ page: 0, pages: 3 });
    expect(pageOf(rows, 9, 100).rows).toHaveLength(50);
    expect(pageOf(rows, 9, 100).page).toBe(2);
    expect(pageOf([], 3, 100)).toEqual({ rows: [], page: 0, pages: 1 });
    expect(pageWith(rows, 'r150', 100)).toBe(1);
    expect(pageWith(rows, 'zzz', 100)).toBe(-1);
  });
});

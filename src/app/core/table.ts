// The data table's rows: the entities and the relations of the drawn graph (so filtered
// as the graph is), a cell per column in the UI's language, a value to sort each column
// by, and (on the first search) folded text to match against. Sorting and searching are pure, so the
// panel only pages through what they return. Framework-free.
import { foldName } from '../../model/normalize.ts';
import type { Lang } from '../../model/types.ts';
import { pick } from './i18n.ts';
import { claimLabel, entityLabel } from './relations.ts';
import type { KnowledgeGraphData } from './types.ts';

export type TableKind = 'entities' | 'relations';

export const COLUMNS = {
  entities: ['name', 'type', 'degree', 'sources', 'claims'],
  relations: ['from', 'relation', 'to', 'certainty', 'claimants', 'outlets', 'quotes'],
} as const;

export type ColumnKey = (typeof COLUMNS)[TableKind][number];
/** Columns that hold numbers: right-aligned, sorted largest first on the first click. */
export const NUMERIC: ReadonlySet<ColumnKey> = new Set(['degree', 'sources', 'claims', 'outlets', 'quotes']);

export interface TableRow {
  id: string;
  /** Shown text, one per column of its kind. */
  cells: string[];
  /** What each column sorts by. */
  sort: Array<string | number>;
}

export interface SortOrder {
  column: number;
  direction: 'ascending' | 'descending';
}

function row(id: string, cells: Array<[shown: string, sort: string | number]>): TableRow {
  return { id, cells: cells.map(([shown]) => shown), sort: cells.map(([, sort]) => sort) };
}

/** One row per entity: its name, type, relations drawn, sources quoting them, and relations it is claimant of. */
export function entityRows(graph: KnowledgeGraphData, lang: Lang): TableRow[] {
  const { entityTypes } = graph.getAttribute('ontology');
  const claims = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    for (const claimant of a.claimedBy ?? []) claims.set(claimant, (claims.get(claimant) ?? 0) + 1);
  });
  return graph.mapNodes((node, a) => {
    const sources = new Set<string>();
    graph.forEachEdge(node, (_e, e) => {
      for (const q of e.evidence) sources.add(q.source);
    });
    const type = pick(entityTypes[a.entityType]?.label, lang) || a.entityType;
    const name = entityLabel(graph, node, lang);
    return row(node, [
      [name, name],
      [type, type],
      [String(graph.degree(node)), graph.degree(node)],
      [String(sources.size), sources.size],
      [String(claims.get(node) ?? 0), claims.get(node) ?? 0],
    ]);
  });
}

/** One row per relation: its ends, type, certainty (sorted by rank), claimants, independent outlets and quotes. */
export function relationRows(graph: KnowledgeGraphData, lang: Lang): TableRow[] {
  const ontology = graph.getAttribute('ontology');
  const name = (id: string) => entityLabel(graph, id, lang);
  return graph.mapEdges((edge, a, source, target) => {
    const type = pick(ontology.relationTypes[a.relationType]?.label, lang) || a.relationType;
    const certainty = a.factuality ? claimLabel(ontology, a.factuality, a.status, lang) : '';
    const rank = ontology.factuality?.[a.factuality]?.rank ?? -1;
    const claimants = (a.claimedBy ?? []).map(name).join(', ');
    const outlets = a.corroboration?.independentOutlets ?? 0;
    return row(edge, [
      [name(source), name(source)],
      [type, type],
      [name(target), name(target)],
      [certainty, rank],
      [claimants, claimants],
      [String(outlets), outlets],
      [String(a.evidence.length), a.evidence.length],
    ]);
  });
}

/** Every cell of a row, folded: made on the first search, not for every row of a table that may never be searched. */
const haystacks = new WeakMap<TableRow, string>();
function haystack(row: TableRow): string {
  let text = haystacks.get(row);
  if (text === undefined) haystacks.set(row, (text = foldName(row.cells.join(' \u0000 '))));
  return text;
}

/** Rows whose text holds every word of `query`, folded (case and diacritics aside). */
export function searchRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = foldName(query).split(' ').filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => words.every((w) => haystack(r).includes(w)));
}

/** Sorted by one column, ties by id: the same rows always come in the same order. */
export function sortRows(rows: readonly TableRow[], order: SortOrder, lang: Lang): TableRow[] {
  const collator = new Intl.Collator(lang === 'pl' ? 'pl' : 'en', { sensitivity: 'base', numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  const by = (a: TableRow, b: TableRow) => {
    const x = a.sort[order.column]!;
    const y = b.sort[order.column]!;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c * sign || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  return [...rows].sort(by);
}

/** The order after clicking a column: the other way round if it is the sorted one, else its natural first way. */
export function nextOrder(current: SortOrder, column: number, numeric: boolean): SortOrder {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: numeric ? 'descending' : 'ascending' };
}

/** One page of `size` rows (`page` counted from 0, clamped to the last). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

/** The page that holds the row `id`, or -1. */
export function pageWith(rows: readonly TableRow[], id: string, size: number): number {
  const index = rows.findIndex((r) => r.id === id);
  return index < 0 ? -1 : Math.floor(index / size);
}

// Two CSV files, nodes and edges, whose one header serves both Gephi's spreadsheet import
// (it looks for Id, Label; Source, Target, Type) and `neo4j-admin database import` (it
// reads :ID, :LABEL; :START_ID, :END_ID, :TYPE, and `name:type` property columns). Each
// tool takes the other's columns as plain properties. An edge's numeric `weight` is
// written twice: as `Weight`, the one column Gephi takes as edge weight (it matches the
// names case-insensitively, as Id and Source), and as the typed `weight:double` property
// neo4j-admin reads (for which `Weight` is another, differently cased, property).
// Values use the flat encoding of
// flat.ts; cells are RFC 4180 (quoted when needed, quotes doubled). A text cell that a
// spreadsheet would evaluate as a formula gets a leading `'` (OWASP's CSV injection
// advice); numbers, booleans and JSON stay as they are.
import { Chunker } from './chunks.ts';
import { ColumnSet, columnIndex, rowValues, type Attributes, type Column, type ScalarType } from './flat.ts';
import { exportOf, Notes } from './notes.ts';
import type { AnyGraph, Export } from './types.ts';

const NEO4J_TYPE: Record<ScalarType, string> = { string: 'string', integer: 'int', long: 'long', double: 'double', boolean: 'boolean' };
const LABEL = new Set(['label']);

function csvCell(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// = + - @ TAB CR start a formula in Excel, LibreOffice and Google Sheets. Quotes already
// leading such a text are counted in, so stripping one `'` before them undoes it exactly.
const FORMULA = /^'*[=+\-@\t\r]/;

/** A text value as a spreadsheet cannot run it: `=1+1` → `'=1+1`, `-3` (text) → `'-3`. */
function textCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** Typed numbers and booleans are written as they are; JSON never starts a formula (a negative number at most). */
const isText = (c: Column) => c.type === 'string' && !c.json;

const header = (fixed: string[], columns: Column[]) => [...fixed, ...columns.map((c) => textCell(`${c.title}:${NEO4J_TYPE[c.type]}`))].map(csvCell).join(',');

/** `fixed`: the tools' own columns; text is guarded against formulas, a number (Gephi's Weight) written as it is. */
function row(fixed: Array<string | number>, attributes: Attributes, columns: Column[], index: Map<string, Column>): string {
  const values = new Map(rowValues(attributes, index, LABEL));
  const cells = columns.map((c) => {
    const v = values.get(c) ?? '';
    return isText(c) ? textCell(v) : v;
  });
  return [...fixed.map((v) => (typeof v === 'number' ? String(v) : textCell(v))), ...cells].map(csvCell).join(',') + '\n';
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const weightOf = (a: Attributes): number | undefined => (typeof a.weight === 'number' && Number.isFinite(a.weight) ? a.weight : undefined);

export function csv(graph: AnyGraph): Export {
  const notes = new Notes();
  const nodeSet = new ColumnSet(notes);
  let placed = false;
  for (const { attributes } of graph.nodeEntries()) {
    nodeSet.observe(attributes, typeof attributes.label === 'string' ? LABEL : undefined);
    placed ||= typeof attributes.x === 'number';
  }
  const edgeSet = new ColumnSet(notes);
  let weighted = false;
  for (const { attributes } of graph.edgeEntries()) {
    edgeSet.observe(attributes, typeof attributes.label === 'string' ? LABEL : undefined);
    weighted ||= weightOf(attributes) !== undefined;
  }
  const [nodeColumns, edgeColumns] = [nodeSet.columns(), edgeSet.columns()];

  const graphKeys = Object.keys(graph.getAttributes());
  if (graphKeys.length) notes.add('graph-attributes', `CSV cannot carry the graph attributes ${graphKeys.join(', ')} (GraphML and JSON keep them)`);
  if (placed) notes.add('viz', "x, y, size and color are plain columns: Gephi's spreadsheet import does not place, size or colour nodes from them (GEXF does)");

  function* nodes(): Generator<string> {
    const out = new Chunker();
    const index = columnIndex(nodeColumns);
    out.push(header(['Id', 'Label', ':ID', ':LABEL'], nodeColumns) + '\n');
    for (const { node, attributes } of graph.nodeEntries()) {
      out.push(row([node, text(attributes.label) ?? node, node, text(attributes.entityType) ?? ''], attributes, nodeColumns, index));
      if (out.full) yield out.take();
    }
    yield out.take();
  }

  function* edges(): Generator<string> {
    const out = new Chunker();
    const index = columnIndex(edgeColumns);
    out.push(header(['Source', 'Target', 'Type', 'Id', 'Label', ...(weighted ? ['Weight'] : []), ':START_ID', ':END_ID', ':TYPE'], edgeColumns) + '\n');
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      const type = text(attributes.relationType) ?? text(attributes.label) ?? 'RELATED';
      const weight = weighted ? [weightOf(attributes) ?? ''] : [];
      const fixed = [source, target, undirected ? 'Undirected' : 'Directed', edge, text(attributes.label) ?? '', ...weight, source, target, type];
      out.push(row(fixed, attributes, edgeColumns, index));
      if (out.full) yield out.take();
    }
    yield out.take();
  }

  const files = [
    { name: 'nodes.csv', chunks: nodes() },
    { name: 'edges.csv', chunks: edges() },
  ];
  return exportOf(files, notes);
}

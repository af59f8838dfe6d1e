// GEXF 1.3 and 1.2draft, valid against the official RELAX NG schemas (schemas/gexf/), in
// chunks. Not graphology-gexf's writer: it builds one string (V8's limit stops it near
// 330k nodes), infers attribute types from values instead of declaring them, and its
// output fails both schemas (1.2 viz namespace, edge size as viz:size, stray <meta>
// children, xsi:schemaLocation in 1.3). Its parser still reads what this writes (tested).
//
// Native GEXF places: label; viz color, position, size (nodes) and thickness (edges);
// edge weight. A value goes there when it comes back identical, else (a colour written
// `#ABC`, a negative size) it is also kept as a column, as edge colour and size always
// are. Everything else is a column in the flat encoding of flat.ts.
import { formatColor, parseColor, type Rgba } from './color.ts';
import { Chunker } from './chunks.ts';
import { ColumnSet, columnIndex, formatNumber, rowValues, type Attributes, type Column, type ScalarType } from './flat.ts';
import { exportOf, Notes } from './notes.ts';
import type { AnyGraph, Export } from './types.ts';
import { xmlAttrs, xmlText } from './xml.ts';

export type GexfVersion = '1.3' | '1.2draft';

export interface GexfOptions {
  /** `1.3` (default) or `1.2draft` (`1.2` is accepted), which NetworkX 2.8 reads. */
  version: GexfVersion | '1.2';
}

const GEXF_NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
};

/** Graph attributes GEXF's <meta> can hold. */
const GEXF_META = ['creator', 'description', 'keywords'] as const;

const GEXF_TYPE: Record<ScalarType, string> = { string: 'string', integer: 'integer', long: 'long', double: 'double', boolean: 'boolean' };

interface Native {
  label?: string;
  color?: Rgba;
  position?: { x: number; y: number; z: number };
  size?: number;
  weight?: number;
  /** Attribute keys fully carried by the native places. */
  consumed: Set<string>;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function nativeOf(a: Attributes, kind: 'node' | 'edge'): Native {
  const consumed = new Set<string>();
  const out: Native = { consumed };
  if (typeof a.label === 'string') {
    out.label = a.label;
    consumed.add('label');
  }
  // Edge colour and size stay columns too: NetworkX 2.8 reads no edge viz.
  const color = typeof a.color === 'string' ? parseColor(a.color) : null;
  if (color) {
    out.color = color;
    if (kind === 'node' && formatColor(color) === a.color) consumed.add('color');
  }
  if (finite(a.size) && a.size >= 0) {
    out.size = a.size;
    if (kind === 'node') consumed.add('size');
  }
  if (kind === 'node' && finite(a.x) && finite(a.y)) {
    // z stays a column: 1.2draft requires viz z, so 0 here cannot mean "absent".
    out.position = { x: a.x, y: a.y, z: finite(a.z) ? a.z : 0 };
    consumed.add('x').add('y');
  }
  if (kind === 'edge' && finite(a.weight)) {
    out.weight = a.weight;
    consumed.add('weight');
  }
  return out;
}

// 1.3 colours are hex, which graphology-gexf (Gephi Lite) reads back as the same string.
function vizXml(n: Native, kind: 'node' | 'edge', version: GexfVersion, pad: string): string {
  let out = '';
  if (n.color) {
    const { r, g, b, a } = n.color;
    const channels = version === '1.3' ? `hex="${formatColor({ r, g, b })}"` : `r="${r}" g="${g}" b="${b}"`;
    out += `${pad}<viz:color ${channels}${a === undefined ? '' : ` a="${a}"`}/>\n`;
  }
  if (n.position) out += `${pad}<viz:position x="${n.position.x}" y="${n.position.y}" z="${n.position.z}"/>\n`;
  if (n.size !== undefined) out += `${pad}<viz:${kind === 'node' ? 'size' : 'thickness'} value="${n.size}"/>\n`;
  return out;
}

function attributesXml(kind: 'node' | 'edge', columns: Column[], version: GexfVersion, notes: Notes): string {
  if (!columns.length) return '';
  const mode = version === '1.2draft' ? ' mode="static"' : '';
  const lines = columns.map(
    (c) =>
      `      <attribute${xmlAttrs(
        [
          ['id', c.id],
          ['title', c.title],
          ['type', GEXF_TYPE[c.type]],
        ],
        notes,
      )}/>\n`,
  );
  return `    <attributes class="${kind}"${mode}>\n${lines.join('')}    </attributes>\n`;
}

function attvaluesXml(values: Array<[Column, string]>, notes: Notes): string {
  if (!values.length) return '';
  let out = '        <attvalues>\n';
  for (const [c, v] of values)
    out += `          <attvalue${xmlAttrs(
      [
        ['for', c.id],
        ['value', v],
      ],
      notes,
    )}/>\n`;
  return `${out}        </attvalues>\n`;
}

function gexfVersion(v: string | undefined): GexfVersion {
  if (v === undefined || v === '1.3') return '1.3';
  if (v === '1.2' || v === '1.2draft') return '1.2draft';
  throw new Error(`faktograf/export: unknown GEXF version "${v}"; use 1.3 or 1.2draft`);
}

export function gexf(graph: AnyGraph, options: Partial<GexfOptions> = {}): Export {
  const version = gexfVersion(options.version);
  const ns = GEXF_NAMESPACES[version];
  const notes = new Notes();

  const nodeSet = new ColumnSet(notes);
  for (const { attributes } of graph.nodeEntries()) nodeSet.observe(attributes, nativeOf(attributes, 'node').consumed);
  const edgeSet = new ColumnSet(notes);
  for (const { attributes } of graph.edgeEntries()) edgeSet.observe(attributes, nativeOf(attributes, 'edge').consumed);
  const [nodeColumns, edgeColumns] = [nodeSet.columns(), edgeSet.columns()];

  const graphAttributes = graph.getAttributes();
  const left = Object.keys(graphAttributes).filter((k) => !(GEXF_META as readonly string[]).includes(k) || typeof graphAttributes[k] !== 'string');
  if (left.length)
    notes.add(
      'graph-attributes',
      `GEXF cannot carry the graph attributes ${left.join(', ')}: its <meta> holds only ${GEXF_META.join(', ')} (GraphML and JSON keep them)`,
    );

  function* chunks(): Generator<string> {
    const out = new Chunker();
    const defaultType = graph.type === 'undirected' ? 'undirected' : 'directed';
    const meta = { creator: 'Faktograf', ...graphAttributes } as Attributes;
    out.push(`<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" version="${ns.version}">\n  <meta>\n`);
    for (const k of GEXF_META) if (typeof meta[k] === 'string') out.push(`    <${k}>${xmlText(meta[k] as string, notes)}</${k}>\n`);
    out.push(`  </meta>\n  <graph defaultedgetype="${defaultType}"${version === '1.2draft' ? ' mode="static"' : ''}>\n`);
    out.push(attributesXml('node', nodeColumns, version, notes) + attributesXml('edge', edgeColumns, version, notes));

    const nodeIndex = columnIndex(nodeColumns);
    out.push(`    <nodes count="${graph.order}">\n`);
    for (const { node, attributes } of graph.nodeEntries()) {
      const n = nativeOf(attributes, 'node');
      out.push(
        `      <node${xmlAttrs(
          [
            ['id', node],
            ['label', n.label],
          ],
          notes,
        )}>\n`,
      );
      out.push(attvaluesXml(rowValues(attributes, nodeIndex, n.consumed), notes) + vizXml(n, 'node', version, '        ') + '      </node>\n');
      if (out.full) yield out.take();
    }
    out.push('    </nodes>\n');

    const edgeIndex = columnIndex(edgeColumns);
    out.push(`    <edges count="${graph.size}">\n`);
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      const n = nativeOf(attributes, 'edge');
      const type = undirected && defaultType === 'directed' ? 'undirected' : undefined;
      const weight = n.weight === undefined ? undefined : formatNumber(n.weight);
      out.push(
        `      <edge${xmlAttrs(
          [
            ['id', edge],
            ['source', source],
            ['target', target],
            ['type', type],
            ['label', n.label],
            ['weight', weight],
          ],
          notes,
        )}>\n`,
      );
      out.push(attvaluesXml(rowValues(attributes, edgeIndex, n.consumed), notes) + vizXml(n, 'edge', version, '        ') + '      </edge>\n');
      if (out.full) yield out.take();
    }
    out.push('    </edges>\n  </graph>\n</gexf>\n');
    yield out.take();
  }

  return exportOf([{ name: 'graph.gexf', chunks: chunks() }], notes);
}

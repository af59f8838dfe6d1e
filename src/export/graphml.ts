// GraphML, valid against the GraphML 1.1 XML Schema (schemas/graphml/), in chunks.
// graphology-graphml only parses, so this writes the few elements GraphML needs itself.
// Every node, edge and graph attribute is a <key> in the flat encoding of flat.ts, so
// unlike GEXF the graph's own attributes (name, ontology, sources) travel too.
import { Chunker } from './chunks.ts';
import { ColumnSet, columnIndex, encodeKey, rowValues, type Attributes, type Column, type ScalarType } from './flat.ts';
import { exportOf, Notes } from './notes.ts';
import type { AnyGraph, Export } from './types.ts';
import { xmlAttrs, xmlText } from './xml.ts';

const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA_LOCATION = `${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd`;
const GRAPHML_TYPE: Record<ScalarType, string> = { string: 'string', integer: 'int', long: 'long', double: 'double', boolean: 'boolean' };

type Domain = 'graph' | 'node' | 'edge';

/** Ids are XML NMTOKENs in GraphML: other characters become `_xHHHH_` (the reader undoes it). */
function graphmlId(id: string): string {
  return /^[A-Za-z0-9.:-]+$/.test(id) ? id : encodeKey(id, /[A-Za-z0-9.:-]/);
}

/** A key's id is unique across domains; its attr.name is the column path without `:json`. */
const keyId = (domain: Domain, c: Column) => `${domain}:${c.id}`;
const keyName = (c: Column) => (c.json ? c.id.slice(0, -':json'.length) : c.id);

function dataXml(domain: Domain, values: Array<[Column, string]>, pad: string, notes: Notes): string {
  let out = '';
  for (const [c, v] of values) out += `${pad}<data key="${keyId(domain, c)}">${xmlText(v, notes)}</data>\n`;
  return out;
}

export function graphml(graph: AnyGraph): Export {
  const notes = new Notes();
  const columns = (domain: Domain, each: (set: ColumnSet) => void) => {
    const set = new ColumnSet(notes);
    each(set);
    return set.columns().map((c) => ({ domain, c }));
  };
  const graphAttributes = graph.getAttributes() as Attributes;
  const keys = [
    ...columns('graph', (s) => s.observe(graphAttributes)),
    ...columns('node', (s) => {
      for (const { attributes } of graph.nodeEntries()) s.observe(attributes);
    }),
    ...columns('edge', (s) => {
      for (const { attributes } of graph.edgeEntries()) s.observe(attributes);
    }),
  ];
  const index = (domain: Domain) => columnIndex(keys.filter((k) => k.domain === domain).map((k) => k.c));

  function* chunks(): Generator<string> {
    const out = new Chunker();
    const edgedefault = graph.type === 'undirected' ? 'undirected' : 'directed';
    out.push(
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">\n`,
    );
    for (const { domain, c } of keys)
      out.push(
        `  <key${xmlAttrs(
          [
            ['id', keyId(domain, c)],
            ['for', domain],
            ['attr.name', keyName(c)],
            ['attr.type', GRAPHML_TYPE[c.type]],
          ],
          notes,
        )}/>\n`,
      );
    out.push(`  <graph id="G" edgedefault="${edgedefault}">\n`);
    out.push(dataXml('graph', rowValues(graphAttributes, index('graph')), '    ', notes));

    const nodeIndex = index('node');
    for (const { node, attributes } of graph.nodeEntries()) {
      const data = dataXml('node', rowValues(attributes, nodeIndex), '      ', notes);
      out.push(`    <node id="${graphmlId(node)}"${data ? `>\n${data}    </node>\n` : '/>\n'}`);
      if (out.full) yield out.take();
    }
    const edgeIndex = index('edge');
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      const directed = undirected && edgedefault === 'directed' ? 'false' : undefined;
      const head = xmlAttrs(
        [
          ['id', graphmlId(edge)],
          ['source', graphmlId(source)],
          ['target', graphmlId(target)],
          ['directed', directed],
        ],
        notes,
      );
      const data = dataXml('edge', rowValues(attributes, edgeIndex), '      ', notes);
      out.push(`    <edge${head}${data ? `>\n${data}    </edge>\n` : '/>\n'}`);
      if (out.full) yield out.take();
    }
    out.push('  </graph>\n</graphml>\n');
    yield out.take();
  }

  return exportOf([{ name: 'graph.graphml', chunks: chunks() }], notes);
}

// GraphML into a graphology graph: <key> declarations typed, defaults applied, the flat
// encoding and `_xHHHH_` ids of our own exports undone. Nested graphs are flattened;
// hyperedges, ports and yEd graphics are left out with a warning; a locator is never
// followed.
import { decodeKey, type Attributes } from '../export/flat.ts';
import type { Notes } from '../export/notes.ts';
import { GraphAssembler } from './assemble.ts';
import { applyDefaults, assignValue, declareColumn, valueKind, type ColumnDecl } from './columns.ts';
import { ImportError, type ImportLimits } from './limits.ts';
import { foreignNote, type FormatReader } from './xml-format.ts';
import type { XmlTag } from './xml-reader.ts';

type Domain = 'graph' | 'node' | 'edge';

interface Key extends ColumnDecl {
  for: string;
}

interface ElementRecord {
  kind: 'node' | 'edge';
  tag: XmlTag;
  attributes: Attributes;
  seen: Set<string>;
}

interface DataRecord {
  key: Key;
  target: { attributes: Attributes; seen: Set<string> };
  line: number;
  depth: number;
  text: string;
  markup: boolean;
}

const DOMAIN_PREFIX = /^(graph|node|edge|all):/;

function required(tag: XmlTag, name: string): string {
  const v = tag.attrs[name];
  if (v === undefined) throw new ImportError(`<${tag.name}> needs the attribute ${name}`, tag.line);
  return v;
}

function directedAttr(tag: XmlTag): boolean | undefined {
  const v = tag.attrs.directed;
  if (v === undefined) return undefined;
  if (/^(true|1)$/i.test(v)) return true;
  if (/^(false|0)$/i.test(v)) return false;
  throw new ImportError(`<edge directed="${v}">: expected true or false`, tag.line);
}

export function graphmlReader(limits: ImportLimits, notes: Notes): FormatReader {
  const keys = new Map<string, Key>();
  const graphTarget = { attributes: {} as Attributes, seen: new Set<string>() };
  let assembler: GraphAssembler | undefined;
  let edgedefaultDirected = true;
  let declaring: Key | undefined;
  let defaultText: string | undefined;
  let data: DataRecord | undefined;
  const stack: ElementRecord[] = [];

  const applies = (key: Key, domain: Domain) => key.for === domain || key.for === 'all';

  const defaults = (domain: Domain, target: { attributes: Attributes; seen: Set<string> }, line: number) =>
    applyDefaults(
      [...keys].filter(([, key]) => applies(key, domain)),
      target.attributes,
      target.seen,
      line,
      limits.maxDepth,
    );

  function open(tag: XmlTag, depth: number): void {
    if (data) {
      data.markup = true;
      return;
    }
    switch (tag.name) {
      case 'key': {
        const id = required(tag, 'id');
        if (keys.has(id)) throw new ImportError(`the key "${id}" is declared twice`, tag.line);
        const name = tag.attrs['attr.name'];
        const kind = valueKind('graphml', tag.attrs['attr.type'], `the key "${name ?? id}"`, tag.line);
        declaring = { ...declareColumn(id.replace(DOMAIN_PREFIX, ''), name, kind), for: tag.attrs.for ?? 'all' };
        if (!name && !declaring.path) declaring.name = id;
        keys.set(id, declaring);
        return;
      }
      case 'default':
        if (declaring) defaultText = '';
        return;
      case 'graph':
        if (!assembler) {
          edgedefaultDirected = tag.attrs.edgedefault !== 'undirected';
          assembler = new GraphAssembler(edgedefaultDirected);
        } else notes.add('nested', 'nested graphs were flattened into one graph');
        return;
      case 'node':
      case 'edge':
        if (!assembler) throw new ImportError(`<${tag.name}> outside <graph>`, tag.line);
        stack.push({ kind: tag.name, tag, attributes: {}, seen: new Set() });
        return;
      case 'data': {
        const id = required(tag, 'key');
        let key = keys.get(id);
        if (!key) {
          notes.add('undeclared-key', `<data> for undeclared keys was read as text (first: "${id}")`);
          key = { name: id, json: false, kind: 'string', for: 'all' };
        }
        const current = stack[stack.length - 1];
        const target = current ?? graphTarget;
        data = { key, target, line: tag.line, depth, text: '', markup: false };
        target.seen.add(id);
        return;
      }
      case 'hyperedge':
        notes.add('hyperedge', 'hyperedges are not read: a graphology graph has none');
        return;
      case 'port':
        notes.add('port', 'ports are not read');
        return;
      case 'locator':
        notes.add('locator', 'a <locator> (a graph in another file) was not followed');
        return;
    }
  }

  function close(name: string, depth: number): void {
    if (data) {
      if (depth !== data.depth) return;
      if (data.markup) notes.add('markup', '<data> holding XML (such as yEd graphics) is not read');
      else assignValue(data.target.attributes, data.key, data.text, data.line, limits.maxDepth);
      data = undefined;
      return;
    }
    switch (name) {
      case 'default':
        if (declaring) declaring.defaultValue = defaultText ?? '';
        defaultText = undefined;
        return;
      case 'key':
        declaring = undefined;
        return;
      case 'node':
      case 'edge': {
        const record = stack.pop()!;
        defaults(record.kind, record, record.tag.line);
        if (record.kind === 'node') assembler!.addNode(decodeKey(required(record.tag, 'id')), record.attributes, record.tag.line);
        else {
          const id = record.tag.attrs.id;
          assembler!.addEdge({
            id: id === undefined ? undefined : decodeKey(id),
            source: decodeKey(required(record.tag, 'source')),
            target: decodeKey(required(record.tag, 'target')),
            undirected: !(directedAttr(record.tag) ?? edgedefaultDirected),
            attributes: record.attributes,
            line: record.tag.line,
          });
        }
        return;
      }
    }
  }

  return {
    format: 'graphml',
    foreign(tag) {
      // Inside <data>, another vocabulary's markup is the value (yEd graphics): reported as such.
      if (data) data.markup = true;
      else foreignNote(notes, tag);
    },
    handlers: {
      open,
      close,
      text: (t) => {
        if (data) data.text += t;
        else if (defaultText !== undefined) defaultText += t;
      },
    },
    finish() {
      if (!assembler) throw new ImportError('the file has no <graph>');
      const graph = assembler.finish();
      defaults('graph', graphTarget, 0);
      graph.replaceAttributes(graphTarget.attributes);
      return { graph, version: '' };
    },
  };
}

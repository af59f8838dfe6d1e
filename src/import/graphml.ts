// GraphML into a graphology graph: <key> declarations typed, defaults applied, the flat
// encoding and `_xHHHH_` ids of our own exports undone. Nested graphs are flattened;
// hyperedges, ports and yEd graphics are left out with a warning; a locator is never
// followed.
import { decodeKey, type Attributes } from '../export/flat.ts';
import { GraphAssembler } from './assemble.ts';
import { applyDefaults, assignValue, declareColumn, redeclared, valueKind, type ColumnDecl } from './columns.ts';
import type { Leniency } from './leniency.ts';
import { ImportError, type ImportLimits } from './limits.ts';
import { foreignNote, type FormatReader } from './xml-format.ts';
import type { XmlTag } from './xml-reader.ts';
import { isYed, YedGraphics } from './yed.ts';

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
  yed?: YedGraphics;
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

export function graphmlReader(limits: ImportLimits, leniency: Leniency): FormatReader {
  const notes = leniency.notes;
  /** Key id → its declarations; one id may be declared for nodes and for edges (Gephi does). */
  const keys = new Map<string, Key[]>();
  const graphTarget = { attributes: {} as Attributes, seen: new Set<string>() };
  let assembler: GraphAssembler | undefined;
  let edgedefaultDirected = true;
  let declaring: Key | undefined;
  let redeclaring: { first: Key; what: string; line: number } | undefined;
  let defaultText: string | undefined;
  let data: DataRecord | undefined;
  const stack: ElementRecord[] = [];

  // A key for="graphml" (yEd's resources) is the document's: read as the graph's.
  const applies = (key: Key, domain: Domain) => key.for === domain || key.for === 'all' || (domain === 'graph' && key.for === 'graphml');
  const keyFor = (id: string, domain: Domain) => keys.get(id)?.find((key) => applies(key, domain));

  const defaults = (domain: Domain, target: { attributes: Attributes; seen: Set<string> }, line: number) =>
    applyDefaults(
      [...keys].flatMap(([id, list]) => list.filter((key) => applies(key, domain)).map((key) => [id, key] as [string, Key])),
      target.attributes,
      target.seen,
      line,
      limits.maxDepth,
      leniency,
    );

  function open(tag: XmlTag, depth: number): void {
    if (data) {
      if (isYed(tag)) (data.yed ??= new YedGraphics()).open(tag, depth);
      else data.markup = true;
      return;
    }
    switch (tag.name) {
      case 'key': {
        const id = required(tag, 'id');
        const name = tag.attrs['attr.name'];
        const kind = valueKind('graphml', tag.attrs['attr.type'], `the key "${name ?? id}"`, tag.line, leniency);
        declaring = { ...declareColumn(id.replace(DOMAIN_PREFIX, ''), name, kind), for: tag.attrs.for ?? 'all' };
        if (!name && !declaring.path) declaring.name = id;
        const list = keys.get(id) ?? [];
        const first = list.find((k) => k.for === declaring!.for || k.for === 'all' || declaring!.for === 'all');
        if (first) {
          redeclaring = { first, what: `the key "${id}"`, line: tag.line };
          list.splice(list.indexOf(first), 1, declaring);
        } else {
          if (list.length)
            leniency.fix(
              'shared-key',
              `the key id "${id}" is declared for ${list[0]!.for} and for ${declaring.for}; GraphML key ids are unique`,
              'each is used where it applies',
              tag.line,
            );
          list.push(declaring);
        }
        keys.set(id, list);
        return;
      }
      case 'default':
        if (declaring) defaultText = '';
        return;
      case 'graph':
        if (!assembler) {
          if (tag.attrs.edgedefault === undefined)
            leniency.fix(
              'edgedefault',
              '<graph> has no edgedefault, which GraphML requires',
              'its edges are undirected unless they say directed="true", as graphology and NetworkX read it',
              tag.line,
            );
          edgedefaultDirected = tag.attrs.edgedefault === 'directed';
          assembler = new GraphAssembler(edgedefaultDirected, leniency);
        } else if (stack[stack.length - 1]?.kind !== 'node') notes.add('nested', 'a graph nested in an edge was flattened into the one graph');
        return;
      case 'node':
      case 'edge':
        if (!assembler) throw new ImportError(`<${tag.name}> outside <graph>`, tag.line);
        stack.push({ kind: tag.name, tag, attributes: {}, seen: new Set() });
        // A node of a graph nested in a node (a yEd group): that node is its parent.
        if (tag.name === 'node' && stack.length > 1 && stack[stack.length - 2]!.kind === 'node' && stack[stack.length - 2]!.tag.attrs.id !== undefined)
          stack[stack.length - 1]!.attributes.parent = decodeKey(stack[stack.length - 2]!.tag.attrs.id!);
        return;
      case 'data': {
        const id = required(tag, 'key');
        const current = stack[stack.length - 1];
        let key = keyFor(id, current?.kind ?? 'graph');
        if (!key) {
          leniency.fix(
            'undeclared-key',
            `<data key="${id}">: no key "${id}" is declared for ${current?.kind ?? 'the graph'}`,
            `read as the text attribute "${id}"`,
            tag.line,
          );
          key = { name: id, json: false, kind: 'string', for: 'all' };
        }
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
      if (depth !== data.depth) {
        data.yed?.close(depth);
        return;
      }
      const yed = data.yed?.apply(data.target.attributes);
      if (yed) notes.add('yed', "yEd graphics: each node's and edge's label, position, size, colour and shape were read, the rest of yEd's markup was not");
      if (data.markup || yed === false) notes.add('markup', '<data> holding XML other than yEd graphics is not read');
      else if (!data.yed) assignValue(data.target.attributes, data.key, data.text, data.line, limits.maxDepth, leniency);
      data = undefined;
      return;
    }
    switch (name) {
      case 'default':
        if (declaring) declaring.defaultValue = defaultText ?? '';
        defaultText = undefined;
        return;
      case 'key':
        if (redeclaring) redeclared(leniency, redeclaring.what, redeclaring.first, declaring!, redeclaring.line);
        declaring = redeclaring = undefined;
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
    reads: (tag) => data !== undefined && isYed(tag),
    handlers: {
      open,
      close,
      text: (t) => {
        if (data) {
          data.text += t;
          data.yed?.text(t);
        } else if (defaultText !== undefined) defaultText += t;
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

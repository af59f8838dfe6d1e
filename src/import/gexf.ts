// GEXF 1.1–1.3 into a graphology graph: declared attributes typed, the flat encoding of
// our own exports undone, viz colour, position and size back into color, x, y, size.
// Time is kept as data: an element's own interval (start, end, timestamp…) as those
// attributes, its <spells> as `spells` (a list of intervals), dynamic values as
// `dynamics` (attribute → list of {value, start, end…}) while the attribute itself keeps
// the last value. Hierarchy (nested nodes, pid) as `parent`, phylogeny as `parents`.
import { formatColor } from '../export/color.ts';
import { setPath, type Attributes } from '../export/flat.ts';
import { ownRecord } from '../model/own.ts';
import { GraphAssembler } from './assemble.ts';
import { applyDefaults, assignValue, declareColumn, redeclared, valueKind, type ColumnDecl } from './columns.ts';
import type { Leniency } from './leniency.ts';
import { ImportError, type ImportLimits } from './limits.ts';
import { foreignNote, type FormatReader } from './xml-format.ts';
import type { XmlTag } from './xml-reader.ts';

interface ElementRecord {
  kind: 'node' | 'edge';
  tag: XmlTag;
  native: Attributes;
  columns: Attributes;
  seen: Set<string>;
  /** Dynamic values by attribute name (a null-prototype record). */
  dynamics?: Record<string, Attributes[]>;
}

/** GEXF's time attributes, on nodes, edges, spells and values. */
const TIME = ['start', 'end', 'startopen', 'endopen', 'timestamp', 'timestamps'] as const;

function interval(tag: XmlTag): Attributes | undefined {
  const times = TIME.filter((k) => tag.attrs[k] !== undefined);
  return times.length ? Object.fromEntries(times.map((k) => [k, tag.attrs[k]!])) : undefined;
}

const DYNAMIC =
  'this is a dynamic GEXF: time is kept as data (attributes start, end…, spells, and dynamics: each value with its interval; the attribute itself holds the last value)';

function number(tag: XmlTag, name: string, required = false): number | undefined {
  const v = tag.attrs[name];
  if (v === undefined) {
    if (required) throw new ImportError(`<${tag.name}> needs the attribute ${name}`, tag.line);
    return undefined;
  }
  const n = /^\s*[+-]?INF\s*$/.test(v) ? (v.includes('-') ? -Infinity : Infinity) : Number(v);
  if (v.trim() === '' || (Number.isNaN(n) && v.trim() !== 'NaN')) throw new ImportError(`<${tag.name} ${name}="${v}">: not a number`, tag.line);
  return n;
}

function required(tag: XmlTag, name: string): string {
  const v = tag.attrs[name];
  if (v === undefined) throw new ImportError(`<${tag.name}> needs the attribute ${name}`, tag.line);
  return v;
}

/** viz elements; their namespace ends in /viz (`http://gexf.net/1.3/viz`, and even `http:///www.gexf.net/1.1draft/viz`). */
const VIZ = new Set(['color', 'position', 'size', 'thickness', 'shape']);
const isViz = (tag: XmlTag) => VIZ.has(tag.name) && (/\/viz$/.test(tag.uri) || tag.uri === 'viz');

function color(tag: XmlTag, leniency: Leniency): string {
  let hex = tag.attrs.hex;
  if (hex !== undefined) {
    if (/^#?[0-9a-fA-F]{3}$/.test(hex)) {
      leniency.fix('short-hex', `<color hex="${hex}">: GEXF expects #rrggbb`, 'read as CSS reads #rgb', tag.line);
      hex = hex.replace(/^#?(.)(.)(.)$/, '#$1$1$2$2$3$3');
    }
    if (!/^#?[0-9a-fA-F]{6}$/.test(hex)) throw new ImportError(`<color hex="${hex}">: expected #rrggbb`, tag.line);
    return formatColor({ r: parseInt(hex.slice(-6, -4), 16), g: parseInt(hex.slice(-4, -2), 16), b: parseInt(hex.slice(-2), 16), a: number(tag, 'a') });
  }
  const [r, g, b] = (['r', 'g', 'b'] as const).map((c) => {
    const v = number(tag, c, true)!;
    if (!Number.isInteger(v) || v < 0 || v > 255) throw new ImportError(`<color ${c}="${tag.attrs[c]}">: expected an integer 0–255`, tag.line);
    return v;
  }) as [number, number, number];
  return formatColor({ r, g, b, a: number(tag, 'a') });
}

export function gexfReader(limits: ImportLimits, leniency: Leniency): FormatReader {
  const notes = leniency.notes;
  const decls: Record<'node' | 'edge', Map<string, ColumnDecl>> = { node: new Map(), edge: new Map() };
  const graphAttributes: Attributes = {};
  let assembler: GraphAssembler | undefined;
  let defaultUndirected = false;
  let version = '';
  let attributeClass: 'node' | 'edge' | undefined;
  let declaring: ColumnDecl | undefined;
  /** The earlier declaration of the id being declared again, compared when its <default> is read. */
  let redeclaring: { first: ColumnDecl; what: string; line: number } | undefined;
  let text: string | undefined;
  const stack: ElementRecord[] = [];

  function open(tag: XmlTag, depth: number): void {
    const current = stack[stack.length - 1];
    switch (tag.name) {
      case 'gexf':
        if (depth !== 1) throw new ImportError('<gexf> may only be the root element', tag.line);
        version = tag.attrs.version ?? '';
        return;
      case 'meta':
        if (tag.attrs.lastmodifieddate !== undefined) graphAttributes.lastmodifieddate = tag.attrs.lastmodifieddate;
        return;
      case 'creator':
      case 'title':
      case 'description':
      case 'keywords':
        text = '';
        return;
      case 'graph':
        if (assembler) throw new ImportError('the file holds more than one <graph>', tag.line);
        // GEXF's default edge type is undirected.
        defaultUndirected = (tag.attrs.defaultedgetype ?? 'undirected') === 'undirected';
        assembler = new GraphAssembler(!defaultUndirected, leniency);
        if (tag.attrs.mode === 'dynamic') notes.add('dynamic', DYNAMIC);
        if (tag.attrs.mode !== undefined && tag.attrs.mode !== 'static') graphAttributes.mode = tag.attrs.mode;
        for (const k of ['timeformat', 'timerepresentation', 'timezone', ...TIME]) if (tag.attrs[k] !== undefined) graphAttributes[k] = tag.attrs[k];
        return;
      case 'attributes': {
        const cls = tag.attrs.class;
        if (cls !== 'node' && cls !== 'edge') throw new ImportError(`<attributes class="${cls ?? ''}">: the class must be node or edge`, tag.line);
        attributeClass = cls;
        return;
      }
      case 'attribute': {
        if (!attributeClass) throw new ImportError('<attribute> outside <attributes>', tag.line);
        const id = required(tag, 'id');
        const kind = valueKind('gexf', tag.attrs.type ?? 'string', `the ${attributeClass} attribute "${tag.attrs.title ?? id}"`, tag.line, leniency);
        declaring = declareColumn(id, tag.attrs.title, kind);
        redeclaring = decls[attributeClass].get(id) && {
          first: decls[attributeClass].get(id)!,
          what: `the ${attributeClass} attribute "${id}"`,
          line: tag.line,
        };
        decls[attributeClass].set(id, declaring);
        return;
      }
      case 'default':
        if (declaring) text = '';
        return;
      case 'node':
      case 'edge': {
        if (!assembler) throw new ImportError(`<${tag.name}> outside <graph>`, tag.line);
        const native: Attributes = {};
        if (tag.attrs.label !== undefined) native.label = tag.attrs.label;
        const parent = tag.name === 'node' ? (current?.kind === 'node' ? current.tag.attrs.id : tag.attrs.pid) : undefined;
        if (parent !== undefined) native.parent = parent;
        Object.assign(native, interval(tag));
        if (tag.name === 'edge') {
          const weight = number(tag, 'weight');
          if (weight !== undefined) native.weight = weight;
          if (tag.attrs.kind !== undefined) native.kind = tag.attrs.kind;
        }
        stack.push({ kind: tag.name, tag, native, columns: {}, seen: new Set() });
        return;
      }
      case 'attvalue': {
        if (!current) throw new ImportError('<attvalue> outside a node or an edge', tag.line);
        const key = attvalueFor(tag);
        const decl = decls[current.kind].get(key) ?? undeclared(current.kind, key, tag.line);
        current.seen.add(key);
        const times = interval(tag);
        if (!times || decl.path) {
          assignValue(current.columns, decl, tag.attrs.value ?? '', tag.line, limits.maxDepth, leniency);
          return;
        }
        notes.add('dynamic', DYNAMIC);
        const one: Attributes = {};
        assignValue(one, decl, tag.attrs.value ?? '', tag.line, limits.maxDepth, leniency);
        if (!Object.hasOwn(one, decl.name)) return;
        // Values come in time order; the attribute keeps the last (what a static reader shows).
        setPath(current.columns, [decl.name], one[decl.name]);
        current.dynamics ??= ownRecord();
        (current.dynamics[decl.name] ??= []).push({ value: one[decl.name], ...times });
        return;
      }
      case 'spell': {
        const times = interval(tag);
        if (current && times) ((current.native.spells ??= []) as Attributes[]).push(times);
        return;
      }
      case 'parent': {
        if (current?.kind === 'node' && tag.attrs.for !== undefined) ((current.native.parents ??= []) as string[]).push(tag.attrs.for);
        return;
      }
      case 'color':
        if (current) current.native.color = color(tag, leniency);
        return;
      case 'position':
        if (current) {
          Object.assign(current.native, { x: number(tag, 'x') ?? 0, y: number(tag, 'y') ?? 0 });
          const z = number(tag, 'z');
          if (z) current.native.z = z;
        }
        return;
      case 'size':
      case 'thickness':
        if (current) current.native.size = number(tag, 'value', true);
        return;
      case 'shape':
        notes.add('shape', 'viz:shape is not read (Faktograf has no shapes)');
        return;
      case 'spells':
        notes.add('dynamic', DYNAMIC);
        return;
    }
  }

  function close(name: string): void {
    switch (name) {
      case 'creator':
      case 'title':
      case 'description':
      case 'keywords':
        if (text !== undefined) graphAttributes[name] = text;
        text = undefined;
        return;
      case 'default':
        if (declaring) declaring.defaultValue = text ?? '';
        text = undefined;
        return;
      case 'attribute':
        if (redeclaring) redeclared(leniency, redeclaring.what, redeclaring.first, declaring!, redeclaring.line);
        declaring = redeclaring = undefined;
        return;
      case 'attributes':
        attributeClass = undefined;
        return;
      case 'node':
      case 'edge': {
        const record = stack.pop()!;
        applyDefaults(decls[record.kind], record.columns, record.seen, record.tag.line, limits.maxDepth, leniency);
        const attributes = { ...record.native, ...(record.dynamics ? { dynamics: record.dynamics } : {}), ...record.columns };
        if (record.kind === 'node') assembler!.addNode(required(record.tag, 'id'), attributes, record.tag.line);
        else {
          const type = record.tag.attrs.type;
          if (type === 'mutual') notes.add('mutual', 'mutual edges were read as undirected');
          const undirected = type === undefined ? defaultUndirected : type !== 'directed';
          assembler!.addEdge({
            id: record.tag.attrs.id,
            source: required(record.tag, 'source'),
            target: required(record.tag, 'target'),
            undirected,
            attributes,
            line: record.tag.line,
          });
        }
        return;
      }
    }
  }

  /** GEXF 1.0 and 1.1 drafts (Gephi 0.6, sigma.js's samples) name the column with id=. */
  function attvalueFor(tag: XmlTag): string {
    const key = tag.attrs.for;
    if (key !== undefined || tag.attrs.id === undefined) return required(tag, 'for');
    leniency.fix('attvalue-id', `<attvalue id="${tag.attrs.id}"> names its attribute with id (GEXF 1.0/1.1) instead of for`, 'read as for', tag.line);
    return tag.attrs.id;
  }

  function undeclared(kind: 'node' | 'edge', key: string, line: number): ColumnDecl {
    leniency.fix(`undeclared:${kind}`, `<attvalue for="${key}">: no ${kind} attribute "${key}" is declared`, `read as the text attribute "${key}"`, line);
    const decl = declareColumn(key, undefined, 'string');
    decls[kind].set(key, decl);
    return decl;
  }

  return {
    format: 'gexf',
    reads: isViz,
    foreign: (tag) => foreignNote(notes, tag),
    handlers: {
      open,
      close,
      text: (t) => {
        if (text !== undefined) text += t;
      },
    },
    finish() {
      if (!assembler) throw new ImportError('the file has no <graph>');
      const graph = assembler.finish();
      for (const [k, v] of Object.entries(graphAttributes)) graph.setAttribute(k, v);
      return { graph, version: version === '1.2' ? '1.2draft' : version };
    },
  };
}

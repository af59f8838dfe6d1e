// Declared attribute columns (GEXF <attribute>, GraphML <key>) and their values: typed
// parsing with clear errors, and the flat encoding of src/export/flat.ts undone.
import { parseColumnId, setPath, type Attributes } from '../export/flat.ts';
import type { Leniency } from './leniency.ts';
import { ImportError, parseJson } from './limits.ts';

type Kind = 'integer' | 'number' | 'boolean' | 'string';
export type ValueKind = Kind | { list: Kind };

const GEXF_KINDS: Record<string, Kind> = {
  integer: 'integer',
  long: 'integer',
  short: 'integer',
  byte: 'integer',
  biginteger: 'integer',
  double: 'number',
  float: 'number',
  bigdecimal: 'number',
  boolean: 'boolean',
  string: 'string',
  anyURI: 'string',
  char: 'string',
};
const GRAPHML_KINDS: Record<string, Kind> = { int: 'integer', long: 'integer', float: 'number', double: 'number', boolean: 'boolean', string: 'string' };
/** Names other tools write for the standard types (Gephi's own test files say `int`). */
const ALIASES: Record<string, Kind> = { int: 'integer', integer: 'integer', str: 'string', bool: 'boolean' };

/**
 * The kind of a declared type. Read leniently, a known alias is its type and an unknown
 * type is read as text; read strictly, either is an error listing the known types.
 */
export function valueKind(format: 'gexf' | 'graphml', type: string | undefined, what: string, line: number, leniency: Leniency): ValueKind {
  if (type === undefined) return 'string';
  const kinds = format === 'gexf' ? GEXF_KINDS : GRAPHML_KINDS;
  if (Object.hasOwn(kinds, type)) return kinds[type]!;
  if (format === 'gexf' && type.startsWith('list') && Object.hasOwn(kinds, type.slice(4))) return { list: kinds[type.slice(4)]! };
  const known = Object.keys(kinds).concat(format === 'gexf' ? ['list… of each'] : []);
  const problem = `${what} has the unknown type "${type}"; ${format === 'gexf' ? 'GEXF' : 'GraphML'} types are ${known.join(', ')}`;
  if (Object.hasOwn(ALIASES, type)) {
    leniency.fix(`alias:${type}`, problem, `"${type}" was read as ${ALIASES[type]}`, line);
    return ALIASES[type]!;
  }
  leniency.fix(`type:${type}`, problem, 'its values were read as text', line);
  return 'string';
}

function scalar(text: string, kind: Kind, what: string, line: number): string | number | boolean {
  const t = text.trim();
  switch (kind) {
    case 'string':
      return text;
    case 'integer':
      if (/^[+-]?\d+$/.test(t)) return Number(t);
      break;
    case 'number': {
      const special: Record<string, number> = { INF: Infinity, '+INF': Infinity, '-INF': -Infinity, NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
      if (Object.hasOwn(special, t)) return special[t]!;
      if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
      break;
    }
    case 'boolean':
      if (/^(true|1)$/i.test(t)) return true;
      if (/^(false|0)$/i.test(t)) return false;
      break;
  }
  throw new ImportError(`${what}: "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a valid ${kind}`, line);
}

/** `[a, 'b, c', "d"]`'s items: split at commas outside quotes, trimmed, quotes and their escapes undone. */
function bracketItems(inner: string): string[] {
  const items: string[] = [];
  let item = '';
  let quote = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote && c === '\\' && i + 1 < inner.length) item += c + inner[++i];
    else if (quote ? c === quote : (c === "'" || c === '"') && !item.trim()) {
      quote = quote ? '' : c;
      item += c;
    } else if (!quote && c === ',') {
      items.push(item);
      item = '';
    } else item += c;
  }
  items.push(item);
  return items.map((raw) => {
    const t = raw.trim();
    const q = t[0];
    return (q === "'" || q === '"') && t.length > 1 && t.endsWith(q) ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t;
  });
}

// GEXF 1.3 writes lists as [a, b] (Python-style quotes too); 1.2draft as a|b. Items are trimmed.
function list(text: string, kind: Kind, what: string, line: number, maxDepth: number): unknown[] {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const parsed = parseJson(t, maxDepth, what, line);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON: fall through to the comma-separated reading
    }
    const inner = t.slice(1, -1).trim();
    return inner ? bracketItems(inner).map((s) => scalar(s, kind, what, line)) : [];
  }
  return t ? t.split('|').map((s) => scalar(kind === 'string' ? s.trim() : s, kind, what, line)) : [];
}

export interface ColumnDecl {
  /** The attribute name when the column is another tool's: its title. */
  name: string;
  /** Set when the column is in our flat encoding. */
  path?: string[];
  json: boolean;
  kind: ValueKind;
  defaultValue?: string;
}

export function declareColumn(id: string, title: string | undefined, kind: ValueKind): ColumnDecl {
  const ours = parseColumnId(id, title);
  return ours ? { name: ours.path.join('.'), path: ours.path, json: ours.json, kind } : { name: title ?? id, json: false, kind };
}

/** Sets one column's value on `attributes`, typed by its declaration. */
export function assignValue(attributes: Attributes, decl: ColumnDecl, text: string, line: number, maxDepth: number, leniency: Leniency): void {
  const what = `attribute "${decl.name}"`;
  if (decl.kind !== 'string' && !decl.json && text.trim() === 'null') {
    // Gephi's "include null values" export writes the word for a missing number.
    leniency.fix(
      'null',
      `${what} of type ${typeof decl.kind === 'string' ? decl.kind : `list of ${decl.kind.list}`} has the value "null"`,
      'read as no value (the attribute is left out)',
      line,
    );
    return;
  }
  const value = decl.json
    ? parseJson(text, maxDepth, what, line)
    : typeof decl.kind === 'string'
      ? scalar(text, decl.kind, what, line)
      : list(text, decl.kind.list, what, line, maxDepth);
  setPath(attributes, decl.path ?? [decl.name], value);
}

/** Gives an element the declared default of every column it has no value for. */
export function applyDefaults(
  decls: Iterable<[string, ColumnDecl]>,
  attributes: Attributes,
  seen: Set<string>,
  line: number,
  maxDepth: number,
  leniency: Leniency,
): void {
  for (const [id, decl] of decls)
    if (!seen.has(id) && decl.defaultValue !== undefined) assignValue(attributes, decl, decl.defaultValue, line, maxDepth, leniency);
}

const declared = (d: ColumnDecl) => JSON.stringify([d.name, d.path, d.json, d.kind, d.defaultValue]);

/** A column id declared again: one warning (or, read strictly, a refusal); the later declaration is used. */
export function redeclared(leniency: Leniency, what: string, first: ColumnDecl, again: ColumnDecl, line: number): void {
  if (declared(first) === declared(again)) leniency.fix('declared-twice', `${what} is declared twice`, 'the declarations are identical, read as one', line);
  else leniency.fix('redeclared', `${what} is declared twice, differently`, 'the later declaration is used', line);
}

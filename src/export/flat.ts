// The one flat encoding every tabular format uses (GEXF, GraphML, CSV), and its inverse,
// which the importers apply. Formats that hold only typed scalars per node and edge still
// lose nothing:
//
// - a string, number or boolean is a typed column named by its key;
// - a plain object with keys is flattened: one column per leaf, named by the dotted path
//   (`name.pl`, `qualifiers.quantity.value`);
// - anything else (a list, an empty object, null) is a string column holding its JSON,
//   and so is a path whose values mix strings, numbers and booleans across elements.
//
// A column's id is its path, each key escaped to [A-Za-z0-9_-] (`_xHHHH_` for any other
// character, as XML name encoding does), joined by dots, with `:json` appended when the
// values are JSON. Its title is the readable dotted path. A reader that finds an id
// which is exactly the encoding of its title rebuilds the nested value; any other column
// (another tool's) is read as one flat attribute named by its title.
import type { Notes } from './notes.ts';

export type Attributes = Record<string, unknown>;
export type ScalarType = 'string' | 'integer' | 'long' | 'double' | 'boolean';
export type Scalar = string | number | boolean;

export interface Column {
  /** `name.pl`, `aliases:json`: unique, and a valid XML NMTOKEN. */
  id: string;
  /** Readable dotted path (`name.pl`): what Gephi shows and NetworkX keys by. */
  title: string;
  path: string[];
  type: ScalarType;
  json: boolean;
}

const INT32 = 2 ** 31 - 1;
const JSON_SUFFIX = ':json';

const KEY_CHAR = /[A-Za-z0-9-]/;

/** Escapes a key to `allowed` characters and `_`: `_xHHHH_` for any other code point (and for `_x`). */
export function encodeKey(key: string, allowed = KEY_CHAR): string {
  if (allowed === KEY_CHAR && /^(?:[A-Za-z0-9-]|_(?!x))*$/.test(key)) return key;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (allowed.test(c) || (c === '_' && key[i + 1] !== 'x')) out += c;
    else {
      const cp = key.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += `_x${cp.toString(16).toUpperCase().padStart(4, '0')}_`;
    }
  }
  return out;
}

export function decodeKey(encoded: string): string {
  return encoded.replace(/_x([0-9A-F]{4,6})_/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

export function columnId(path: string[], json: boolean): string {
  return path.map((k) => encodeKey(k)).join('.') + (json ? JSON_SUFFIX : '');
}

/** The path and JSON flag a column id stands for, when the id is our encoding of `title` (plain or escaped). */
export function parseColumnId(id: string, title: string | undefined): { path: string[]; json: boolean } | null {
  const json = id.endsWith(JSON_SUFFIX);
  const body = json ? id.slice(0, -JSON_SUFFIX.length) : id;
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(body)) return null;
  const path = body.split('.').map(decodeKey);
  if (path.some((k, i) => encodeKey(k) !== body.split('.')[i])) return null;
  return title === undefined || title === path.join('.') || title === body ? { path, json } : null;
}

// A null-prototype object is plain too: it is how data-keyed maps are made.
const isPlainObject = (v: unknown): v is Attributes => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

type Leaf = (path: string[], value: unknown, json: boolean) => void;

/** Calls `leaf` for every column value of `attributes` (own keys only), skipping the keys in `skip`. */
export function flatten(attributes: Attributes, leaf: Leaf, skip?: ReadonlySet<string>, prefix: string[] = []): void {
  for (const key of Object.keys(attributes)) {
    if (prefix.length === 0 && skip?.has(key)) continue;
    const value = attributes[key];
    if (value === undefined) continue;
    const path = [...prefix, key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') leaf(path, value, false);
    else if (isPlainObject(value) && Object.keys(value).length > 0) flatten(value, leaf, undefined, path);
    else leaf(path, value, true);
  }
}

interface Observed {
  path: string[];
  kinds: Set<'string' | 'number' | 'boolean' | 'json'>;
  int32: boolean;
  safeInt: boolean;
}

/** Infers the columns of a set of elements, in the order their paths first appear. */
export class ColumnSet {
  private readonly seen = new Map<string, Observed>();

  constructor(private readonly notes?: Notes) {}

  observe(attributes: Attributes, skip?: ReadonlySet<string>): void {
    flatten(
      attributes,
      (path, value, json) => {
        if (path.some((k) => k === '')) {
          this.notes?.add('empty-key', 'attributes with an empty name were left out: no format can name their column');
          return;
        }
        const key = columnId(path, json);
        let o = this.seen.get(key);
        if (!o) this.seen.set(key, (o = { path, kinds: new Set(), int32: true, safeInt: true }));
        if (json) return void o.kinds.add('json');
        const kind = typeof value as 'string' | 'number' | 'boolean';
        o.kinds.add(kind);
        if (kind === 'number') {
          const n = value as number;
          if (!Number.isSafeInteger(n)) o.safeInt = false;
          if (!Number.isInteger(n) || Math.abs(n) > INT32) o.int32 = false;
        }
      },
      skip,
    );
  }

  columns(): Column[] {
    const out: Column[] = [];
    const byId = new Map<string, Column>();
    for (const o of this.seen.values()) {
      const mixed = !o.kinds.has('json') && o.kinds.size > 1;
      const json = o.kinds.has('json') || mixed;
      const id = columnId(o.path, json);
      if (byId.has(id)) continue;
      const type: ScalarType =
        json || o.kinds.has('string') ? 'string' : o.kinds.has('boolean') ? 'boolean' : o.int32 ? 'integer' : o.safeInt ? 'long' : 'double';
      const column = { id, title: o.path.join('.'), path: o.path, type, json };
      byId.set(id, column);
      out.push(column);
    }
    return out;
  }
}

/** Formats a number as XML Schema and GEXF readers expect (INF, -INF, NaN). */
export function formatNumber(n: number): string {
  if (Number.isFinite(n)) return String(n);
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'INF' : '-INF';
}

/**
 * The column values of one element as [column, text] pairs, in column order. `index` maps
 * column ids to columns; a scalar whose typed column was demoted to JSON is written there.
 */
export function rowValues(attributes: Attributes, index: ReadonlyMap<string, Column>, skip?: ReadonlySet<string>): Array<[Column, string]> {
  const out: Array<[Column, string]> = [];
  flatten(
    attributes,
    (path, value, json) => {
      const typed = json ? undefined : index.get(columnId(path, false));
      const column = typed ?? index.get(columnId(path, true));
      if (!column) return;
      out.push([column, column.json ? (JSON.stringify(value) ?? 'null') : typeof value === 'number' ? formatNumber(value) : String(value)]);
    },
    skip,
  );
  return out;
}

export function columnIndex(columns: Column[]): Map<string, Column> {
  return new Map(columns.map((c) => [c.id, c]));
}

/** Sets `value` at `path` in `target`, creating plain objects on the way. */
export function setPath(target: Attributes, path: string[], value: unknown): void {
  let o = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    let next = Object.hasOwn(o, k) ? o[k] : undefined;
    if (!isPlainObject(next)) define(o, k, (next = {}));
    o = next as Attributes;
  }
  define(o, path[path.length - 1]!, value);
}

// `__proto__` from a file must become an ordinary key, never the object's prototype.
function define(o: Attributes, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  else o[key] = value;
}

// A fast reader for the plain block-YAML the knowledge base is written in: block maps and
// lists, one-line flow maps and lists, plain, single- and double-quoted scalars, comments.
// It gives the same data as the `yaml` library's core schema, and gives up (returns
// undefined) on anything else — block scalars, multi-line scalars, anchors, tags,
// duplicate keys, tabs, odd indentation — so that the full parser, with its positioned
// errors, handles those. At 100k entities it reads several times faster than building
// the full document and makes little garbage: lines are offsets into the text, and only
// values become strings.

import { giveUp, plainScalar, quoted } from './yaml-scalars.ts';

const RESERVED_KEY = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const SPACE = 32;
const HASH = 35;

/**
 * The data of a YAML document in the supported subset, or undefined. Short plain scalars
 * (ids, types, dates) are shared through `strings` when given: a knowledge base repeats
 * the same few thousand of them hundreds of thousands of times.
 */
export function parseSimpleYaml(source: string, strings?: Map<string, string>): { value: unknown } | undefined {
  if (source.includes('\t') || source.includes('\r') || source.charCodeAt(0) === 0xfeff) return undefined;
  try {
    const reader = new BlockReader(source, strings);
    if (!reader.count) return undefined;
    const value = reader.block(reader.indent[0]!);
    if (reader.at < reader.count) return undefined;
    return { value };
  } catch {
    // GiveUp, or a stack overflow on absurd nesting: the full parser reports either.
    return undefined;
  }
}

/** Where a key ([A-Za-z_][A-Za-z0-9_-]*) starting at `from` ends, or -1 if none starts there. */
function keyEnd(src: string, from: number, to: number): number {
  let c = src.charCodeAt(from);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  let i = from + 1;
  for (; i < to; i++) {
    c = src.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  return i;
}

/** A plain scalar may not start with an indicator, except a minus sign of a number. */
const startsWithIndicator = (text: string) => INDICATOR.test(text) && !/^-[0-9.]/.test(text);

/**
 * The document's non-empty lines as offsets: line k holds `src.slice(start[k], end[k])`
 * (comment and trailing spaces removed) at indentation `indent[k]`.
 */
class BlockReader {
  at = 0;
  count = 0;
  indent: Int32Array;
  start: Int32Array;
  end: Int32Array;

  constructor(
    private readonly src: string,
    private readonly strings: Map<string, string> | undefined,
  ) {
    let lines = 1;
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lines++;
    this.indent = new Int32Array(lines);
    this.start = new Int32Array(lines);
    this.end = new Int32Array(lines);
    // The next '#' of the text, found natively: most lines have none, and this pass, which
    // looked for one character by character on every line, took an eighth of the reading
    // time of the 100k relation files (profiled).
    let hash = src.indexOf('#');
    for (let from = 0; from <= src.length; ) {
      let to = src.indexOf('\n', from);
      if (to < 0) to = src.length;
      let s = from;
      while (s < to && src.charCodeAt(s) === SPACE) s++;
      if (hash >= 0 && hash < s) hash = src.indexOf('#', s);
      let e = hash >= 0 && hash < to ? this.commentStart(s, to) : to;
      while (e > s && src.charCodeAt(e - 1) === SPACE) e--;
      if (e > s) {
        if (s === from && (src.startsWith('---', s) || src.startsWith('...', s) || src.charCodeAt(s) === 37)) giveUp();
        this.indent[this.count] = s - from;
        this.start[this.count] = s;
        this.end[this.count++] = e;
      }
      from = to + 1;
    }
  }

  /** Where a comment starts on the line [from, to), or `to`. */
  private commentStart(from: number, to: number): number {
    const src = this.src;
    let hash = from;
    while (hash < to && src.charCodeAt(hash) !== HASH) hash++;
    if (hash === to) return to;
    let quote = 0;
    for (let i = from; i < to; i++) {
      const c = src.charCodeAt(i);
      if (quote === 34) {
        if (c === 92) i++;
        else if (c === 34) quote = 0;
      } else if (quote === 39) {
        if (c === 39) quote = 0;
      } else if (c === 34 || c === 39) {
        // A quote only opens a string at the start of a scalar; elsewhere it is a character.
        const prev = src.charCodeAt(i - 1);
        if (i === from || prev === SPACE || prev === 91 || prev === 123 || prev === 44) quote = c;
      } else if (c === HASH && (i === from || src.charCodeAt(i - 1) === SPACE)) return i;
    }
    return to;
  }

  /** The colon of a `key:` at `from` (followed by a space or the line's end), or -1. */
  private keyColon(from: number, to: number): number {
    const i = keyEnd(this.src, from, to);
    if (i < 0 || i >= to || this.src.charCodeAt(i) !== 58) return -1;
    return i + 1 === to || this.src.charCodeAt(i + 1) === SPACE ? i : -1;
  }

  /**
   * The key written at [from, to), not a reserved one. A knowledge base writes the same few
   * keys on every record: the last string made for each length and first character is
   * reused when the text matches it, so that the key needs neither a new string nor the
   * test against reserved words again.
   */
  private key(from: number, to: number): string {
    const src = this.src;
    const slot = ((to - from) * 61 + src.charCodeAt(from)) & 255;
    const known = this.keys[slot];
    if (known !== undefined && known.length === to - from && src.startsWith(known, from)) return known;
    const key = src.slice(from, to);
    if (RESERVED_KEY.test(key)) giveUp();
    this.keys[slot] = key;
    return key;
  }

  private readonly keys: Array<string | undefined> = new Array(256);

  private isItem(k: number): boolean {
    const s = this.start[k]!;
    return this.src.charCodeAt(s) === 45 && (s + 1 === this.end[k] || this.src.charCodeAt(s + 1) === SPACE);
  }

  /** The node whose first line is the current one, at indentation `indent`. */
  block(indent: number): unknown {
    const k = this.at;
    if (this.indent[k] !== indent) giveUp();
    if (this.isItem(k)) return this.sequence(indent);
    if (this.keyColon(this.start[k]!, this.end[k]!) >= 0) return this.mapping(indent);
    // A lone scalar spanning the node.
    this.at++;
    return this.inlineThenDedent(this.start[k]!, this.end[k]!, indent, this.strings);
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.at < this.count) {
      const k = this.at;
      if (this.indent[k]! < indent) break;
      if (this.indent[k]! > indent) giveUp();
      const start = this.start[k]!;
      const end = this.end[k]!;
      const colon = this.keyColon(start, end);
      if (colon < 0) {
        if (this.isItem(k)) break;
        giveUp();
      }
      const key = this.key(start, colon);
      if (Object.hasOwn(map, key)) giveUp();
      let v = colon + 1;
      while (v < end && this.src.charCodeAt(v) === SPACE) v++;
      this.at++;
      // An `id` is written once: sharing it would only fill the table.
      map[key] = v < end ? this.inlineThenDedent(v, end, indent, key === 'id' ? undefined : this.strings) : this.nested(indent, true);
    }
    return map;
  }

  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    while (this.at < this.count) {
      const k = this.at;
      if (this.indent[k]! < indent) break;
      if (this.indent[k]! > indent) giveUp();
      // A list under a key, at the key's own indentation, ends at the next key.
      if (!this.isItem(k)) break;
      const end = this.end[k]!;
      let v = this.start[k]! + 1;
      while (v < end && this.src.charCodeAt(v) === SPACE) v++;
      if (v === end) {
        this.at++;
        list.push(this.nested(indent, false));
      } else if (this.keyColon(v, end) >= 0) {
        // "- key: value": a map whose keys line up with this first one.
        this.indent[k] = indent + (v - this.start[k]!);
        this.start[k] = v;
        list.push(this.mapping(this.indent[k]!));
      } else {
        if (this.src.charCodeAt(v) === 45 && (v + 1 === end || this.src.charCodeAt(v + 1) === SPACE)) giveUp();
        this.at++;
        list.push(this.inlineThenDedent(v, end, indent, this.strings));
      }
    }
    return list;
  }

  /** The value on the following lines; a map's key may hold a list at its own indentation. */
  private nested(indent: number, ofKey: boolean): unknown {
    if (this.at >= this.count) return null;
    const next = this.indent[this.at]!;
    if (next > indent) return this.block(next);
    if (ofKey && next === indent && this.isItem(this.at)) return this.sequence(indent);
    return null;
  }

  /** A value on one line; a scalar continued on a more indented line is not supported. */
  private inlineThenDedent(from: number, to: number, indent: number, strings: Map<string, string> | undefined): unknown {
    const value = inlineValue(this.src, from, to, strings);
    if (this.at < this.count && this.indent[this.at]! > indent) giveUp();
    return value;
  }
}

/** A value written on one line: quoted, flow collection or plain. */
function inlineValue(src: string, from: number, to: number, strings: Map<string, string> | undefined): unknown {
  const c = src.charCodeAt(from);
  if (c === 34 || c === 39) {
    const [value, end] = quoted(src, from, to);
    if (end !== to) giveUp();
    return value;
  }
  if (c === 91 || c === 123) {
    const flow = new FlowReader(src, from, to, strings);
    const value = flow.value();
    if (flow.at !== to) giveUp();
    return value;
  }
  const text = src.slice(from, to);
  if (startsWithIndicator(text)) giveUp();
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) giveUp();
  return plainScalar(text, strings);
}

class FlowReader {
  constructor(
    private readonly src: string,
    public at: number,
    private readonly to: number,
    private readonly strings: Map<string, string> | undefined,
  ) {}

  value(): unknown {
    this.space();
    const c = this.src.charCodeAt(this.at);
    if (c === 123) return this.map();
    if (c === 91) return this.seq();
    if (c === 34 || c === 39) {
      const [value, end] = quoted(this.src, this.at, this.to);
      this.at = end;
      return value;
    }
    return this.plain();
  }

  private map(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.at++;
    this.space();
    if (this.eat(125)) return map;
    for (;;) {
      this.space();
      const key = this.key();
      if (RESERVED_KEY.test(key) || Object.hasOwn(map, key)) giveUp();
      map[key] = this.value();
      this.space();
      if (this.eat(125)) return map;
      if (!this.eat(44)) giveUp();
    }
  }

  /** `key: ` with at least one space after the colon. */
  private key(): string {
    const from = this.at;
    const i = keyEnd(this.src, from, this.to);
    if (i < 0 || i + 1 >= this.to || this.src.charCodeAt(i) !== 58 || this.src.charCodeAt(i + 1) !== SPACE) giveUp();
    this.at = i + 2;
    return this.src.slice(from, i);
  }

  private seq(): unknown[] {
    const list: unknown[] = [];
    this.at++;
    this.space();
    if (this.eat(93)) return list;
    for (;;) {
      list.push(this.value());
      this.space();
      if (this.eat(93)) return list;
      if (!this.eat(44)) giveUp();
    }
  }

  private plain(): unknown {
    const src = this.src;
    const start = this.at;
    for (let c = src.charCodeAt(this.at); this.at < this.to && c !== 44 && c !== 93 && c !== 125; c = src.charCodeAt(++this.at));
    let end = this.at;
    while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
    const raw = src.slice(start, end);
    if (!raw || /[:#[\]{}"]/.test(raw) || startsWithIndicator(raw)) giveUp();
    return plainScalar(raw, this.strings);
  }

  private space(): void {
    while (this.at < this.to && this.src.charCodeAt(this.at) === SPACE) this.at++;
  }

  private eat(c: number): boolean {
    if (this.at >= this.to || this.src.charCodeAt(this.at) !== c) return false;
    this.at++;
    return true;
  }
}

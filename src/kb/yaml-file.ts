// Parses one YAML file keeping positions, so later checks can point at a line and column.
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { parseSimpleYaml } from './fast-yaml.ts';

export type YamlPath = Array<string | number>;

/** Caps alias expansion, so a "billion laughs" file is refused rather than expanded. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  file: string;
  data: unknown;
  /** Position of the value at `path` (or of its key with `key: true`); falls back to the nearest parent. */
  locate(path: YamlPath, opts?: { key?: boolean }): { line: number; column: number };
  /**
   * Positions of many paths at once. For a file read by the fast path this builds the full
   * document once and lets it go, so thousands of errors across large files stay within
   * bounded memory.
   */
  locateAll(requests: Array<{ path: YamlPath; key?: boolean }>): Array<{ line: number; column: number }>;
  /**
   * True once a position lookup found that the file's text is no longer the one parsed
   * (it changed or became unreadable since): every position is then 1:1, and the
   * diagnostics say so (`positionUnknown`).
   */
  readonly changed: boolean;
  errors: Diagnostic[];
}

/** Appended to a diagnostic whose line and column could not be found because its file changed. */
export const positionUnknown = (file: string) => `(line and column unknown: ${file} changed while faktograf was reading it; run the command again)`;

/**
 * `content` is the file's text, or a function that reads it: then the text is read once
 * to parse, and not kept. A file read by the fast path needs its text again only for the
 * positions of a diagnostic; it is read again then, and used only if it is the text that
 * was parsed (same length and hash), so that a knowledge base's text (330 MiB of relation
 * files in UTF-16 at 100k entities) is never all in memory. `strings`, shared by the files
 * of one knowledge base, lets their repeated short values share memory.
 */
export function parseYamlFile(file: string, content: string | (() => string), strings?: Map<string, string>): ParsedYaml {
  const text = typeof content === 'string' ? content : content();
  // Most files are plain block YAML: read them fast, and build the full document (for
  // positions) only if a diagnostic needs one.
  const simple = parseSimpleYaml(text, strings);
  if (simple) {
    const again = typeof content === 'string' ? () => content : sameText(content, text.length, hashText(text));
    let full: ParsedYaml | undefined;
    let changed = false;
    const build = (): ParsedYaml | undefined => {
      if (full || changed) return full;
      const now = again();
      if (now === undefined) changed = true;
      return now === undefined ? undefined : parseFullYaml(file, now);
    };
    const unknown = () => ({ line: 1, column: 1 });
    return {
      file,
      data: simple.value,
      errors: [],
      get changed() {
        return changed;
      },
      locate: (path, opts) => (full ??= build())?.locate(path, opts) ?? unknown(),
      locateAll: (requests) => build()?.locateAll(requests) ?? requests.map(unknown),
    };
  }
  return parseFullYaml(file, text);
}

/** Reads the text again; undefined if it cannot be read or is not the parsed one any more. */
function sameText(read: () => string, length: number, hash: number): () => string | undefined {
  return () => {
    let text: string;
    try {
      text = read();
    } catch {
      return undefined;
    }
    return text.length === length && hashText(text) === hash ? text : undefined;
  };
}

/** FNV-1a over the UTF-16 units: ~0.3 s for the 170 M characters of a 100k knowledge base. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function parseFullYaml(file: string, content: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...pos(e.pos[0]),
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
    hint: e.code === 'DUPLICATE_KEY' ? 'remove or rename the repeated key' : 'fix the YAML syntax at this point (check indentation, colons and quoting)',
  }));
  // A document with syntax errors still yields what could be read, so that its ids
  // count as known and one typo does not cascade into errors elsewhere.
  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    errors.push({
      file,
      line: 1,
      column: 1,
      message: `the file cannot be read as data: ${(e as Error).message}`,
      hint: /alias/i.test((e as Error).message)
        ? `use at most ${MAX_ALIAS_COUNT} alias references (*name); write the values out instead`
        : 'simplify the file: it is nested too deeply or too large',
    });
  }
  return {
    file,
    data,
    errors,
    changed: false,
    locate: (path, opts = {}) => pos(offsetOf(doc, path, opts.key ?? false)),
    locateAll: (requests) => requests.map((r) => pos(offsetOf(doc, r.path, r.key ?? false))),
  };
}

function offsetOf(doc: Document, path: YamlPath, key: boolean): number {
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n);
    if (key && n === path.length && n > 0) {
      const parent = prefix.length > 1 ? doc.getIn(prefix.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === prefix[prefix.length - 1]);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return range[0];
      }
      continue;
    }
    const node = n === 0 ? doc.contents : doc.getIn(prefix, true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return range[0];
  }
  return 0;
}

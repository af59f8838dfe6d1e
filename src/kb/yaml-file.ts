// Parses one YAML file keeping positions, so later checks can point at a line and column.
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { parseSimpleYaml } from './fast-yaml.ts';

export type YamlPath = Array<string | number>;

/** Caps alias expansion, so a "billion laughs" file is refused rather than expanded. */
export const MAX_ALIAS_COUNT = 100;

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
  errors: Diagnostic[];
}

/** `strings`, shared by the files of one knowledge base, lets their repeated short values share memory. */
export function parseYamlFile(file: string, content: string, strings?: Map<string, string>): ParsedYaml {
  // Most files are plain block YAML: read them fast, and build the full document (for
  // positions) only if a diagnostic needs one.
  const simple = parseSimpleYaml(content, strings);
  if (simple) {
    let full: ParsedYaml | undefined;
    return {
      file,
      data: simple.value,
      errors: [],
      locate: (path, opts) => (full ??= parseFullYaml(file, content)).locate(path, opts),
      locateAll: (requests) => (full ?? parseFullYaml(file, content)).locateAll(requests),
    };
  }
  return parseFullYaml(file, content);
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

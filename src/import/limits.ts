// Bounds every reader enforces, so a hostile or broken file fails fast with a clear
// message instead of exhausting memory or the stack.
export interface ImportLimits {
  /** Largest input: bytes when reading bytes, UTF-16 code units when given text. */
  maxBytes: number;
  /** Deepest element nesting in XML, and array/object nesting in JSON values. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxBytes: 512 * 2 ** 20, maxDepth: 64 };

export class ImportError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

/**
 * JSON.parse with a nesting bound checked first: V8 parses a million nested arrays, but
 * everything after it (structuredClone, JSON.stringify, equality) would overflow the stack.
 */
export function parseJson(text: string, maxDepth: number, what: string, line?: number): unknown {
  if (nestingDepth(text, maxDepth) > maxDepth) throw new ImportError(`${what} is nested deeper than ${maxDepth} levels`, line);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(`${what} is not valid JSON: ${(e as Error).message}`, line);
  }
}

/**
 * How deeply arrays and objects nest in JSON text, counted up to just past `stop`; brackets
 * inside strings do not count. Strings are skipped with indexOf: most of a knowledge base's
 * graph.json is quoted text, and a loop over its characters one by one was a second at
 * 200 MB. Unterminated strings end the count (JSON.parse then says what is wrong).
 */
export function nestingDepth(text: string, stop = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) break;
      i = end;
    } else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > stop) break;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let k = at - 1;
  while (text.charCodeAt(k) === 92) k--;
  return (at - 1 - k) % 2 === 1;
}

/** A size for messages: bytes, KiB or MiB. */
export function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${Math.round(n / 2 ** 20)} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}

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
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) throw new ImportError(`${what} is nested deeper than ${maxDepth} levels`, line);
    } else if (c === 93 || c === 125) depth--;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(`${what} is not valid JSON: ${(e as Error).message}`, line);
  }
}

/** A size for messages: bytes, KiB or MiB. */
export function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${Math.round(n / 2 ** 20)} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}

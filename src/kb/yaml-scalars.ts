// Scalars of the fast YAML reader (fast-yaml.ts): quoted strings, and plain scalars
// resolved as the `yaml` library's core schema resolves them, with strings that own their
// characters. Anything unsupported throws GiveUp, and the file goes to the full parser.

class GiveUp extends Error {}
export const giveUp = (): never => {
  throw new GiveUp();
};

/**
 * A value's own copy of its characters. V8 makes a substring of 13 or more characters a
 * view into the whole text, so every id and quote would otherwise keep its file (stored
 * as UTF-16 once it holds a Polish letter) in memory for as long as the knowledge base
 * lives: 380 MB at 100k entities.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A quoted scalar starting at `from`: its value and the index after its closing quote. */
export function quoted(src: string, from: number, to: number): [string, number] {
  if (src.charCodeAt(from) === 39) {
    let out = '';
    let run = from + 1;
    for (let i = from + 1; i < to; i++) {
      if (src.charCodeAt(i) !== 39) continue;
      if (src.charCodeAt(i + 1) === 39 && i + 1 < to) {
        out += src.slice(run, i + 1);
        run = i + 2;
        i++;
        continue;
      }
      return [detach(out + src.slice(run, i)), i + 1];
    }
    return giveUp();
  }
  for (let i = from + 1; i < to; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 92) {
      // JSON's escapes mean the same in YAML; YAML's other escapes are left to the full parser.
      if (!'"\\/bfnrtu'.includes(src[i + 1] ?? '') || i + 1 >= to) giveUp();
      i++;
    } else if (ch === 34) {
      // JSON.parse also gives the value its own copy of the characters (see `detach`).
      try {
        return [JSON.parse(src.slice(from, i + 1)) as string, i + 1];
      } catch {
        return giveUp();
      }
    }
  }
  return giveUp();
}

// The core schema's resolution of plain scalars, test for test as in `yaml`.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function plainScalar(s: string, strings: Map<string, string> | undefined): unknown {
  const c = s.charCodeAt(0);
  // Most scalars start with a letter and can only be strings, nulls or booleans.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126) {
    if (NULL.test(s)) return null;
    if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
    if (INT.test(s)) return parseInt(s, 10);
    if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
    return ownString(s, strings);
  }
  if (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) {
    if (NULL.test(s)) return null;
    if (BOOL.test(s)) return c === 116 || c === 84;
  }
  return ownString(s, strings);
}

/** The shared copy of a short string, or the string's own copy (see `detach`). */
function ownString(s: string, strings: Map<string, string> | undefined): string {
  if (!strings || s.length > 48) return detach(s);
  const known = strings.get(s);
  if (known !== undefined) return known;
  const own = detach(s);
  strings.set(own, own);
  return own;
}

// XML text for the GEXF and GraphML writers: escaping that survives a parser's
// normalisation (tabs and line breaks in attributes become character references), and
// characters XML 1.0 cannot hold at all, which are replaced and reported.
import type { Notes } from './notes.ts';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ATTR_NEEDS_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_NEEDS_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function sanitize(s: string, notes: Notes): string {
  return s.replace(NOT_XML, () => {
    notes.add('not-xml', 'characters XML 1.0 cannot hold (control characters, unpaired surrogates) were replaced by U+FFFD');
    return '\uFFFD';
  });
}

/** A value for an XML attribute delimited by `quote`. */
function xmlAttr(value: string, notes: Notes, quote: '"' | "'" = '"'): string {
  if (!ATTR_NEEDS_WORK.test(value) && !(quote === "'" && value.includes("'"))) return value;
  const special = quote === '"' ? /[&<>"\t\n\r]/g : /[&<>'\t\n\r]/g;
  return sanitize(value, notes).replace(special, (c) => ENTITIES[c]!);
}

/** Character data between tags. */
export function xmlText(value: string, notes: Notes): string {
  if (!TEXT_NEEDS_WORK.test(value)) return value;
  return sanitize(value, notes).replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}

/**
 * ` name="value"` pairs, skipping undefined values. A value holding `"` but no `'` is
 * delimited by `'`, so JSON values stay readable.
 */
export function xmlAttrs(pairs: Array<[string, string | undefined]>, notes: Notes): string {
  let out = '';
  for (const [k, v] of pairs) {
    if (v === undefined) continue;
    const q = v.includes('"') && !v.includes("'") ? "'" : '"';
    out += ` ${k}=${q}${xmlAttr(v, notes, q)}${q}`;
  }
  return out;
}

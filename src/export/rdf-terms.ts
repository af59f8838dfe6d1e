// What the Turtle writer checks before a value becomes an RDF term, so that hostile or odd
// values give well-typed literals and IRIs that cannot end early: the base IRI (written
// as it is into every @prefix), numbers as XML Schema reads them, real calendar dates,
// language tags, and text UTF-8 can hold.

/** What Turtle's IRIREF cannot hold, escaped or not. */
export const NOT_IRI = /[\u0000-\u0020<>"{}|^`\\\u007F-\u009F]/;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function describeChar(c: string): string {
  if (c === ' ') return 'a space';
  if (/[\u0000-\u001F\u007F-\u009F]/.test(c)) return `the control character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

/** Why `base` cannot be the namespace of the Turtle IRIs, or undefined when it can. */
export function baseIriProblem(base: string): string | undefined {
  const bad = NOT_IRI.exec(base);
  if (bad) return `may not contain ${describeChar(bad[0])}: an IRI holds no spaces, control characters or < > " { } | ^ \` \\ (percent-encode them, as %20)`;
  if (new RegExp(LONE_SURROGATE.source).test(base)) return 'holds an unpaired UTF-16 surrogate';
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(base)) return 'must be an absolute IRI beginning with its scheme, such as https://example.net/kb/';
  if (/%(?![0-9A-Fa-f]{2})/.test(base)) return 'has a "%" that does not begin a percent-escape such as %20';
  if (!URL.canParse(base)) return 'is not a valid IRI';
  if (base.includes('#')) return 'may not hold "#": the vocabulary IRIs (<base>vocab#…) add their own fragment';
  if (!/[/:]$/.test(base)) return `must end with "/" (or ":" for a URN), since entity/, relation/… are appended to it: ${base}/`;
  return undefined;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The XML Schema type of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: undefined for other text, null for an impossible date. */
export function calendarType(t: string): 'gYear' | 'gYearMonth' | 'date' | null | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  const year = Number(m[1]);
  // XML Schema 1.0, which most stores follow, has no year 0000.
  if (year === 0) return null;
  if (m[2] === undefined) return 'gYear';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return 'gYearMonth';
  const day = Number(m[3]);
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!;
  return day >= 1 && day <= days ? 'date' : null;
}

/** A number as XML Schema reads it: xsd:integer for a safe integer, else xsd:double in canonical form (`1.0E21`, `INF`, `NaN`). */
export function numberLexical(n: number): { value: string; type: 'integer' | 'double' } {
  if (Number.isSafeInteger(n)) return { value: String(n), type: 'integer' };
  if (Number.isNaN(n)) return { value: 'NaN', type: 'double' };
  if (!Number.isFinite(n)) return { value: n > 0 ? 'INF' : '-INF', type: 'double' };
  const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
  return { value: `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`, type: 'double' };
}

/** Turtle's LANGTAG (the shape of BCP 47): anything else after `@` would be read as more of the document. */
export const isLanguageTag = (tag: string) => /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag);

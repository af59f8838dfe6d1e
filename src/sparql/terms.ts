// The one way values enter a SPARQL query: the `sparql` template tag takes only terms made
// here (an escaped literal, a checked IRI, a VALUES block, or a fixed piece of query text
// written by the program), never a bare string, so user input cannot end a literal or an
// IRI early and add query text of its own.

const TERM = Symbol('sparql term');

/** A piece of SPARQL that is safe to put into a query as it is. */
export interface SparqlTerm {
  readonly [TERM]: true;
  readonly text: string;
}

/** A SPARQL query built by the `sparql` tag. */
export interface SparqlQuery {
  readonly text: string;
}

const term = (text: string): SparqlTerm => ({ [TERM]: true, text });
const isTerm = (v: unknown): v is SparqlTerm => typeof v === 'object' && v !== null && (v as Partial<SparqlTerm>)[TERM] === true;

/** What SPARQL's IRIREF cannot hold (SPARQL 1.1, production 139), escaped or not. */
const NOT_IRI = /[\u0000-\u0020<>"{}|^`\\]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Thrown when a value cannot become the term asked for. */
export class SparqlTermError extends Error {
  override name = 'SparqlTermError';
}

/**
 * A string literal: every character SPARQL's STRING_LITERAL_QUOTE cannot hold as it is
 * (quotes, backslashes, line breaks) escaped, and the other controls as \u escapes.
 */
export function literal(value: string, language?: string): SparqlTerm {
  if (LONE_SURROGATE.test(value)) throw new SparqlTermError('a SPARQL literal cannot hold an unpaired UTF-16 surrogate');
  const escaped = value.replace(/[\u0000-\u001F"\\\u007F]/g, (c) => {
    const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  if (language !== undefined && !/^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(language)) throw new SparqlTermError(`"${language}" is not a language tag`);
  return term(`"${escaped}"${language ? `@${language}` : ''}`);
}

/** An integer literal (xsd:integer); anything but a safe integer is refused. */
export function integer(value: number): SparqlTerm {
  if (!Number.isSafeInteger(value)) throw new SparqlTermError(`${value} is not a whole number`);
  return term(String(value));
}

/** An absolute IRI, refused when it holds anything an IRIREF cannot (so it cannot end early). */
export function iri(value: string): SparqlTerm {
  const bad = NOT_IRI.exec(value);
  if (bad) throw new SparqlTermError(`an IRI may not hold ${JSON.stringify(bad[0])}: ${JSON.stringify(value)}`);
  if (LONE_SURROGATE.test(value)) throw new SparqlTermError('an IRI cannot hold an unpaired UTF-16 surrogate');
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) throw new SparqlTermError(`not an absolute IRI: ${JSON.stringify(value)}`);
  return term(`<${value}>`);
}

/** `VALUES ?variable { term… }`: one variable bound to each term in turn. */
export function values(variable: string, terms: readonly SparqlTerm[]): SparqlTerm {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new SparqlTermError(`"${variable}" is not a SPARQL variable name`);
  return term(`VALUES ?${variable} { ${terms.map((t) => t.text).join(' ')} }`);
}

/** `VALUES (?a ?b) { (term term)… }`: several variables bound row by row. */
export function valueRows(variables: readonly string[], rows: ReadonlyArray<readonly SparqlTerm[]>): SparqlTerm {
  for (const v of variables) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) throw new SparqlTermError(`"${v}" is not a SPARQL variable name`);
  for (const r of rows) if (r.length !== variables.length) throw new SparqlTermError(`a VALUES row needs ${variables.length} terms, not ${r.length}`);
  return term(`VALUES (${variables.map((v) => `?${v}`).join(' ')}) { ${rows.map((r) => `(${r.map((t) => t.text).join(' ')})`).join(' ')} }`);
}

/** Query text the program writes itself (a graph clause, a filter chosen by an option); never user input. */
export function raw(text: string): SparqlTerm {
  return term(text);
}

/** Joins terms with a separator (the pieces of a filter). */
export function join(terms: readonly SparqlTerm[], separator: string): SparqlTerm {
  return term(terms.map((t) => t.text).join(separator));
}

/** The query a template builds; every `${…}` must be a term made by this module. */
export function sparql(strings: TemplateStringsArray, ...parts: SparqlTerm[]): SparqlQuery {
  let text = strings[0]!;
  parts.forEach((p, i) => {
    if (!isTerm(p)) throw new SparqlTermError(`a SPARQL query takes only terms (literal, iri, values…), not ${typeof p} ${JSON.stringify(p)}`);
    text += p.text + strings[i + 1]!;
  });
  return { text };
}

/** The same, as a term, for a piece of a larger query. */
export function fragment(strings: TemplateStringsArray, ...parts: SparqlTerm[]): SparqlTerm {
  return term(sparql(strings, ...parts).text);
}

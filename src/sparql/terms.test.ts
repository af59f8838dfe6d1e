import { Store } from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { integer, iri, literal, sparql, SparqlTermError, valueRows, values } from './terms.ts';

// Hostile input: each must come back from a real SPARQL engine as the very same value,
// and none may add query text of its own.
const HOSTILE = [
  'O\'Brien "the Hammer"',
  'back\\slash \\" and \\\\',
  'line\nbreak\r\nand\ttab',
  '" } ; DROP GRAPH <urn:g> ; SELECT * WHERE { "',
  '"""triple quoted"""',
  "'''single'''",
  'Kim Dzong Un — 김정은 · Шойгу · 🇰🇵',
  '\u0000\u0001\u001f\u007f controls',
  '# not a comment',
  '?x $y <z>',
];

const store = new Store();
const run = (text: string) => store.query(text) as Array<Map<string, { value: string; language?: string }>>;

describe('sparql literals', () => {
  it.each(HOSTILE)('round-trips %j through a SPARQL engine as one literal', (value) => {
    const rows = run(sparql`SELECT ?v WHERE { BIND(${literal(value)} AS ?v) }`.text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.get('v')!.value).toBe(value);
  });

  it('keeps every hostile value apart in a VALUES block', () => {
    const rows = run(
      sparql`SELECT ?v WHERE { ${values(
        'v',
        HOSTILE.map((h) => literal(h)),
      )} }`.text,
    );
    expect(rows.map((r) => r.get('v')!.value)).toEqual(HOSTILE);
  });

  it('tags a language, and refuses a tag that would add query text', () => {
    expect(run(sparql`SELECT ?v WHERE { BIND(${literal('wojna', 'pl')} AS ?v) }`.text)[0]!.get('v')!.language).toBe('pl');
    expect(() => literal('x', 'pl) } DROP ALL #')).toThrow(SparqlTermError);
  });

  it('refuses an unpaired surrogate, which UTF-8 cannot carry', () => {
    expect(() => literal('a\uD800b')).toThrow(/surrogate/);
  });
});

describe('sparql IRIs', () => {
  it.each([
    'https://example.org/a> } ; DROP ALL ; SELECT * { <x',
    'https://example.org/a b',
    'https://example.org/"quoted"',
    'https://example.org/back\\slash',
    'https://example.org/{braces}',
    'https://example.org/new\nline',
    'relative/path',
    'https://example.org/\uDC00',
  ])('refuses %j', (value) => {
    expect(() => iri(value)).toThrow(SparqlTermError);
  });

  it('takes an absolute IRI with unicode and percent-escapes as it is', () => {
    const value = 'https://example.org/entity/Kim%20Dzong%20Un/żółw';
    expect(run(sparql`SELECT ?v WHERE { BIND(${iri(value)} AS ?v) }`.text)[0]!.get('v')!.value).toBe(value);
  });
});

describe('the sparql tag', () => {
  it('takes only terms: a bare string is refused, so user input cannot be pasted in', () => {
    const input = '"} ; DROP ALL ; #';
    expect(() => sparql`SELECT * WHERE { ?s ?p ${input as never} }`).toThrow(/takes only terms/);
  });

  it('binds rows of several variables, and refuses a ragged row or a bad variable', () => {
    const rows = run(
      sparql`SELECT ?a ?b WHERE { ${valueRows(
        ['a', 'b'],
        [
          [literal('x"'), integer(1)],
          [literal('y\\'), integer(2)],
        ],
      )} }`.text,
    );
    expect(rows.map((r) => [r.get('a')!.value, r.get('b')!.value])).toEqual([
      ['x"', '1'],
      ['y\\', '2'],
    ]);
    expect(() => valueRows(['a', 'b'], [[literal('x')]])).toThrow(/needs 2 terms/);
    expect(() => values('a }', [])).toThrow(/not a SPARQL variable/);
    expect(() => integer(1.5)).toThrow(/whole number/);
  });
});

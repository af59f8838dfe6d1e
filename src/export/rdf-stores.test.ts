// The Turtle export as three independent readers take it: Virtuoso 7 (a real server, through
// the Graph Store protocol), rapper (raptor2) and Oxigraph. Each must read every document
// whole and hold the same triples. They may differ only where RDF lets them: the case of a
// language tag, and the lexical form of a number or a boolean (Virtuoso answers 1e+21 for
// 1.0E21 and 1 for true); terms are compared by value there.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, type Term } from 'n3';
import { Store } from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { useVirtuoso } from '../../tests/sparql/use-virtuoso.ts';
import { virtuosoAvailable, type Virtuoso } from '../../tests/sparql/virtuoso.ts';
import { Graph } from '../model/graph.ts';
import { exportTurtle } from './index.ts';
import { awkwardGraph, hostileGraph, kbGraph, miniGraph, tempDir } from './test-support.ts';
import type { AnyGraph } from './types.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float'].map((t) => XSD + t));

/** A literal by value where the stores may write it differently. */
function literalKey(value: string, datatype: string | undefined, language: string | undefined): string {
  if (language) return `${JSON.stringify(value)}@${language.toLowerCase()}`;
  const type = datatype || `${XSD}string`;
  let v = value;
  if (NUMERIC.has(type)) v = String(Number(value.replace(/^(-?)INF$/, '$1Infinity')));
  if (type === `${XSD}boolean`) v = String(value === '1' || value === 'true');
  return `${JSON.stringify(v)}^^${type}`;
}

/** Blank nodes as `_`: the readers name them differently, and each export writes them in place. */
const termKey = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
  t.termType === 'NamedNode' ? `<${t.value}>` : t.termType === 'BlankNode' ? '_' : literalKey(t.value, t.datatype?.value, t.language);

const tripleKeys = (quads: Iterable<{ subject: Term; predicate: Term; object: Term }>) =>
  [...quads].map((q) => [q.subject, q.predicate, q.object].map((t) => termKey(t as never)).join(' ')).sort();

function oxigraphTriples(turtle: string): string[] {
  const store = new Store();
  store.load(turtle, { format: 'text/turtle' });
  return tripleKeys(store.match(null, null, null, null) as never);
}

function rapperTriples(turtle: string): string[] {
  const file = join(tempDir(), 'graph.ttl');
  writeFileSync(file, turtle);
  const r = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new Error('rapper is missing: apt-get install -y raptor2-utils (.ci/run installs it)');
  expect(r.stderr).toBe('');
  return tripleKeys(new Parser({ format: 'N-Triples' }).parse(r.stdout));
}

interface Binding {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

async function virtuosoTriples(v: Virtuoso, graph: string): Promise<string[]> {
  // STR(?o): Virtuoso writes a double's value in its results with 6 significant digits.
  const query = `SELECT ?s ?p ?o (STR(?o) AS ?v) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const response = await fetch(`${v.sparql}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
  const rows = ((await response.json()) as { results: { bindings: Array<Record<string, Binding>> } }).results.bindings;
  const key = (b: Binding, str?: Binding) =>
    b.type === 'uri' ? `<${b.value}>` : b.type === 'bnode' ? '_' : literalKey(str?.value ?? b.value, b.datatype, b['xml:lang']);
  return rows.map((r) => `${key(r.s!)} ${key(r.p!)} ${key(r.o!, r.v)}`).sort();
}

/** What the other fixtures lack: language tags in capitals, emoji, control characters, booleans, ids a prefixed name cannot hold. */
function edgeCases(): AnyGraph {
  const g = new Graph({ multi: true });
  g.addNode('2024-starts-with-a-digit', { name: { 'PL-pl': 'Polski', 'zh-Hant-TW': '中文', en: 'x.' } });
  g.addNode('ends-with-a-dot.', {
    attributes: { emoji: 'x😀y', control: 'a\u0001b\u007fc\u0085', escapes: 'a\tb\nc\r"\\\'', yes: true, no: false, neg: -3, zero: 0 },
  });
  g.addNode('-starts-with-a-dash', { aliases: ['"""', "'''", '\\u0041'] });
  g.addDirectedEdgeWithKey('q.', '2024-starts-with-a-digit', 'ends-with-a-dot.', {
    relationType: 'HAS',
    qualifiers: { quantity: { value: 1234567.25, precision: 'exact', unit: { pl: 'saperów', en: 'sappers' }, basis: 'text' } },
  });
  return g as unknown as AnyGraph;
}

describe.skipIf(!virtuosoAvailable())('the Turtle export in Virtuoso, rapper and Oxigraph', () => {
  const virtuoso = useVirtuoso();

  const cases: Array<[string, () => AnyGraph | Promise<AnyGraph>]> = [
    ['the knowledge base in graph/', () => kbGraph(false)],
    ['the mini fixture', () => miniGraph(false)],
    ['hostile ids and values', hostileGraph],
    ['awkward attributes', awkwardGraph],
    ['language tags, emoji, control characters, ids a prefixed name cannot hold', edgeCases],
  ];
  it.each(cases)('%s: all three read the same triples', async (name, graph) => {
    const { text } = exportTurtle(await graph());
    const iri = `urn:faktograf:test:${encodeURIComponent(name)}`;
    await virtuoso.store.put(iri, text);
    const [virtuosoSide, rapperSide, oxigraphSide] = [await virtuosoTriples(virtuoso.server, iri), rapperTriples(text), oxigraphTriples(text)];
    expect(rapperSide.length).toBeGreaterThan(10);
    expect(oxigraphSide).toEqual(rapperSide);
    expect(virtuosoSide).toEqual(rapperSide);
  });

  it('rejects the old `fk:rank 6.`, and keeps what came before the error: why a load goes into a fresh graph first', async () => {
    const good = Array.from({ length: 500 }, (_, i) => `<urn:s${i}> fk:rank ${i} .`).join('\n');
    const bad = `@prefix fk: <https://example.org/faktograf/vocab#>.\n${good}\n<urn:a> fk:rank 6.\n<urn:b> fk:rank 7.\n`;
    await expect(virtuoso.store.put('urn:faktograf:test:bad', bad)).rejects.toThrow(/answered HTTP 500 .*TURTLE RDF loader, line 50[23]: syntax error/);
    expect(rapperTriples(bad)).toHaveLength(502);
    const kept = await virtuosoTriples(virtuoso.server, 'urn:faktograf:test:bad');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(502);
  });
});

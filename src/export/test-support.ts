// Test helpers for the exporters and importers: the real knowledge base built, a graph
// with every awkward value we know of, and schema validation with xmllint against the
// vendored schemas. Node-only; the exporters themselves use no Node API.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../compile/pipeline.ts';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { Graph } from '../model/graph.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import type { AnyGraph } from './types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMAS = join(ROOT, 'schemas');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'faktograf-interchange-'));
}

export function miniGraph(layout = true): AnyGraph {
  const r = runBuild(readFixture('mini'), layout ? {} : { layout: false });
  if (!r.ok) throw new Error('the mini fixture does not build');
  return r.graph as unknown as AnyGraph;
}

/** The real knowledge base in graph/, built and laid out as `faktograf build` does. */
export async function kbGraph(layout = true): Promise<AnyGraph> {
  const r = runBuild(await readKnowledgeBaseDir(join(ROOT, 'graph')), layout ? {} : { layout: false });
  if (!r.ok) throw new Error(`graph/ does not build: ${r.diagnostics.length} problem(s)`);
  return r.graph as unknown as AnyGraph;
}

/** A mixed multigraph holding every kind of value the flat encoding must survive. */
export function awkwardGraph(): AnyGraph {
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  g.replaceAttributes({ name: 'Awkward <&> "graph"', nested: { list: [1, { b: null }], flag: true } });
  g.addNode('plain');
  g.addNode('id with spaces <&>"\'', {
    label: 'Tab\there\nnew line "double" \'single\' <b>&amp;</b> 😀',
    x: -1.5e-7,
    y: 1e21,
    z: 3,
    size: 0,
    color: '#ABC',
    'dotted.key': 'd',
    'spaced key': true,
    _x0041_: 'looks like an escape',
    'emoji😀': '😀',
    mixed: 7,
    big: 2 ** 40,
    huge: 2 ** 60,
    ratio: NaN,
    list: [1, 'two', { three: 3 }],
    empty: {},
    emptyList: [],
    nothing: null,
    deep: { a: { b: { c: 'x', n: 1.25 } } },
    text: '  leading and trailing spaces  ',
    blank: '',
  });
  g.addNode('n2', {
    label: '',
    x: 1,
    y: 2,
    size: -2,
    color: 'rgba(10,20,30,0.5)',
    mixed: 'seven',
    ratio: 0.5,
    inf: -Infinity,
    flag: false,
    deep: 'not an object here',
  });
  g.addNode('n3', { label: 42, color: 'red', x: 5 });
  g.addDirectedEdgeWithKey('edge with spaces', 'n2', 'plain', { label: 'line\nbreak', weight: 2.5, size: 1, color: '#ABCDEF', qualifiers: {} });
  g.addUndirectedEdgeWithKey('u1', 'n2', 'n3', { size: 3, color: '#112233', evidence: [{ quote: 'a "quote", with, commas', start: 0, end: 5 }] });
  g.addDirectedEdgeWithKey('loop', 'n3', 'n3');
  g.addDirectedEdgeWithKey('parallel-1', 'plain', 'n2', { weight: -1 });
  g.addDirectedEdgeWithKey('parallel-2', 'plain', 'n2', { weight: 0, kindOf: 'x' });
  return g as unknown as AnyGraph;
}

/** Ids, types, keys and values that try to break out of their Turtle terms, and numbers and dates at the edges of XML Schema. */
export function hostileGraph(): AnyGraph {
  const g = new Graph({ multi: true });
  g.setAttribute('ontology', { factuality: { certain: { rank: 4 } } });
  g.addNode('a', {
    name: { en: 'A', 'en> <https://evil.example/p> "x': 'injected?' },
    attributes: { big: 1e21, huge: 2 ** 60, tiny: -1.5e-7, half: 0.5, nan: NaN, inf: Infinity, ninf: -Infinity, count: 6, lone: 'broken \ud800 half' },
  });
  g.addNode('b');
  g.addNode('c> <https://evil.example/s', { entityType: 'T> .', wikidata: 'Q1> <x', attributes: { 'k> "v': 'x' } });
  g.addDirectedEdgeWithKey('e> .\n<x', 'a', 'c> <https://evil.example/s', {
    relationType: 'R> <https://evil.example/p',
    factuality: '"c"',
    claimedBy: ['a> .'],
  });
  const edge = (key: string, time: string) =>
    g.addDirectedEdgeWithKey(key, 'a', 'b', { relationType: 'MET', qualifiers: { time: { value: time, basis: 'text' } } });
  edge('leap', '2024-02-29');
  edge('not-leap', '2025-02-29');
  edge('thirtieth', '2025-02-30');
  edge('month', '2025-13');
  edge('year-zero', '0000');
  edge('year-month', '2025-06');
  edge('words', 'early 2025');
  return g as unknown as AnyGraph;
}

/** Nodes and edges with their attributes (own keys, sorted at every depth), to compare graphs read from different formats. */
export function canonicalGraph(graph: AnyGraph): string {
  const sorted = (_k: string, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v;
  return JSON.stringify({ nodes: graph.mapNodes((n, a) => [n, a]), edges: graph.mapEdges((e, a, s, t, _sa, _ta, u) => [e, s, t, u, a]) }, sorted);
}

export type Schema = 'gexf-1.3' | 'gexf-1.2draft' | 'graphml';

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** Validates with xmllint against the vendored schema; returns its complaints, '' when valid. */
export function schemaErrors(text: string, schema: Schema): string {
  if (!hasXmllint()) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (.ci/run installs it)');
  const file = join(tempDir(), schema.startsWith('gexf') ? 'g.gexf' : 'g.graphml');
  writeFileSync(file, text);
  const args =
    schema === 'gexf-1.3'
      ? ['--relaxng', join(SCHEMAS, 'gexf/1.3/gexf.rng')]
      : schema === 'gexf-1.2draft'
        ? ['--relaxng', join(SCHEMAS, 'gexf/1.2draft/gexf-viz-ns-fixed.rng')]
        : ['--schema', join(SCHEMAS, 'graphml/graphml.xsd')];
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args, file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'graphml/catalog.xml') },
  });
  return r.status === 0 ? '' : `${r.stderr}`.trim() || `xmllint exited ${r.status}`;
}

/** Debian's Python with NetworkX, or null (then the caller skips, saying why). */
export function networkxPython(): string | null {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return '/usr/bin/python3';
  } catch {
    return null;
  }
}

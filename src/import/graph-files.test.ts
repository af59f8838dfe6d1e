// The done criterion for reading other tools' files: every file of the shared folder
// that graphology or NetworkX reads, Faktograf reads with the same node and edge counts
// and graph type; where it differs on purpose, or refuses, the table below says why.
import { describe, expect, it } from 'vitest';
import { HAVE_GRAPH_FILES, readGraphFileBytes, referenceReadings, type GraphType, type Reading } from './test-support.ts';
import type { AnyGraph } from '../export/types.ts';
import { exportGexf, exportGraphml, exportJson } from '../export/index.ts';
import { importGraph, ImportError } from './index.ts';

type Expected = { nodes: number; edges: number; type: GraphType; why?: string } | { refused: RegExp; why: string };

/** Files where Faktograf's reading is not the reference readers' (see `reference`), and why. */
const DIFFERENCES: Record<string, Expected> = {
  'sigma-les-miserables.json': {
    nodes: 77,
    edges: 254,
    type: 'directed',
    why: 'the file\'s options say "directed"; graphology\'s import keeps the mixed graph it imports into',
  },
  'sigma-arctic.json': {
    nodes: 1715,
    edges: 6676,
    type: 'undirected',
    why: 'the file\'s options say "undirected"; graphology\'s import keeps the mixed graph it imports into',
  },
  'lite-LesMiserables.json': {
    nodes: 77,
    edges: 254,
    type: 'undirected',
    why: "a Gephi Lite workspace: its graph is read (graphology's import finds no nodes array and reads an empty graph)",
  },
  // Neither reference reader reads these.
  'gephi-import-meta.gexf': { refused: /the file has no <graph>/, why: 'a GEXF with only <meta>: there is no graph to read' },
  'sigma-demo-dataset.json': {
    refused: /edges\[0\] is an array.*graphology JSON/,
    why: "sigma.js's demo data, not graphology's format: its edges are [source, target] pairs",
  },
  'gy-undeclared_attribute.gexf': {
    nodes: 2,
    edges: 1,
    type: 'directed',
    why: 'values of undeclared attributes are read as text, with a warning (refused with strict)',
  },
  'tinkerpop-graph-types.graphml': {
    nodes: 1,
    edges: 0,
    type: 'directed',
    why: 'a key of an unknown type is read as text, with a warning (refused with strict)',
  },
};

/** The reference: NetworkX's type where it reads the file (graphology calls an edgeless graph mixed), graphology's counts. */
function reference(graphology: Reading, networkx: Reading): Expected | undefined {
  const read = [graphology, networkx].filter((r): r is Exclude<Reading, { error: string }> => !('error' in r));
  if (!read.length) return undefined;
  const nx = 'error' in networkx ? undefined : networkx;
  return { nodes: read[0]!.nodes, edges: read[0]!.edges, type: (nx ?? read[0]!).type };
}

const readings = referenceReadings();

describe.skipIf(!HAVE_GRAPH_FILES)('real graph files: Faktograf reads what graphology or NetworkX reads', () => {
  it('the table covers every file graphology and NetworkX both refuse', () => {
    const unexplained = readings.filter((r) => !reference(r.graphology, r.networkx) && !(r.file in DIFFERENCES)).map((r) => r.file);
    expect(unexplained).toEqual([]);
  });

  it.each(readings.map((r) => [r.file, r] as const))('%s', (file, r) => {
    const expected = DIFFERENCES[file] ?? reference(r.graphology, r.networkx)!;
    const bytes = readGraphFileBytes(file);
    if ('refused' in expected) {
      expect(() => importGraph(bytes)).toThrow(expected.refused);
      return;
    }
    const { graph } = importGraph(bytes);
    expect({ nodes: graph.order, edges: graph.size, type: graph.type }).toEqual({ nodes: expected.nodes, edges: expected.edges, type: expected.type });
    // Parallel edges are all kept: the graph is a multigraph whenever the file has any.
    const pairs = new Set(graph.mapEdges((_e, _a, s, t, _sa, _ta, u) => (u && s > t ? `${t}\0${s}` : `${s}\0${t}`) + (u ? '\0u' : '')));
    if (pairs.size < graph.size) expect(graph.multi).toBe(true);
  });

  it.each(readings.map((r) => [r.file] as const))('%s read strictly: the same graph, or refused for what leniency forgave', (file) => {
    const bytes = readGraphFileBytes(file);
    let lenient;
    try {
      lenient = importGraph(bytes);
    } catch {
      return; // refused either way
    }
    if (!lenient.fixes.length) {
      expect(importGraph(bytes, { strict: true }).graph.order).toBe(lenient.graph.order);
      return;
    }
    let error: unknown;
    try {
      importGraph(bytes, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/refused by the strict reading \(without --strict, /);
  });
});

/** Every key sorted, recursively, so that attribute order does not count. */
function canonical(v: unknown, nonFinite: (n: number) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => canonical(x, nonFinite));
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k], nonFinite)]),
    );
  return typeof v === 'number' && !Number.isFinite(v) ? nonFinite(v) : v;
}

/** A graph's content: type (mixed only with undirected edges in it), nodes, edges, attributes. */
function content(graph: AnyGraph, format: string) {
  const type = graph.type === 'mixed' && !graph.undirectedSize ? 'directed' : graph.type;
  return canonical(
    {
      type,
      attributes: format === 'gexf' ? {} : graph.getAttributes(),
      nodes: graph.mapNodes((n, a) => [n, a]),
      edges: graph.mapEdges((e, a, s, t, _sa, _ta, undirected) => [e, s, t, undirected, a]),
    },
    (n) => (format === 'json' ? null : String(n)),
  );
}

const EXPORTS = { gexf: exportGexf, graphml: exportGraphml, json: exportJson };

describe.skipIf(!HAVE_GRAPH_FILES)('real graph files: every attribute survives import → export → import', () => {
  it.each(readings.flatMap((r) => Object.keys(EXPORTS).map((f) => [r.file, f] as const)))('%s as %s', (file, format) => {
    let graph: AnyGraph;
    try {
      graph = importGraph(readGraphFileBytes(file)).graph as AnyGraph;
    } catch {
      return; // refused: see the table above
    }
    const exported = EXPORTS[format as keyof typeof EXPORTS](graph);
    const again = importGraph(exported.text).graph as AnyGraph;
    // GEXF's <meta> holds only creator, description and keywords, JSON no Infinity or NaN
    // (the exports warn); GEXF and GraphML have no mixed graph without undirected edges.
    expect(content(again, format)).toEqual(content(graph, format));
    if (format === 'gexf')
      for (const k of ['creator', 'description', 'keywords'])
        if (typeof graph.getAttribute(k) === 'string') expect(again.getAttribute(k)).toBe(graph.getAttribute(k));
  });
});

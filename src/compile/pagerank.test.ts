import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../kb/load.ts';
import { MultiDirectedGraph } from '../model/graph.ts';
import type { Ontology } from '../model/types.ts';
import { synthFiles, synthesize } from '../synth/index.ts';
import { buildGraph } from './graph.ts';
import { pagerank } from './pagerank.ts';

describe('pagerank', () => {
  it('gives graphology-metrics’ ranks to the last bit, with parallel edges, self-loops and dangling nodes', () => {
    const ontologyYaml = readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'ontology.yaml'), 'utf8');
    const loaded = loadKnowledgeBase([...synthFiles(synthesize(parse(ontologyYaml) as Ontology, { entities: 300, relations: 1200, seed: 2 }), ontologyYaml)]);
    if (!loaded.ok) throw new Error('invalid');
    const graph = buildGraph(loaded.value);
    const theirs = graphologyPagerank(graph, { getEdgeWeight: null });
    const unrounded = pagerank(
      graph.order,
      Int32Array.from(graph.mapEdges((_e, _a, s) => graph.nodes().indexOf(s))),
      Int32Array.from(graph.mapEdges((_e, _a, _s, t) => graph.nodes().indexOf(t))),
    );
    graph.nodes().forEach((node, i) => expect(unrounded[i]).toBe(theirs[node]));
  });

  it('handles a tiny graph as graphology does', () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    for (const [s, t] of [
      ['a', 'b'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'c'],
      ['c', 'a'],
    ])
      g.addEdge(s, t);
    const theirs = graphologyPagerank(g, { getEdgeWeight: null });
    const ours = pagerank(4, Int32Array.from([0, 0, 1, 2, 2]), Int32Array.from([1, 1, 2, 2, 0]));
    expect([...ours]).toEqual(['a', 'b', 'c', 'd'].map((n) => theirs[n]));
  });
});

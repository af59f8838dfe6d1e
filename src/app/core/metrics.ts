// Metrics that colour or size entities, computed on the whole dataset when first chosen
// (never before the first draw): degree and PageRank as the build computes them,
// betweenness (graphology-metrics) and Louvain communities (graphology-communities-louvain)
// over the relations without their direction, since who is linked matters here, not
// which way a sentence put it. Louvain's walk is seeded, so colours are stable.
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { pagerank } from '../../compile/pagerank.ts';
import { seededRng } from '../../layout/rng.ts';
import { MultiDirectedGraph, UndirectedGraph } from '../../model/graph.ts';
import type { KnowledgeGraphData, NodeMetric } from './types.ts';

/** Who is linked to whom, once per pair, without self-loops. */
export function linkedPairs(graph: KnowledgeGraphData): UndirectedGraph {
  const out = new UndirectedGraph();
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target) out.mergeEdge(source, target);
  });
  return out;
}

export function degrees(graph: KnowledgeGraphData): Map<string, number> {
  return new Map(graph.mapNodes((node, a) => [node, Number.isFinite(a.degree) ? a.degree : graph.degree(node)]));
}

/** The build's PageRank: its values where the graph has them, else the same computation. */
export function pageranks(graph: KnowledgeGraphData): Map<string, number> {
  if (graph.someNode((_n, a) => a.pagerank > 0)) return new Map(graph.mapNodes((node, a) => [node, a.pagerank]));
  const index = new Map(graph.nodes().map((node, i) => [node, i]));
  const source = Int32Array.from(graph.mapEdges((_e, _a, s) => index.get(s)!));
  const target = Int32Array.from(graph.mapEdges((_e, _a, _s, t) => index.get(t)!));
  const ranks = graph.order ? pagerank(graph.order, source, target) : new Float64Array(0);
  return new Map(graph.mapNodes((node) => [node, ranks[index.get(node)!]!]));
}

/** Normalised betweenness centrality (Brandes): O(nodes × edges), so only for graphs the settings allow. */
export function betweenness(graph: KnowledgeGraphData): Map<string, number> {
  return new Map(Object.entries(betweennessCentrality(linkedPairs(graph), { getEdgeWeight: null })));
}

/** Louvain communities, numbered by size (0 the largest, ties by first member in graph order). */
export function communities(graph: KnowledgeGraphData, seed: number): Map<string, number> {
  const raw = louvain(linkedPairs(graph), { getEdgeWeight: null, rng: seededRng(seed) });
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = raw[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const out = new Map<string, number>();
  const bySize = [...members.values()].sort((a, b) => b.length - a.length);
  bySize.forEach((list, i) => {
    for (const node of list) out.set(node, i);
  });
  return out;
}

export function computeMetric(graph: KnowledgeGraphData, metric: NodeMetric, seed: number): Map<string, number> {
  switch (metric) {
    case 'degree':
      return degrees(graph);
    case 'pagerank':
      return pageranks(graph);
    case 'betweenness':
      return betweenness(graph);
    case 'community':
      return communities(graph, seed);
  }
}

/** The metrics computed in a worker (controllers/appearance.ts): the costly ones. */
export const WORKER_METRICS = ['betweenness', 'community'] as const;
export type WorkerMetric = (typeof WORKER_METRICS)[number];

/** What a worker needs of the graph: its edges as node indices (in graph order). */
export function edgeIndices(graph: KnowledgeGraphData): { order: number; source: Int32Array; target: Int32Array } {
  const index = new Map(graph.nodes().map((node, i) => [node, i]));
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let k = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    source[k] = index.get(s)!;
    target[k++] = index.get(t)!;
  });
  return { order: graph.order, source, target };
}

/** A worker metric over edges given as indices: the values in node order, as `computeMetric` gives them on the graph itself. */
export function metricOfIndices(metric: WorkerMetric, seed: number, order: number, source: Int32Array, target: Int32Array): Float64Array {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as KnowledgeGraphData;
  for (let i = 0; i < order; i++) graph.addNode(String(i));
  for (let k = 0; k < source.length; k++) graph.addDirectedEdge(String(source[k]), String(target[k]));
  const values = computeMetric(graph, metric, seed);
  return Float64Array.from({ length: order }, (_, i) => values.get(String(i))!);
}

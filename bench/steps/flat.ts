// The graph's records with scalar attributes only, as one JSON file: what NetworkX,
// igraph and a bare graphology build all construct from in the comparison.
import type { KnowledgeGraphData } from '../../src/compile/graph.ts';

export interface FlatRecords {
  nodes: Array<[id: string, attributes: Record<string, string | number>]>;
  edges: Array<[key: string, source: string, target: string, attributes: Record<string, string | number>]>;
}

export function* flatRecords(graph: KnowledgeGraphData): Generator<string> {
  yield '{"nodes":[';
  let sep = '';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const attrs = { label: a.label, entityType: a.entityType, color: a.color, x: a.x, y: a.y, size: a.size, pagerank: a.pagerank, degree: a.degree };
    yield sep + JSON.stringify([node, attrs]);
    sep = ',';
  }
  yield '],"edges":[';
  sep = '';
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const ev = a.evidence[0];
    const attrs = {
      label: a.label,
      relationType: a.relationType,
      factuality: a.factuality,
      color: a.color,
      size: a.size,
      source: ev?.source ?? '',
      quote: ev?.quote ?? '',
    };
    yield sep + JSON.stringify([edge, source, target, attrs]);
    sep = ',';
  }
  yield ']}\n';
}

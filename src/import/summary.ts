// What a graph holds, in numbers: what `faktograf import` prints.
import type { AnyGraph } from '../export/types.ts';
import { ownRecord } from '../model/own.ts';

export interface GraphSummary {
  nodes: number;
  edges: number;
  type: string;
  multi: boolean;
  /** Attribute name → number of nodes (edges) that have it, in first-seen order (null-prototype records). */
  nodeAttributes: Record<string, number>;
  edgeAttributes: Record<string, number>;
  graphAttributes: string[];
  /** Counts by `entityType` / `relationType`, when the graph has them. */
  entityTypes: Record<string, number>;
  relationTypes: Record<string, number>;
}

function tally(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function summarize(graph: AnyGraph): GraphSummary {
  const s: GraphSummary = {
    nodes: graph.order,
    edges: graph.size,
    type: graph.type,
    multi: graph.multi,
    nodeAttributes: ownRecord(),
    edgeAttributes: ownRecord(),
    graphAttributes: Object.keys(graph.getAttributes()),
    entityTypes: ownRecord(),
    relationTypes: ownRecord(),
  };
  for (const { attributes } of graph.nodeEntries()) {
    for (const k of Object.keys(attributes)) tally(s.nodeAttributes, k);
    if (typeof attributes.entityType === 'string') tally(s.entityTypes, attributes.entityType);
  }
  for (const { attributes } of graph.edgeEntries()) {
    for (const k of Object.keys(attributes)) tally(s.edgeAttributes, k);
    if (typeof attributes.relationType === 'string') tally(s.relationTypes, attributes.relationType);
  }
  return s;
}

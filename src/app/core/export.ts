// The one place the explorer turns a graph into a GEXF document: the same schema-valid
// writer as the library and the CLI, with its notes on what GEXF cannot carry.
import { exportGexf } from '../../export/index.ts';
import type { KnowledgeGraphData } from './types.ts';

export function toGexf(graph: KnowledgeGraphData): { text: string; warnings: string[] } {
  return exportGexf(graph, { version: '1.3' });
}

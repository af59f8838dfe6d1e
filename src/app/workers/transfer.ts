// What passes between the explorer and the extraction worker: a dataset as structured-clone
// data (the graph in graphology's serialised form, sources as a list), and back. The
// messages the worker takes and sends.
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { SerializedGraph } from 'graphology-types';
import type { BuiltSource, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/types.ts';
import { makeDataset } from '../core/dataset.ts';
import type { StringKey } from '../core/i18n.ts';
import type { Dataset, DraftArticle, KnowledgeGraphData } from '../core/types.ts';

export interface DatasetData {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  sources: BuiltSource[];
  fileName: string | null;
  article: DraftArticle | null;
}

export const datasetData = (d: Dataset): DatasetData => ({
  graph: d.graph.export(),
  sources: [...d.sources.values()],
  fileName: d.fileName,
  article: d.article,
});

export function datasetOf(data: DatasetData): Dataset {
  const graph: KnowledgeGraphData = MultiDirectedGraph.from(data.graph);
  return makeDataset(graph, data.sources, data.fileName, data.article);
}

/** A failure: an ArticleError's key and detail, or any other error's message. */
export type Failure = { key: StringKey; detail: string } | { message: string };

export type ToWorker =
  /** Load the dictionary from `dictionaryUrl` and link to the knowledge base `base`. */
  { kind: 'load'; base: DatasetData; dictionaryUrl: string } | { kind: 'make'; id: number; text: string; published: string };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'load-failed'; failure: Failure }
  | { kind: 'made'; id: number; dataset: DatasetData }
  | { kind: 'make-failed'; id: number; failure: Failure };

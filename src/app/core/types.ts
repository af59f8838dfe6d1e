// Types of the explorer's state: the dataset it shows and the view the user has chosen.
import type { MultiDirectedGraph } from 'graphology';
import type { BuiltSource, EdgeAttributes, GraphAttributes, Lang, NodeAttributes } from '../../model/types.ts';

export type KnowledgeGraphData = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the explorer shows: the built knowledge base or a graph file the user opened. */
export interface Dataset {
  graph: KnowledgeGraphData;
  sources: Map<string, BuiltSource>;
  /** `null` for the built knowledge base, else the opened file's name. */
  fileName: string | null;
  /** False for opened files whose edges carry no evidence. */
  hasEvidence: boolean;
  hasPagerank: boolean;
}

export type SizeBy = 'degree' | 'pagerank';

export type Selection =
  | { kind: 'node'; id: string }
  | { kind: 'edge'; id: string; evidence: number }
  | null;

/** Each list names what is hidden, so an empty filter shows everything. */
export interface Filters {
  entityTypes: string[];
  relationTypes: string[];
  certainties: string[];
  sources: string[];
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface PathQuery {
  from: string;
  to: string;
}

export interface ViewState {
  selection: Selection;
  filters: Filters;
  lang: Lang;
  sizeBy: SizeBy;
  path: PathQuery | null;
  /** The source shown in the text panel. */
  source: string | null;
  camera: CameraView | null;
}

/** How a state change enters the browser history. */
export type Commit = 'push' | 'replace' | 'silent';

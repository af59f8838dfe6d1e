// Types of the explorer's state: the dataset it shows and the view the user has chosen.
import type { MultiDirectedGraph } from 'graphology';
import type { Draft } from '../../extract/extract.ts';
import type { TextFile } from '../../kb/files.ts';
import type { BuiltSource, EdgeAttributes, GraphAttributes, Lang, NodeAttributes } from '../../model/types.ts';
import type { EdgeSizeBy } from '../../model/appearance.ts';
import type { Mention } from './mentions.ts';

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
  /** What is not reviewed yet: drawn dashed, badged in the panels, a filter of its own. */
  drafts: DraftMarks;
  /** The article a draft was extracted from in this session, or null. */
  article: DraftArticle | null;
  /** What the importer said of an opened file: fixes it made, what it could not keep. */
  warnings?: string[];
}

export interface DraftMarks {
  /** New entities: the session's draft, and any entity whose data says `draft: true`. */
  nodes: ReadonlySet<string>;
  /** Relations the session's draft brings. */
  edges: ReadonlySet<string>;
}

/** An article extracted in the browser and merged, unreviewed, into the knowledge base. */
export interface DraftArticle {
  /** Its id among the dataset's sources. */
  source: string;
  /** Ids of the relations it brings, as merged. */
  relations: string[];
  /** Where the extractor found each entity in the text: sorted, never overlapping. */
  mentions: Mention[];
  /** As `faktograf extract --json` prints it: the input of `faktograf merge`. */
  draft: Draft;
  /** The files the draft adds to `graph/` (the article's text and metadata, entities, relations). */
  files: TextFile[];
  /** Relations the knowledge base's ontology cannot hold, left out. */
  dropped: string[];
}

/** A node's value that colours or sizes it: a metric of the graph, or one of its own attributes (`attr:` and the key). */
export type NodeMetric = 'degree' | 'pagerank' | 'betweenness' | 'community';
export type AttributeRef = `attr:${string}`;
export type SizeBy = Exclude<NodeMetric, 'community'> | AttributeRef;
/** `type`: the ontology's colours. */
export type ColorBy = 'type' | NodeMetric | AttributeRef;
export type { EdgeSizeBy } from '../../model/appearance.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string; evidence: number } | null;

/** Each list names what is hidden, so an empty filter shows everything. */
export interface Filters {
  entityTypes: string[];
  relationTypes: string[];
  /** Factualities of the relations (the firmest claim's). */
  factualities: string[];
  /** Claimants: a relation is hidden when every claim of it is by hidden claimants; `-` is the outlet's own voice. */
  claimants: string[];
  /** Numbers of independent outlets, as text ("1", "2"): hiding "1" shows what two outlets or more carry. */
  outlets: string[];
  sources: string[];
  /** Outlets (their ids, as evidence names them): a relation is hidden when every quote of it is from hidden outlets. */
  media: string[];
  /** `entities` and/or `relations` of the draft. */
  drafts: string[];
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

/** Only the entities within `hops` relations of `around` are shown (neighbourhood expansion). */
export interface Neighbourhood {
  around: string[];
  hops: number;
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
  /** Show what was known on this day (ISO date): only evidence of sources published by then. */
  asOf: string | null;
  /** The timeline's brush: only claims dated within these days (ISO dates, both included). */
  period: Period | null;
  /** Show only the neighbourhood of some entities, or everything. */
  neighbourhood: Neighbourhood | null;
  /** Hide the entities the filters leave without a relation. */
  hideOrphans: boolean;
  /** What colours the nodes (the appearance panel). */
  colorBy: ColorBy;
  /** What a relation's thickness says. */
  edgeSizeBy: EdgeSizeBy;
}

export type Period = [from: string, to: string];

/**
 * How a state change enters the browser history. `restore` brings back a whole earlier
 * view (undo, redo, a workspace file): it replaces the history entry and moves the camera.
 */
export type Commit = 'push' | 'replace' | 'silent' | 'restore';

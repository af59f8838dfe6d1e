// The data model shared by every layer: knowledge-base records as written in `graph/`,
// and the attributes they carry once built into a graphology graph.

/** A text in both languages of the graph. */
export interface LangText {
  pl: string;
  en: string;
}

export type Lang = keyof LangText;

export const PRECISIONS = ['exact', 'approximate', 'at-least', 'at-most'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface Quantity {
  value: number;
  precision: Precision;
  unit?: LangText;
}

export interface Qualifiers {
  quantity?: Quantity;
  /** ISO 8601 date `YYYY-MM-DD`, month `YYYY-MM` or year `YYYY`. */
  time?: string;
  /** Entity id of a place. */
  place?: string;
  purpose?: LangText;
  role?: LangText;
}

export type AttributeValue = string | number | boolean;

export interface EntityTypeDef {
  label: LangText;
  color: string;
  description?: LangText;
}

export interface RelationTypeDef {
  label: LangText;
  color: string;
  /** Entity types allowed as subject. */
  subject: string[];
  /** Entity types allowed as object. */
  object: string[];
  description?: LangText;
}

export interface CertaintyDef {
  label: LangText;
  /** Higher is firmer; lets a filter say "at least reported". */
  rank: number;
  description?: LangText;
}

export interface Ontology {
  entityTypes: Record<string, EntityTypeDef>;
  relationTypes: Record<string, RelationTypeDef>;
  certainty: Record<string, CertaintyDef>;
}

export interface Outlet {
  name?: string;
  country?: string;
  url?: string;
  note?: string;
}

export interface SourceMeta {
  id: string;
  title: LangText;
  language: string;
  /** ISO date the article was published. */
  published: string;
  outlet: Outlet;
  url?: string;
  /** File name of the verbatim text, relative to the metadata file. */
  text: string;
  note?: string;
}

export interface Source extends Omit<SourceMeta, 'text'> {
  text: string;
}

export interface Entity {
  id: string;
  type: string;
  name: LangText;
  aliases: string[];
  wikidata?: string;
  description?: LangText;
  attributes: Record<string, AttributeValue>;
}

export interface Evidence {
  source: string;
  quote: string;
  /** Which occurrence of the quote in its source is meant (1-based), when it occurs more than once. */
  occurrence?: number;
  /** The words right before the quote in its source, to say which occurrence is meant. */
  prefix?: string;
  /** The words right after it. */
  suffix?: string;
}

/** Evidence located in its source: `text.slice(start, end)` is the quoted span. */
export interface ResolvedEvidence extends Evidence {
  start: number;
  end: number;
  /** Index into the source's sentence list of the sentence where the quote starts. */
  sentence: number;
}

export interface Relation {
  id: string;
  subject: string;
  type: string;
  object: string;
  certainty: string;
  attributedTo: string[];
  qualifiers: Qualifiers;
  evidence: Evidence[];
}

export interface KnowledgeBase {
  ontology: Ontology;
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
}

/** A source as the explorer receives it: text plus sentence boundaries. */
export interface BuiltSource extends Source {
  sentences: Array<[start: number, end: number]>;
}

// ---- Graph attributes --------------------------------------------------------------

export interface NodeAttributes {
  /** Display label (Polish by default; the explorer switches language). */
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Ontology type. Not `type`: Sigma reads `type` as its render program. */
  entityType: string;
  name: LangText;
  aliases: string[];
  wikidata?: string;
  description?: LangText;
  attributes: Record<string, AttributeValue>;
  pagerank: number;
  degree: number;
  /** An opened file's attributes the fields above do not hold (lists, objects), as the file has them. */
  data?: Record<string, unknown>;
}

export interface EdgeAttributes {
  label: string;
  size: number;
  color: string;
  /** Ontology relation type. Not `type`: Sigma reads `type` as its render program. */
  relationType: string;
  certainty: string;
  attributedTo: string[];
  qualifiers: Qualifiers;
  evidence: ResolvedEvidence[];
  /** An undirected edge of an opened file (the explorer's graph is directed; this says it has no direction). */
  undirected?: true;
  /** An opened file's attributes the fields above do not hold (weight, its own columns), as the file has them. */
  data?: Record<string, unknown>;
}

export interface GraphAttributes {
  name: string;
  ontology: Ontology;
  sources: string[];
}

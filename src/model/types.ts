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

/** Factuality in the FactBank / NewsReader sense, firmest first. */
export const FACTUALITIES = ['certain', 'probable', 'possible', 'underspecified'] as const;
export type Factuality = (typeof FACTUALITIES)[number];

export const POLARITIES = ['positive', 'negative'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Event status, apart from factuality: an announced decision is certain and planned. */
export const STATUSES = ['occurred', 'ongoing', 'planned', 'promised'] as const;
export type Status = (typeof STATUSES)[number];

/** Where a qualifier value comes from. */
export const BASES = ['text', 'metadata', 'inferred'] as const;
export type BasisKind = (typeof BASES)[number];

export interface Basis {
  basis: BasisKind;
  /** With `metadata`: the rule that resolved it ("w listopadzie" = November of the year before publication). */
  rule?: string;
  /** Required with `inferred`: the knowledge base's reasoning. */
  note?: string;
}

export interface Quantity extends Basis {
  value: number;
  precision: Precision;
  unit?: LangText;
  /**
   * The unit's forms by plural category (CLDR: Polish one/few/many/other, English one/other),
   * where the number changes it: "1 żołnierz", "2 żołnierze", "5 żołnierzy". `unit` is the fallback.
   */
  unitForms?: UnitForms;
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type UnitForms = Partial<Record<Lang, Partial<Record<PluralCategory, string>>>>;

/** A qualifier whose value is one text: an ISO date or an entity id. */
export interface ValueQualifier extends Basis {
  value: string;
}

export interface TextQualifier extends LangText, Basis {}

export interface Qualifiers {
  quantity?: Quantity;
  /** `value`: ISO 8601 date `YYYY-MM-DD`, month `YYYY-MM` or year `YYYY`. */
  time?: ValueQualifier;
  /** `value`: entity id of a place. */
  place?: ValueQualifier;
  purpose?: TextQualifier;
  role?: TextQualifier;
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
  /** May happen again between the same two entities (two visits): two dates are then no conflict. */
  repeatable?: boolean;
  description?: LangText;
}

/** One value of a fixed vocabulary (factuality, polarity, status, basis): its labels. */
export interface VocabularyDef {
  label: LangText;
  description?: LangText;
}

export interface FactualityDef extends VocabularyDef {
  /** Higher is firmer: lets a filter say "at least probable". */
  rank: number;
}

export interface Ontology {
  entityTypes: Record<string, EntityTypeDef>;
  relationTypes: Record<string, RelationTypeDef>;
  factuality: Record<Factuality, FactualityDef>;
  polarity: Record<Polarity, VocabularyDef>;
  status: Record<Status, VocabularyDef>;
  basis: Record<BasisKind, VocabularyDef>;
}

export interface Outlet {
  /** The outlet's identity (kebab-case), shared by its sources: two of them count as one outlet. */
  id?: string;
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
  /** The name in the genitive, where it differs from `name` in that language ("według Ministerstwa Obrony…"). */
  genitive?: Partial<LangText>;
  aliases: string[];
  /**
   * Forms that name the entity only in one source (source id → forms): "kontyngentu",
   * "spotkaniem". Marked in that source's text, never used to resolve a name elsewhere.
   */
  mentions?: Record<string, string[]>;
  wikidata?: string;
  description?: LangText;
  attributes: Record<string, AttributeValue>;
}

/** One claim of a relation in one source. */
export interface Evidence {
  source: string;
  quote: string;
  /** Which occurrence of the quote in its source is meant (1-based), when it occurs more than once. */
  occurrence?: number;
  /** The words right before the quote in its source, to say which occurrence is meant. */
  prefix?: string;
  /** The words right after it. */
  suffix?: string;
  /** Entity ids that assert it in that source; empty when the outlet says it in its own voice. */
  claimedBy: string[];
  /** As that source gives it (default `certain`). */
  factuality: Factuality;
  /** Default `positive`; a denial or "did not confirm" is `negative`. */
  polarity: Polarity;
  /** Default `occurred`. */
  status: Status;
}

/** Evidence located in its source: `text.slice(start, end)` is the quoted span. */
export interface ResolvedEvidence extends Evidence {
  start: number;
  end: number;
  /** Index into the source's sentence list of the sentence where the quote starts. */
  sentence: number;
  /** The source's outlet identity (its `outlet.id`, else `source:<id>`). */
  outlet: string;
}

export interface Relation {
  id: string;
  subject: string;
  type: string;
  object: string;
  /** `text` (default): the evidence says it; `inferred`: the knowledge base's reasoning, with `note`. */
  basis: 'text' | 'inferred';
  note?: string;
  qualifiers: Qualifiers;
  evidence: Evidence[];
}

/** How many sources, distinct outlets and independent outlets (wire copies once) carry a relation. */
export interface Corroboration {
  sources: number;
  outlets: number;
  independentOutlets: number;
}

/** One side of a conflict: a relation's claim with its value and quotes. */
export interface ConflictSide {
  relation: string;
  /** The value in conflict, as text: `~6000 killed or wounded`, `2025-06-17`, a place id, `negative`. */
  value: string;
  claimedBy: string[];
  evidence: Array<Pick<ResolvedEvidence, 'source' | 'outlet' | 'quote' | 'start' | 'end' | 'claimedBy' | 'factuality' | 'polarity'>>;
}

export const CONFLICT_KINDS = ['quantity', 'time', 'place', 'polarity'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** Two claims filling one slot with incompatible values, found by the builder. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  subject: string;
  type: string;
  object: string;
  sides: [ConflictSide, ConflictSide];
}

/** A figure that changes over time in one slot: not a conflict. */
export interface Series {
  id: string;
  subject: string;
  type: string;
  object: string;
  points: Array<{ relation: string; time: string; value: number; precision: Precision; claimedBy: string[] }>;
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
  genitive?: Partial<LangText>;
  aliases: string[];
  /** Source id → forms naming the entity in that source only (when it has any). */
  mentions?: Record<string, string[]>;
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
  /** Derived from the evidence: the firmest claim's factuality and polarity. */
  factuality: Factuality;
  polarity: Polarity;
  /** Derived: the status given by the latest source. */
  status: Status;
  basis: 'text' | 'inferred';
  note?: string;
  /** Derived: the union of the evidence's claimants. */
  claimedBy: string[];
  corroboration: Corroboration;
  /** Ids of the conflicts this relation is a side of (graph attribute `conflicts`). */
  conflicts: string[];
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
  conflicts: Conflict[];
  series: Series[];
}

// Any graphology graph -> the explorer's dataset. The built knowledge base passes through
// unchanged in shape; an opened file gets the same attributes with honest defaults
// (names from labels, types from a type-like attribute, no evidence), so every panel works.
import { type Graph, MultiDirectedGraph } from '../../model/graph.ts';
import { ownRecord } from '../../model/own.ts';
import { PALETTE } from '../../model/palette.ts';
import type { Attributes } from 'graphology-types';
import type { AttributeValue, BuiltSource, EdgeAttributes, EntityTypeDef, LangText, NodeAttributes, Ontology, ResolvedEvidence } from '../../model/types.ts';
import { flatten, setPath } from '../../export/flat.ts';
import { CLAIM_KEYS, claim, claimEvidence, claimVocabularies, conflictList, isClaim, seriesList, sourceMentions } from './claim-attributes.ts';
import type { Dataset, DraftArticle, DraftMarks, KnowledgeGraphData } from './types.ts';

/** Attributes that other tools use for a node's category, most explicit first. */
const TYPE_KEYS = ['entityType', 'type', 'kind', 'category', 'class', 'group', 'labelV', 'modularity_class'];
const NODE_KEYS = new Set([
  'label',
  'x',
  'y',
  'size',
  'color',
  'entityType',
  'type',
  'name',
  'name_pl',
  'name_en',
  'genitive',
  'aliases',
  'wikidata',
  'description',
  'attributes',
  'mentions',
  'pagerank',
  'degree',
]);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** A colour WebGL and CSS both read: hex or rgb()/rgba(); anything else is dropped. */
const COLOR = /^(#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(?:,\s*(?:0|1|0?\.\d+)\s*)?\))$/i;
const color = (v: unknown): string => (typeof v === 'string' && COLOR.test(v.trim()) ? v.trim() : '');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function langText(v: unknown, fallback: string): LangText {
  if (isObject(v)) return { pl: str(v.pl) ?? str(v.en) ?? fallback, en: str(v.en) ?? str(v.pl) ?? fallback };
  const s = str(v) ?? fallback;
  return { pl: s, en: s };
}

/** Lists that flat formats (GEXF, GraphML) carry as JSON text. */
function parsedList(v: unknown): unknown {
  if (typeof v !== 'string' || !v.trimStart().startsWith('[')) return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

/**
 * Dotted keys (`name.pl`, `qualifiers.time`) back into nested objects. Only own keys are
 * walked and set, so `__proto__.x` or `constructor.prototype.x` is an ordinary path.
 */
function unflatten(attrs: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attrs)) setPath(out, key.split('.'), value);
  return out;
}

function stringList(raw: unknown): string[] {
  const v = parsedList(raw);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  if (typeof v === 'string')
    return v
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

/**
 * The attributes the details panel lists: every scalar the node carries besides the ones
 * the explorer reads itself, nested ones by their dotted path (`address.city`).
 */
function primitiveAttributes(attrs: Attributes): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  const add = (path: string[], value: unknown) => {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) setPath(out, [path.join('.')], value);
  };
  const nested = isObject(attrs.attributes) ? attrs.attributes : {};
  // A name the explorer reads itself is listed when it sits in `attributes`.
  const listed = (k: string) => k !== 'attributes' && Object.hasOwn(nested, k);
  const skip = Object.keys(nested).some((k) => NODE_KEYS.has(k) && listed(k)) ? new Set([...NODE_KEYS].filter((k) => !listed(k))) : NODE_KEYS;
  flatten(attrs, add, skip);
  flatten(nested, add);
  return out;
}

function evidenceList(raw: unknown): ResolvedEvidence[] {
  const v = parsedList(raw);
  if (!Array.isArray(v)) return [];
  return v.filter(isEvidence).map(claimEvidence);
}

/** The attributes of `a` not in `known`, or undefined when there are none (null-prototype: keys come from the file). */
function extra(a: Attributes, known: (key: string, value: unknown) => boolean): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(a)) if (!known(k, v)) (out ??= Object.create(null) as Record<string, unknown>)[k] = v;
  return out;
}

/** A Faktograf entity's genitive names (`{pl, en}`, either), or undefined. */
function genitiveOf(v: unknown): Partial<LangText> | undefined {
  if (!isObject(v)) return undefined;
  const pl = str(v.pl);
  const en = str(v.en);
  return pl || en ? { ...(pl ? { pl } : {}), ...(en ? { en } : {}) } : undefined;
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

function node(key: string, a: Attributes, index: number, order: number): NodeAttributes {
  // igraph and TinkerPop name a node with a plain-text `name`.
  const label = str(a.label) ?? str(a.name) ?? key;
  const angle = (2 * Math.PI * index) / Math.max(1, order);
  const name = isObject(a.name) ? langText(a.name, label) : { pl: str(a.name_pl) ?? label, en: str(a.name_en) ?? str(a.name_pl) ?? label };
  const wikidata = str(a.wikidata);
  return {
    label,
    x: num(a.x) ?? Math.cos(angle) * 100,
    y: num(a.y) ?? Math.sin(angle) * 100,
    size: num(a.size) ?? 5,
    color: color(a.color),
    entityType: TYPE_KEYS.map((k) => str(a[k])).find(Boolean) ?? 'entity',
    name,
    ...optional('genitive', genitiveOf(a.genitive)),
    aliases: stringList(a.aliases),
    ...(isObject(a.mentions) ? { mentions: sourceMentions(a.mentions) } : {}),
    ...(wikidata && /^Q\d+$/.test(wikidata) ? { wikidata } : {}),
    ...(a.description !== undefined ? { description: langText(a.description, '') } : {}),
    attributes: primitiveAttributes(a),
    pagerank: num(a.pagerank) ?? 0,
    degree: num(a.degree) ?? NaN,
    // Lists and objects (spells, parents, liststrings): the details list only shows scalars.
    ...optional(
      'data',
      extra(a, (k, v) => NODE_KEYS.has(k) || isScalar(v)),
    ),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [k in K]: V }));

const EDGE_KEYS = ['label', 'size', 'color', 'relationType', ...CLAIM_KEYS, 'qualifiers', 'evidence'];
const isEvidence = (e: unknown): e is ResolvedEvidence =>
  isObject(e) && typeof e.source === 'string' && typeof e.quote === 'string' && Number.isInteger(e.start) && Number.isInteger(e.end);

/**
 * Already what `edge` would make of it (the builder's relations are): kept as it is, since
 * copying a quarter of a million relations and their evidence lists costs a second.
 */
function edgeInShape(a: Attributes): a is EdgeAttributes {
  let keys = 0;
  for (const key in a)
    if (EDGE_KEYS.includes(key)) keys++;
    else if (key !== 'note') return false;
  return (
    keys === EDGE_KEYS.length &&
    str(a.label) === a.label &&
    str(a.relationType) === a.relationType &&
    num(a.size) === a.size &&
    color(a.color) === a.color &&
    isClaim(a) &&
    isObject(a.qualifiers) &&
    Array.isArray(a.evidence) &&
    a.evidence.every(isEvidence)
  );
}

function edge(a: Attributes, undirected: boolean): EdgeAttributes {
  if (edgeInShape(a) && !undirected) return a;
  const relationType = str(a.relationType) ?? str(a.label) ?? str(a.labelE) ?? 'related';
  const evidence = evidenceList(a.evidence);
  return {
    label: str(a.label) ?? relationType,
    size: num(a.size) ?? 1,
    color: color(a.color),
    relationType,
    ...claim({ ...a, claimedBy: parsedList(a.claimedBy), conflicts: parsedList(a.conflicts) }, evidence),
    qualifiers: isObject(a.qualifiers) ? a.qualifiers : {},
    evidence,
    ...(undirected ? { undirected: true as const } : {}),
    // Everything else the file says of the edge (weight, its own columns), kept for the GEXF export.
    ...optional(
      'data',
      extra(a, (k) => EDGE_KEYS.includes(k)),
    ),
  };
}

/** Types an opened file does not colour itself get the categorical palette's colours. */
function typesOf(values: Iterable<[type: string, color: string]>, start: number): Record<string, EntityTypeDef> {
  const out = new Map<string, EntityTypeDef>();
  for (const [type, color] of values) {
    if (!out.has(type)) out.set(type, { label: { pl: type, en: type }, color: color || PALETTE[(start + out.size) % PALETTE.length]! });
  }
  return ownRecord(out);
}

function isOntology(v: unknown): v is Ontology {
  return isObject(v) && isObject(v.entityTypes) && isObject(v.relationTypes) && isObject(v.factuality) && isObject(v.status);
}

/** An ontology for a graph that carries none: one type per distinct value seen. */
function deriveOntology(g: KnowledgeGraphData): Ontology {
  const entityTypes = typesOf(
    g.mapNodes((_n, a) => [a.entityType, a.color] as [string, string]),
    0,
  );
  const relations = typesOf(
    g.mapEdges((_e, a) => [a.relationType, a.color] as [string, string]),
    5,
  );
  const relationTypes = ownRecord(Object.entries(relations).map(([k, v]) => [k, { ...v, subject: [], object: [] }]));
  return { entityTypes, relationTypes, ...claimVocabularies() };
}

/** A file's own ontology, its tables keyed by own names only (lookups use type names from data). */
function ownOntology(o: Ontology): Ontology {
  const table = <T extends object>(t: T): T => ownRecord(Object.entries(t)) as T;
  // A file may leave out the vocabularies it does not use (polarity, basis): they are fixed.
  const full = { ...claimVocabularies(), ...o };
  return {
    ...full,
    entityTypes: table(full.entityTypes),
    relationTypes: table(full.relationTypes),
    factuality: table(full.factuality),
    polarity: table(full.polarity),
    status: table(full.status),
    basis: table(full.basis),
  };
}

/** Only flat formats have dotted keys: other attributes need no unflattening. */
function nested(attrs: Attributes): Attributes {
  for (const key in attrs) if (key.includes('.')) return unflatten(attrs);
  return attrs;
}

/**
 * Any graph in the explorer's shape; keys and direction are kept. A directed multigraph
 * (the builder's graph.json, most files) is normalised in place — copying a graph of
 * hundreds of thousands of edges costs seconds — anything else is copied into one.
 */
export function normalizeGraph(input: Graph, name: string): KnowledgeGraphData {
  const order = input.order;
  let i = 0;
  let g: KnowledgeGraphData;
  if (input.type === 'directed' && input.multi) {
    g = input as unknown as KnowledgeGraphData;
    g.updateEachNodeAttributes((key, attrs) => node(key, nested(attrs), i++, order));
    g.updateEachEdgeAttributes((_key, attrs) => edge(nested(attrs), false));
  } else {
    g = new MultiDirectedGraph();
    input.forEachNode((key, attrs) => g.addNode(key, node(key, nested(attrs), i++, order)));
    // Undirected edges are drawn and listed as such (no arrow, "neighbours"); the export gives them back undirected.
    input.forEachEdge((key, attrs, source, target, _s, _t, undirected) => g.addDirectedEdgeWithKey(key, source, target, edge(nested(attrs), undirected)));
  }
  g.updateEachNodeAttributes((key, attrs) => (Number.isFinite(attrs.degree) ? attrs : { ...attrs, degree: g.degree(key) }));
  const meta = input.getAttributes();
  const ontology = isOntology(meta.ontology) ? ownOntology(meta.ontology) : deriveOntology(g);
  g.replaceAttributes({
    name: str(meta.name) ?? name,
    ontology,
    sources: stringList(meta.sources),
    conflicts: conflictList(meta.conflicts),
    series: seriesList(meta.series),
  });
  return g;
}

/**
 * What is a draft: the entities an extraction added (they also say `draft: true`, as do
 * drafts merged with the command line and not reviewed yet) and the relations it brought.
 */
function draftMarks(graph: KnowledgeGraphData, relations: Iterable<string>): DraftMarks {
  return {
    nodes: new Set(graph.filterNodes((_n, a) => a.attributes?.draft === true)),
    edges: new Set([...relations].filter((id) => graph.hasEdge(id))),
  };
}

export function makeDataset(graph: KnowledgeGraphData, sources: BuiltSource[], fileName: string | null, article: DraftArticle | null = null): Dataset {
  return {
    graph,
    sources: new Map(sources.map((s) => [s.id, s])),
    fileName,
    hasEvidence: graph.someEdge((_e, a) => a.evidence.length > 0),
    hasPagerank: graph.someNode((_n, a) => a.pagerank > 0),
    drafts: draftMarks(graph, article?.relations ?? []),
    article,
  };
}

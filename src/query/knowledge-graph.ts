// The query API: entities by name, relations by filter, neighbours, paths and evidence.
// Framework-free and free of Node APIs, so code, tests, the CLI and the explorer share it.
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { MultiDirectedGraph } from '../model/graph.ts';
import { own } from '../model/own.ts';
import type {
  AttributeValue,
  Conflict,
  Corroboration,
  EdgeAttributes,
  Factuality,
  GraphAttributes,
  LangText,
  NodeAttributes,
  Ontology,
  Polarity,
  Qualifiers,
  ResolvedEvidence,
  Series,
  Status,
} from '../model/types.ts';
import { chooseMatch, type NameResolution } from './choose.ts';
import { NameIndex, type NameMatch } from './name-index.ts';
import { shortestNodePath } from './shortest-path.ts';
import { QueryError } from './errors.ts';
import { SparqlBackend, type SparqlOptions } from './sparql-backend.ts';
import { seriesAbout, timeline, type TimelineEntry } from './story.ts';

export interface EntityView {
  id: string;
  type: string;
  name: LangText;
  aliases: string[];
  wikidata?: string;
  description?: LangText;
  attributes: Record<string, AttributeValue>;
}

export type EvidenceView = Pick<
  ResolvedEvidence,
  'source' | 'outlet' | 'quote' | 'start' | 'end' | 'sentence' | 'claimedBy' | 'factuality' | 'polarity' | 'status'
>;

/** One relation: a claim with what its evidence says, derived by the builder. */
export interface RelationView {
  id: string;
  from: string;
  to: string;
  /** Set on an undirected edge (of an imported graph): `from` and `to` are then just its two ends. */
  undirected?: true;
  type: string;
  qualifiers: Qualifiers;
  factuality: Factuality;
  status: Status;
  polarity: Polarity;
  basis: 'text' | 'inferred';
  note?: string;
  claimedBy: string[];
  corroboration: Corroboration;
  conflicts: string[];
  evidence: EvidenceView[];
}

export interface RelationFilter {
  /** Entity ids (resolve names first with `findEntity`); an undirected edge matches by either end. */
  from?: string;
  to?: string;
  /** Either end. */
  involving?: string;
  type?: string | string[];
  factuality?: Factuality | Factuality[];
  /** Keep relations at least this firm (by the ontology's factuality ranks). */
  minFactuality?: Factuality;
  polarity?: Polarity;
  status?: Status | Status[];
  /** Claimed by this entity in some evidence. */
  claimedBy?: string;
  /** At least this many independent outlets (copies of one story count once). */
  minOutlets?: number;
  source?: string;
}

export type Direction = 'out' | 'in' | 'both';

export interface Neighbour {
  entity: string;
  relation: string;
  type: string;
  direction: 'out' | 'in';
}

export interface PathResult {
  nodes: string[];
  edges: string[];
}

type AnyGraph = Graph<Partial<NodeAttributes>, Partial<EdgeAttributes>, Partial<GraphAttributes>>;

const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The names a node goes by: its `name` in each language (or `name` itself, when an
 * imported file holds it as plain text) and its `label`.
 */
export function namesOf(a: { name?: unknown; label?: unknown }): string[] {
  const name = a.name;
  const names =
    typeof name === 'string' ? [name] : typeof name === 'object' && name !== null ? [(name as Partial<LangText>).pl, (name as Partial<LangText>).en] : [];
  return [...names, a.label].filter((n): n is string => typeof n === 'string');
}

/** An imported file's text attribute (TinkerPop's labelV and labelE: a node's type, an edge's label). */
const textOf = (a: object, key: string): string | undefined => {
  const v = (a as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
};

/** `r` seen from `end`: an undirected relation turned so that `end` is its `from` (or its `to`). */
function facing(r: RelationView, end: string | undefined, side: 'from' | 'to'): RelationView {
  if (!r.undirected || end === undefined || r[side] === end) return r;
  return { ...r, from: r.to, to: r.from };
}

/**
 * What `relations(filter)` keeps of a candidate relation: the relation (an undirected one
 * turned to face the filter's `from` or `to`), or undefined. Shared by every backend, so
 * that a filter means the same whoever answers it.
 */
export function relationFilter(
  filter: RelationFilter,
  ranks: Readonly<Record<string, { rank: number }>> | undefined,
): (r: RelationView) => RelationView | undefined {
  const types = list(filter.type);
  const factualities = list(filter.factuality);
  const statuses = list(filter.status);
  const minRank = filter.minFactuality !== undefined ? (ranks && own(ranks, filter.minFactuality))?.rank : undefined;
  if (filter.minFactuality !== undefined && minRank === undefined)
    throw new QueryError(`faktograf/query: unknown factuality "${filter.minFactuality}"; known: ${Object.keys(ranks ?? {}).join(', ')}`);
  return (relation) => {
    const r = facing(facing(relation, filter.to, 'to'), filter.from, 'from');
    if (filter.from && r.from !== filter.from) return undefined;
    if (filter.to && r.to !== filter.to) return undefined;
    if (filter.involving && r.from !== filter.involving && r.to !== filter.involving) return undefined;
    if (types && !types.includes(r.type)) return undefined;
    if (factualities && !factualities.includes(r.factuality)) return undefined;
    if (minRank !== undefined && ((ranks && own(ranks, r.factuality))?.rank ?? -Infinity) < minRank) return undefined;
    if (filter.polarity && r.polarity !== filter.polarity) return undefined;
    if (statuses && !statuses.includes(r.status)) return undefined;
    if (filter.claimedBy && !r.claimedBy.includes(filter.claimedBy)) return undefined;
    if (filter.minOutlets !== undefined && r.corroboration.independentOutlets < filter.minOutlets) return undefined;
    if (filter.source && !r.evidence.some((e) => e.source === filter.source)) return undefined;
    return r;
  };
}

export class KnowledgeGraph {
  readonly names: NameIndex;

  constructor(readonly graph: AnyGraph) {
    this.names = new NameIndex(
      graph.mapNodes((id, a) => ({
        id,
        names: namesOf(a),
        aliases: Array.isArray(a.aliases) ? a.aliases.filter((x): x is string => typeof x === 'string') : [],
        weight: typeof a.pagerank === 'number' ? a.pagerank : graph.degree(id),
      })),
    );
  }

  /** From graphology's serialized JSON, as the builder writes it. */
  static fromSerialized(data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>): KnowledgeGraph {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
    graph.import(data);
    return new KnowledgeGraph(graph as unknown as AnyGraph);
  }

  /**
   * The same questions asked of a SPARQL 1.1 endpoint holding the Turtle export (as
   * `faktograf load` writes it): answered by queries, without loading the graph.
   */
  static fromSparql(endpoint: string, options: SparqlOptions = {}): SparqlBackend {
    return new SparqlBackend(endpoint, options);
  }

  get ontology(): Ontology | undefined {
    return this.graph.getAttribute('ontology');
  }

  entity(id: string): EntityView | undefined {
    if (!this.graph.hasNode(id)) return undefined;
    const a = this.graph.getNodeAttributes(id);
    const label = a.label ?? id;
    return {
      id,
      type: a.entityType ?? textOf(a, 'labelV') ?? 'Unknown',
      name:
        typeof a.name === 'object' && a.name !== null
          ? a.name
          : { pl: typeof a.name === 'string' ? a.name : label, en: typeof a.name === 'string' ? a.name : label },
      aliases: a.aliases ?? [],
      ...(a.wikidata ? { wikidata: a.wikidata } : {}),
      ...(a.description ? { description: a.description } : {}),
      attributes: a.attributes ?? {},
    };
  }

  /** All entities a name could mean, best first (id, then names, aliases, stems). */
  resolve(name: string): NameMatch[] {
    return this.names.resolve(name);
  }

  /**
   * What a name, alias or id means: one entity (`exact`, `alias` or `fuzzy`), several about
   * equally (`ambiguous`, with the candidates) or none.
   */
  resolveEntity(name: string): NameResolution {
    return chooseMatch(this.resolve(name));
  }

  /** The entity a name, alias or id means; undefined when none, or several about equally. */
  findEntity(name: string): EntityView | undefined {
    const chosen = this.resolveEntity(name);
    return 'id' in chosen ? this.entity(chosen.id) : undefined;
  }

  /** Autocomplete over names and aliases in both languages. */
  searchEntities(text: string, limit = 10): Array<NameMatch & { label: string }> {
    return this.names.search(text, limit).map((m) => ({ ...m, label: this.graph.getNodeAttribute(m.id, 'label') ?? m.id }));
  }

  relation(id: string): RelationView | undefined {
    if (!this.graph.hasEdge(id)) return undefined;
    const a = this.graph.getEdgeAttributes(id);
    return {
      id,
      from: this.graph.source(id),
      to: this.graph.target(id),
      ...(this.graph.isUndirected(id) ? { undirected: true as const } : {}),
      type: a.relationType ?? a.label ?? textOf(a, 'labelE') ?? 'RELATED',
      qualifiers: a.qualifiers ?? {},
      factuality: a.factuality ?? 'underspecified',
      status: a.status ?? 'occurred',
      polarity: a.polarity ?? 'positive',
      basis: a.basis ?? 'text',
      ...(a.note ? { note: a.note } : {}),
      claimedBy: a.claimedBy ?? [],
      corroboration: a.corroboration ?? { sources: 0, outlets: 0, independentOutlets: 0 },
      conflicts: a.conflicts ?? [],
      evidence: (a.evidence ?? []).map(({ source, outlet, quote, start, end, sentence, claimedBy, factuality, polarity, status }) => ({
        source,
        outlet,
        quote,
        start,
        end,
        sentence,
        claimedBy,
        factuality,
        polarity,
        status,
      })),
    };
  }

  /** Every conflict the builder found (or those of one relation), with both sides and their quotes. */
  conflicts(relationId?: string): Conflict[] {
    const all = this.graph.getAttribute('conflicts') ?? [];
    return relationId === undefined ? all : all.filter((c) => c.sides.some((s) => s.relation === relationId));
  }

  /** Figures that change over time in one slot: series, not conflicts; or those about one entity or holding one relation. */
  series(about?: string): Series[] {
    const all = this.graph.getAttribute('series') ?? [];
    return about === undefined ? all : seriesAbout(all, about);
  }

  /**
   * Every claim of the relations a filter keeps, by date: the relation's time qualifier,
   * else its source's publication date (`published`: source id → ISO date), each with its
   * source and quote.
   */
  timeline(published: ReadonlyMap<string, string>, filter: RelationFilter = {}): TimelineEntry[] {
    return timeline(this.relations(filter), published);
  }

  relations(filter: RelationFilter = {}): RelationView[] {
    const keep = relationFilter(filter, this.ontology?.factuality);
    const candidates = filter.from
      ? this.edgesOf(filter.from, 'out')
      : filter.to
        ? this.edgesOf(filter.to, 'in')
        : filter.involving
          ? this.edgesOf(filter.involving, 'both')
          : this.graph.edges();
    const out: RelationView[] = [];
    for (const id of [...new Set(candidates)].sort(byId)) {
      const r = keep(this.relation(id)!);
      if (r) out.push(r);
    }
    return out;
  }

  neighbours(id: string, opts: { direction?: Direction; types?: string[] } = {}): Neighbour[] {
    const direction = opts.direction ?? 'both';
    return this.edgesOf(id, direction)
      .sort(byId)
      .map((edge) => {
        const out = this.graph.source(edge) === id;
        return {
          entity: out ? this.graph.target(edge) : this.graph.source(edge),
          relation: edge,
          type: this.graph.getEdgeAttribute(edge, 'relationType') ?? 'RELATED',
          direction: out ? ('out' as const) : ('in' as const),
        };
      })
      .filter((n) => !opts.types || opts.types.includes(n.type));
  }

  /**
   * Shortest path, ignoring edge direction unless `directed`; null when none exists. Of
   * several, the first the search meets (always the same for the same graph, see
   * `shortest-path.ts`); between two nodes, the relation with the smallest id (going the
   * path's way when `directed`).
   */
  shortestPath(from: string, to: string, opts: { directed?: boolean } = {}): PathResult | null {
    for (const id of [from, to]) if (!this.graph.hasNode(id)) throw new QueryError(`faktograf/query: no entity "${id}"`);
    const nodes = shortestNodePath(this.graph, from, to, opts.directed);
    if (!nodes) return null;
    const edges: string[] = [];
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      // graphology's `edges(a, b)` holds the edges between a and b both ways round.
      const between = opts.directed ? this.graph.outboundEdges(a, b) : this.graph.edges(a, b);
      edges.push(between.sort(byId)[0]!);
    }
    return { nodes, edges };
  }

  evidence(relationId: string): ResolvedEvidence[] {
    if (!this.graph.hasEdge(relationId)) throw new QueryError(`faktograf/query: no relation "${relationId}"`);
    return this.graph.getEdgeAttribute(relationId, 'evidence') ?? [];
  }

  private edgesOf(id: string, direction: Direction): string[] {
    if (!this.graph.hasNode(id)) return [];
    // graphology's out- and in-edges are directed ones only; an undirected edge goes both ways.
    const undirected = this.graph.type === 'directed' ? [] : this.graph.undirectedEdges(id);
    if (direction === 'out') return [...this.graph.outEdges(id), ...undirected];
    if (direction === 'in') return [...this.graph.inEdges(id), ...undirected];
    return this.graph.edges(id);
  }
}

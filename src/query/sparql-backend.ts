// The query API over a SPARQL 1.1 endpoint holding the Turtle export (src/export/rdf.ts):
// each question becomes a few SELECT queries that fetch only what the answer needs (one
// entity, the relations a filter keeps, a path's fringes, the conflicts), never the graph.
// Name resolution reads the names, aliases and PageRanks of all entities (one query) into
// the same NameIndex the embedded graph uses. Filters run twice: narrowed in the query,
// then relationFilter, the embedded graph's own test, so both backends keep the same.
import { sideEvidence } from '../compile/conflicts.ts';
import { DEFAULT_BASE, namespaces } from '../export/rdf.ts';
import { baseIriProblem } from '../export/rdf-terms.ts';
import type { Conflict, ConflictSide, LangText, Series } from '../model/types.ts';
import { select, type ResultTerm, type Row, type SelectOptions } from '../sparql/select.ts';
import { fragment, integer, iri, join, literal, raw, sparql, valueRows, values, type SparqlTerm } from '../sparql/terms.ts';
import type { QueryBackend } from './backend.ts';
import { chooseMatch, type NameResolution } from './choose.ts';
import { QueryError } from './errors.ts';
import { relationFilter, type EntityView, type PathResult, type RelationFilter, type RelationView } from './knowledge-graph.ts';
import { NameIndex } from './name-index.ts';
import { shortestNodePathFetching, type Adjacency, type Fringe } from './shortest-path.ts';
import { entityView, langText, literalValue, localName, relationView, type Namespaces, type Triple } from './sparql-views.ts';

export interface SparqlOptions {
  /** The named graph holding the knowledge graph (default: the endpoint's default graph). */
  graphIri?: string;
  /** The base IRI the graph was exported with (default: the export's). */
  base?: string;
  auth?: { user: string; password: string };
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Ids per VALUES block: small enough for every store's query length limit. */
const BATCH = 50;

const chunks = <T>(items: readonly T[], size = BATCH): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class SparqlBackend implements QueryBackend {
  private readonly ns: Namespaces;
  private readonly prefixes: SparqlTerm;
  private readonly options: SelectOptions;
  private names?: Promise<{ index: NameIndex; known: string[] }>;
  private ranks?: Promise<Record<string, { rank: number }>>;

  constructor(
    readonly endpoint: string,
    options: SparqlOptions = {},
  ) {
    const base = options.base ?? DEFAULT_BASE;
    const problem = baseIriProblem(base);
    if (problem) throw new QueryError(`faktograf/query: the base IRI "${base}" ${problem}`);
    if (options.graphIri !== undefined) iri(options.graphIri);
    this.ns = namespaces(base);
    this.prefixes = join(
      Object.entries(this.ns).map(([prefix, ns]) => fragment`PREFIX ${raw(prefix)}: ${iri(ns)}`),
      '\n',
    );
    this.options = { auth: options.auth, timeoutMs: options.timeoutMs, defaultGraph: options.graphIri, fetch: options.fetch };
  }

  private async rows(strings: TemplateStringsArray, ...parts: SparqlTerm[]): Promise<Row[]> {
    return select(this.endpoint, sparql`${this.prefixes}\n${fragment(strings, ...parts)}`, this.options);
  }

  private entityIri(id: string): SparqlTerm {
    return iri(this.ns.ent + encode(id));
  }

  private relationIri(id: string): SparqlTerm {
    return iri(this.ns.rel + encode(id));
  }

  private id(term: ResultTerm | undefined, ns: string): string {
    const id = term && localName(term.value, ns);
    if (id === undefined)
      throw new QueryError(`faktograf/query: the SPARQL endpoint ${this.endpoint} gave ${term?.value ?? 'nothing'} where an IRI in ${ns} belongs`);
    return id;
  }

  async entityTypeLabel(type: string): Promise<LangText | undefined> {
    const rows = await this.rows`SELECT ?label WHERE { ${iri(this.ns.type + encode(type))} rdfs:label ?label }`;
    return langText(rows.map((r) => r.get('label')!)) as LangText | undefined;
  }

  async relationTypes(): Promise<string[]> {
    const rows = await this.rows`SELECT ?p ?position WHERE { ?p a owl:ObjectProperty . OPTIONAL { ?p fk:position ?position } }`;
    const position = (r: Row) => (r.get('position') ? Number(literalValue(r.get('position')!)) : Infinity);
    return rows.sort((a, b) => position(a) - position(b) || byId(a.get('p')!.value, b.get('p')!.value)).map((r) => this.id(r.get('p'), this.ns.prop));
  }

  async entity(id: string): Promise<EntityView | undefined> {
    const rows = await this.rows`SELECT ?p ?o WHERE { ${this.entityIri(id)} ?p ?o }`;
    return entityView(
      id,
      rows.map((r) => ({ p: r.get('p')!.value, o: r.get('o')! })),
      this.ns,
    );
  }

  /** The names, aliases and PageRank of every entity: what NameIndex needs, and no more. */
  private nameIndex(): Promise<{ index: NameIndex; known: string[] }> {
    this.names ??= this.rows`SELECT ?e ?label ?alias ?aliases ?pagerank WHERE {
  ?e a ?t . FILTER(STRSTARTS(STR(?t), ${literal(this.ns.type)}) || ?t = fk:Entity)
  OPTIONAL { { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?alias } UNION { ?e fk:aliasList ?aliases } UNION { ?e fk:pagerank ?pagerank } }
}`.then((rows) => {
      const entries = new Map<string, { labels: ResultTerm[]; aliases: string[]; list?: string; weight: number }>();
      for (const r of rows) {
        const id = this.id(r.get('e'), this.ns.ent);
        let e = entries.get(id);
        if (!e) entries.set(id, (e = { labels: [], aliases: [], weight: 0 }));
        if (r.has('label')) e.labels.push(r.get('label')!);
        if (r.has('alias')) e.aliases.push(r.get('alias')!.value);
        if (r.has('aliases')) e.list = r.get('aliases')!.value;
        if (r.has('pagerank')) e.weight = Number(literalValue(r.get('pagerank')!));
      }
      const known: string[] = [];
      const list = [...entries].map(([id, e]) => {
        // As the embedded graph has them: name in Polish, in English, then the label (Polish).
        const tagged = langText(e.labels);
        const [pl, en] = [tagged?.pl, tagged?.en];
        const plain = e.labels.find((l) => !l['xml:lang'])?.value;
        const names = [pl, en, pl ?? plain].filter((n): n is string => n !== undefined);
        const aliases = e.list ? (JSON.parse(e.list) as string[]) : e.aliases;
        known.push(id, ...names, ...aliases);
        return { id, names, aliases, weight: e.weight };
      });
      return { index: new NameIndex(list), known };
    });
    return this.names;
  }

  async resolveEntity(name: string): Promise<NameResolution> {
    return chooseMatch((await this.nameIndex()).index.resolve(name));
  }

  async knownNames(): Promise<string[]> {
    return (await this.nameIndex()).known;
  }

  private factualityRanks(): Promise<Record<string, { rank: number }>> {
    this.ranks ??= this.rows`SELECT ?f ?rank WHERE { ?f a fk:Factuality ; fk:rank ?rank }`.then((rows) => {
      const ranks: Record<string, { rank: number }> = Object.create(null);
      for (const r of rows.sort((a, b) => Number(literalValue(a.get('rank')!)) - Number(literalValue(b.get('rank')!))))
        ranks[this.id(r.get('f'), this.ns.claim)] = { rank: Number(literalValue(r.get('rank')!)) };
      return ranks;
    });
    return this.ranks;
  }

  /** The graph pattern that narrows the relations to those a filter may keep (relationFilter decides). */
  private narrowing(filter: RelationFilter): SparqlTerm {
    // The most selective patterns first: not every store reorders them.
    const parts: SparqlTerm[] = [];
    // An undirected relation matches by either end; it is turned to face the filter later.
    if (filter.from)
      parts.push(fragment`{ ?st rdf:subject ${this.entityIri(filter.from)} } UNION { ?st rdf:object ${this.entityIri(filter.from)} ; fk:undirected true }`);
    if (filter.to)
      parts.push(fragment`{ ?st rdf:object ${this.entityIri(filter.to)} } UNION { ?st rdf:subject ${this.entityIri(filter.to)} ; fk:undirected true }`);
    if (filter.involving)
      parts.push(fragment`{ ?st rdf:subject ${this.entityIri(filter.involving)} } UNION { ?st rdf:object ${this.entityIri(filter.involving)} }`);
    const list = <T extends string>(v: T | T[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
    const oneOf = (predicate: string, variable: string, ids: string[] | undefined, ns: string) => {
      if (ids)
        parts.push(
          fragment`?st ${raw(predicate)} ?${raw(variable)} . ${values(
            variable,
            ids.map((x) => iri(ns + encode(x))),
          )}`,
        );
    };
    oneOf('rdf:predicate', 'type', list(filter.type), this.ns.prop);
    oneOf('fk:factuality', 'factuality', list(filter.factuality), this.ns.claim);
    oneOf('fk:status', 'status', list(filter.status), this.ns.claim);
    oneOf('fk:polarity', 'polarity', list(filter.polarity), this.ns.claim);
    if (filter.claimedBy) parts.push(fragment`?st prov:wasAttributedTo ${this.entityIri(filter.claimedBy)} .`);
    if (filter.source) parts.push(fragment`?st prov:wasDerivedFrom/prov:hadPrimarySource ${iri(this.ns.src + encode(filter.source))} .`);
    if (filter.minOutlets !== undefined) parts.push(fragment`?st fk:independentOutlets ?outlets . FILTER(?outlets >= ${integer(filter.minOutlets)})`);
    parts.push(raw('?st a fk:Relation .'));
    return join(parts, '\n  ');
  }

  async relations(filter: RelationFilter = {}): Promise<RelationView[]> {
    const keep = relationFilter(filter, filter.minFactuality === undefined ? undefined : await this.factualityRanks());
    const rows = await this.rows`SELECT DISTINCT ?st WHERE {\n  ${this.narrowing(filter)}\n}`;
    const ids = rows.map((r) => this.id(r.get('st'), this.ns.rel)).sort(byId);
    return (await this.relationsById(ids)).flatMap((r) => keep(r) ?? []);
  }

  async countRelations(filter: RelationFilter): Promise<number> {
    const { from, to, ...rest } = filter;
    // Counted by the store when the narrowing is exact: one end given, nothing else.
    if (Object.values(rest).some((v) => v !== undefined) || (from !== undefined) === (to !== undefined)) return (await this.relations(filter)).length;
    const rows = await this.rows`SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {\n  ${this.narrowing(filter)}\n}`;
    return Number(rows[0]?.get('n')?.value ?? 0);
  }

  async relationsById(ids: readonly string[]): Promise<RelationView[]> {
    const views = new Map<string, RelationView>();
    for (const batch of chunks([...new Set(ids)])) {
      // The VALUES block inside each branch: Virtuoso does not carry one into a UNION, and
      // would match every triple of the store first.
      const ids = values(
        'st',
        batch.map((id) => this.relationIri(id)),
      );
      const rows = await this.rows`SELECT ?st ?p ?o ?x ?xp ?xo WHERE {
  { ${ids} ?st ?p ?o } UNION { ${ids} ?st fk:quantity ?x . ?x ?xp ?xo } UNION { ${ids} ?st prov:wasDerivedFrom ?x . ?x ?xp ?xo }
}`;
      const of = new Map<string, { triples: Triple[]; quantity?: Triple[]; evidence: Map<string, Triple[]> }>();
      for (const r of rows) {
        const id = this.id(r.get('st'), this.ns.rel);
        let v = of.get(id);
        if (!v) of.set(id, (v = { triples: [], evidence: new Map() }));
        const x = r.get('x');
        if (!x) v.triples.push({ p: r.get('p')!.value, o: r.get('o')! });
        else if (x.type === 'bnode') (v.quantity ??= []).push({ p: r.get('xp')!.value, o: r.get('xo')! });
        else {
          const list = v.evidence.get(x.value) ?? [];
          v.evidence.set(x.value, list);
          list.push({ p: r.get('xp')!.value, o: r.get('xo')! });
        }
      }
      for (const [id, v] of of)
        if (v.triples.some((t) => t.o.value === `${this.ns.fk}Relation`)) views.set(id, relationView(id, v.triples, v.quantity, v.evidence, this.ns));
    }
    return ids.map((id) => {
      const view = views.get(id);
      if (!view) throw new QueryError(`faktograf/query: no relation "${id}" at ${this.endpoint}`);
      return view;
    });
  }

  async shortestPath(from: string, to: string, opts: { directed?: boolean } = {}): Promise<PathResult | null> {
    for (const id of [from, to]) if (!(await this.entity(id))) throw new QueryError(`faktograf/query: no entity "${id}"`);
    const adjacency = new FetchedAdjacency();
    const nodes = await shortestNodePathFetching(adjacency, (fringe) => this.neighbours(adjacency, fringe, opts.directed === true), from, to, opts.directed);
    if (!nodes) return null;
    const pairs = nodes.slice(1).map((b, i) => [nodes[i]!, b] as const);
    const between = new Map<string, string[]>();
    for (const batch of chunks(pairs)) {
      const pairRows = valueRows(
        ['a', 'b'],
        batch.map(([a, b]) => [this.entityIri(a), this.entityIri(b)]),
      );
      const rows = await this.rows`SELECT ?a ?b ?st WHERE {
  { ${pairRows} ?st rdf:subject ?a ; rdf:object ?b . ?st a fk:Relation . }
  ${opts.directed ? raw('') : fragment`UNION { ${pairRows} ?st rdf:subject ?b ; rdf:object ?a . ?st a fk:Relation . }`}
}`;
      for (const r of rows) {
        const key = `${this.id(r.get('a'), this.ns.ent)}\u0000${this.id(r.get('b'), this.ns.ent)}`;
        between.set(key, [...(between.get(key) ?? []), this.id(r.get('st'), this.ns.rel)]);
      }
    }
    // Between two nodes, the relation with the smallest id, as the embedded graph chooses.
    return { nodes, edges: pairs.map(([a, b]) => between.get(`${a}\u0000${b}`)!.sort(byId)[0]!) };
  }

  /** Fetches the neighbours of a fringe's nodes the search will ask for: in-, out- or both. */
  private async neighbours(adjacency: FetchedAdjacency, fringe: Fringe, directed: boolean): Promise<void> {
    const which = directed ? (fringe.forward ? 'out' : 'in') : 'both';
    const wanted = fringe.nodes.filter((n) => !adjacency.has(n, which));
    for (const batch of chunks(wanted)) {
      const dirs = which === 'both' ? ['out', 'in'] : [which];
      const nodes = values(
        'n',
        batch.map((n) => this.entityIri(n)),
      );
      const rows = await this.rows`SELECT ?n ?m ?st ?dir WHERE {
  ${join(
    dirs.map((d) =>
      d === 'out'
        ? fragment`{ ${nodes} ?st rdf:subject ?n ; rdf:object ?m . ?st a fk:Relation . BIND("out" AS ?dir) }`
        : fragment`{ ${nodes} ?st rdf:object ?n ; rdf:subject ?m . ?st a fk:Relation . BIND("in" AS ?dir) }`,
    ),
    ' UNION ',
  )}
}`;
      const edges = rows.map((r) => ({
        n: this.id(r.get('n'), this.ns.ent),
        m: this.id(r.get('m'), this.ns.ent),
        st: this.id(r.get('st'), this.ns.rel),
        out: r.get('dir')!.value === 'out',
      }));
      adjacency.add(batch, edges, which);
    }
  }

  async conflicts(): Promise<Conflict[]> {
    const rows = await this.rows`SELECT ?c ?kind ?side ?rel ?value ?who ?quote WHERE {
  ?c a fk:Conflict ; fk:kind ?kind ; fk:side ?side .
  ?side fk:relation ?rel ; rdf:value ?value .
  OPTIONAL { { ?side prov:wasAttributedTo ?who } UNION { ?side fk:quote ?quote } }
}`;
    const conflicts = new Map<string, { kind: string; sides: Map<string, { relation: string; value: string; claimedBy: Set<string>; quotes: Set<string> }> }>();
    for (const r of rows) {
      const id = this.id(r.get('c'), this.ns.conflict);
      let c = conflicts.get(id);
      if (!c) conflicts.set(id, (c = { kind: r.get('kind')!.value, sides: new Map() }));
      const key = r.get('side')!.value;
      let side = c.sides.get(key);
      if (!side)
        c.sides.set(key, (side = { relation: this.id(r.get('rel'), this.ns.rel), value: r.get('value')!.value, claimedBy: new Set(), quotes: new Set() }));
      if (r.has('who')) side.claimedBy.add(this.id(r.get('who'), this.ns.ent));
      if (r.has('quote')) side.quotes.add(r.get('quote')!.value);
    }
    const relations = new Map(
      (await this.relationsById([...new Set([...conflicts.values()].flatMap((c) => [...c.sides.values()].map((s) => s.relation)))])).map((r) => [r.id, r]),
    );
    return [...conflicts]
      .sort(([a], [b]) => byId(a, b))
      .map(([id, c]) => {
        // The builder's order: by relation, and of one relation's two sides the affirmation first.
        const sides = [...c.sides.values()].sort((a, b) => byId(a.relation, b.relation) || (a.value === 'positive' ? -1 : b.value === 'positive' ? 1 : 0));
        const single = sides.every((s) => s.relation === sides[0]!.relation);
        const first = relations.get(sides[0]!.relation)!;
        return {
          id,
          kind: c.kind as Conflict['kind'],
          subject: first.from,
          type: first.type,
          object: first.to,
          sides: sides.map((s): ConflictSide => {
            const r = relations.get(s.relation)!;
            // The side's quotes are those of its relation's evidence it holds; of a relation that affirms and denies itself, those of the side's polarity.
            const evidence = r.evidence.filter((e) => s.quotes.has(e.quote) && (!single || c.kind !== 'polarity' || e.polarity === s.value));
            return {
              relation: s.relation,
              value: s.value,
              claimedBy: [...s.claimedBy].sort(),
              evidence: evidence.map(sideEvidence),
            };
          }) as [ConflictSide, ConflictSide],
        };
      });
  }

  async series(): Promise<Series[]> {
    const rows = await this.rows`SELECT ?s ?subject ?type ?object ?point ?rel ?time ?value ?precision ?who WHERE {
  ?s a fk:Series ; fk:subject ?subject ; fk:predicate ?type ; fk:object ?object ; fk:point ?point .
  ?point fk:relation ?rel ; fk:time ?time ; rdf:value ?value ; fk:precision ?precision .
  OPTIONAL { ?point prov:wasAttributedTo ?who }
}`;
    const series = new Map<string, { subject: string; type: string; object: string; points: Map<string, Series['points'][number]> }>();
    for (const r of rows) {
      const id = this.id(r.get('s'), this.ns.series);
      let s = series.get(id);
      if (!s)
        series.set(
          id,
          (s = {
            subject: this.id(r.get('subject'), this.ns.ent),
            type: this.id(r.get('type'), this.ns.prop),
            object: this.id(r.get('object'), this.ns.ent),
            points: new Map(),
          }),
        );
      const key = r.get('point')!.value;
      let p = s.points.get(key);
      if (!p)
        s.points.set(
          key,
          (p = {
            relation: this.id(r.get('rel'), this.ns.rel),
            time: r.get('time')!.value,
            value: Number(literalValue(r.get('value')!)),
            precision: r.get('precision')!.value as Series['points'][number]['precision'],
            claimedBy: [],
          }),
        );
      if (r.has('who')) p.claimedBy.push(this.id(r.get('who'), this.ns.ent));
    }
    return [...series]
      .sort(([a], [b]) => byId(a, b))
      .map(([id, s]) => ({
        id,
        subject: s.subject,
        type: s.type,
        object: s.object,
        points: [...s.points.values()]
          .map((p) => ({ ...p, claimedBy: [...new Set(p.claimedBy)].sort() }))
          .sort((x, y) => (x.time < y.time ? -1 : x.time > y.time ? 1 : x.relation < y.relation ? -1 : 1)),
      }));
  }
}

/** An id as the export writes it into an IRI. */
function encode(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    throw new QueryError(`faktograf/query: ${JSON.stringify(id)} holds an unpaired UTF-16 surrogate`);
  }
}

/**
 * The neighbours fetched so far, in the embedded graph's order: a node's in- (or out-)
 * neighbours by the first relation between them (the graph adds relations in id order).
 */
class FetchedAdjacency implements Adjacency {
  readonly type = 'directed';
  private readonly inbound = new Map<string, string[]>();
  private readonly outbound = new Map<string, string[]>();

  has(node: string, which: 'in' | 'out' | 'both'): boolean {
    return (which === 'in' || this.outbound.has(node)) && (which === 'out' || this.inbound.has(node));
  }

  add(nodes: readonly string[], edges: ReadonlyArray<{ n: string; m: string; st: string; out: boolean }>, which: 'in' | 'out' | 'both'): void {
    const first = new Map<string, Map<string, string>>();
    for (const e of edges) {
      const key = `${e.out ? 'out' : 'in'}\u0000${e.n}`;
      let m = first.get(key);
      if (!m) first.set(key, (m = new Map()));
      const prev = m.get(e.m);
      if (prev === undefined || e.st < prev) m.set(e.m, e.st);
    }
    const ordered = (dir: string, n: string) => [...(first.get(`${dir}\u0000${n}`) ?? [])].sort((a, b) => byId(a[1], b[1])).map(([m]) => m);
    for (const n of nodes) {
      if (which !== 'in') this.outbound.set(n, ordered('out', n));
      if (which !== 'out') this.inbound.set(n, ordered('in', n));
    }
  }

  neighbors(node: string): string[] {
    return [...new Set([...this.inboundNeighbors(node), ...this.outboundNeighbors(node)])];
  }

  inboundNeighbors(node: string): string[] {
    return this.inbound.get(node) ?? [];
  }

  outboundNeighbors(node: string): string[] {
    return this.outbound.get(node) ?? [];
  }
}

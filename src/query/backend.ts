// The questions the command line asks of a knowledge graph, asynchronous so that they can be
// answered by the embedded graph (MemoryBackend, the default) or by a SPARQL endpoint
// (SparqlBackend, sparql-backend.ts) with the same answers.
import type { Conflict, LangText, Series } from '../model/types.ts';
import { own } from '../model/own.ts';
import type { NameResolution } from './choose.ts';
import { QueryError } from './errors.ts';
import { namesOf, type EntityView, type KnowledgeGraph, type PathResult, type RelationFilter, type RelationView } from './knowledge-graph.ts';

export interface QueryBackend {
  /** An entity type's label (from the ontology), if the graph has one. */
  entityTypeLabel(type: string): Promise<LangText | undefined>;
  /** The ontology's relation types in its order; empty when the graph has no ontology. */
  relationTypes(): Promise<string[]>;
  entity(id: string): Promise<EntityView | undefined>;
  /** What a name, alias or id means (see KnowledgeGraph.resolveEntity). */
  resolveEntity(name: string): Promise<NameResolution>;
  /** Every id, name and alias, for "nearest known" suggestions. */
  knownNames(): Promise<string[]>;
  /** Relations a filter keeps, by id (see KnowledgeGraph.relations). */
  relations(filter?: RelationFilter): Promise<RelationView[]>;
  /** How many relations a filter keeps. */
  countRelations(filter: RelationFilter): Promise<number>;
  /** Relations by id, in the order asked; an unknown id is an error. */
  relationsById(ids: readonly string[]): Promise<RelationView[]>;
  shortestPath(from: string, to: string, opts?: { directed?: boolean }): Promise<PathResult | null>;
  conflicts(): Promise<Conflict[]>;
  series(): Promise<Series[]>;
}

/** The embedded graph behind the backend interface: each answer is KnowledgeGraph's own. */
export class MemoryBackend implements QueryBackend {
  constructor(readonly kg: KnowledgeGraph) {}

  async entityTypeLabel(type: string): Promise<LangText | undefined> {
    return (this.kg.ontology && own(this.kg.ontology.entityTypes, type))?.label;
  }

  async relationTypes(): Promise<string[]> {
    return Object.keys(this.kg.ontology?.relationTypes ?? {});
  }

  async entity(id: string): Promise<EntityView | undefined> {
    return this.kg.entity(id);
  }

  async resolveEntity(name: string): Promise<NameResolution> {
    return this.kg.resolveEntity(name);
  }

  async knownNames(): Promise<string[]> {
    return this.kg.graph.reduceNodes<string[]>((acc, id, a) => {
      acc.push(id, ...namesOf(a), ...(Array.isArray(a.aliases) ? a.aliases.filter((x): x is string => typeof x === 'string') : []));
      return acc;
    }, []);
  }

  async relations(filter: RelationFilter = {}): Promise<RelationView[]> {
    return this.kg.relations(filter);
  }

  async countRelations(filter: RelationFilter): Promise<number> {
    return this.kg.relations(filter).length;
  }

  async relationsById(ids: readonly string[]): Promise<RelationView[]> {
    return ids.map((id) => {
      const r = this.kg.relation(id);
      if (!r) throw new QueryError(`faktograf/query: no relation "${id}"`);
      return r;
    });
  }

  async shortestPath(from: string, to: string, opts: { directed?: boolean } = {}): Promise<PathResult | null> {
    return this.kg.shortestPath(from, to, opts);
  }

  async conflicts(): Promise<Conflict[]> {
    return this.kg.conflicts();
  }

  async series(): Promise<Series[]> {
    return this.kg.series();
  }
}

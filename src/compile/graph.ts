// Turns a validated knowledge base into a graphology multigraph: entities become nodes,
// relations become edges keyed by their ids, both inserted in id order.
import type { LoadedKnowledgeBase } from '../kb/load.ts';
import { DEFAULT_EDGE_SIZE_BY, DEFAULT_NODE_SIZE_BY, displayName, edgeThickness, NODE_SIZE, scaledSize, typeColor } from '../model/appearance.ts';
import { MultiDirectedGraph } from '../model/graph.ts';
import type { EdgeAttributes, GraphAttributes, Lang, NodeAttributes } from '../model/types.ts';
import { deriveClaim, type DerivedClaim } from './claims.ts';
import { findConflicts } from './conflicts.ts';
import { Independence } from './corroboration.ts';
import { pagerank } from './pagerank.ts';

export type KnowledgeGraphData = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  /** Language of the `label` attributes. */
  lang: Lang;
  name: string;
}

const round = (v: number, decimals = 6) => Math.round(v * 10 ** decimals) / 10 ** decimals;

export function buildGraph({ kb, evidence, sentences }: LoadedKnowledgeBase, options: Partial<BuildOptions> = {}): KnowledgeGraphData {
  const { lang, name } = { lang: 'pl' as Lang, name: 'Faktograf', ...options };
  const { ontology } = kb;
  const graph: KnowledgeGraphData = new MultiDirectedGraph({ allowSelfLoops: true });

  // Claims first: what each relation claims as a whole, how far it is corroborated and
  // which claims conflict (claims.ts, corroboration.ts, conflicts.ts).
  const published = new Map(kb.sources.map((s) => [s.id, s.published]));
  const texts = new Map(kb.sources.map((s) => [s.id, s.text]));
  const independence = new Independence(texts, (e) => {
    const [start, end] = sentences.get(e.source)?.[e.sentence] ?? [e.start, e.end];
    return texts.get(e.source)!.slice(start, end);
  });
  const derived = new Map<string, DerivedClaim>();
  for (const r of kb.relations) derived.set(r.id, deriveClaim(evidence.get(r.id) ?? [], ontology.factuality, published));
  const locatedIn = new Map<string, string[]>();
  for (const r of kb.relations) if (r.type === 'LOCATED_IN') locatedIn.set(r.subject, [...(locatedIn.get(r.subject) ?? []), r.object]);
  const within = (a: string, b: string) => {
    const seen = new Set<string>([a]);
    const todo = [a];
    while (todo.length)
      for (const up of locatedIn.get(todo.pop()!) ?? []) {
        if (up === b) return true;
        if (!seen.has(up)) todo.push(up), seen.add(up);
      }
    return false;
  };
  const { conflicts, series } = findConflicts(
    kb.relations.map((relation) => ({ relation, claim: derived.get(relation.id)!, evidence: evidence.get(relation.id) ?? [] })),
    ontology,
    published,
    within,
  );
  const conflictsOf = new Map<string, string[]>();
  for (const c of conflicts) for (const id of new Set(c.sides.map((s) => s.relation))) conflictsOf.set(id, [...(conflictsOf.get(id) ?? []), c.id]);
  graph.replaceAttributes({ name, ontology, sources: kb.sources.map((s) => s.id), conflicts, series });

  // `degree` holds the node's index (its place in insertion order) until the degrees are
  // known: edges then give their ends' indices without a lookup by id.
  let index = 0;
  for (const e of kb.entities) {
    const type = ontology.entityTypes[e.type]!;
    graph.addNode(e.id, {
      label: displayName(e.name, lang, e.id),
      x: 0,
      y: 0,
      size: NODE_SIZE.min,
      color: typeColor(undefined, type),
      entityType: e.type,
      name: e.name,
      ...(e.genitive ? { genitive: e.genitive } : {}),
      aliases: e.aliases,
      ...(e.mentions && Object.keys(e.mentions).length ? { mentions: e.mentions } : {}),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      ...(e.description ? { description: e.description } : {}),
      attributes: e.attributes,
      pagerank: 0,
      degree: index++,
    });
  }

  // Thickness, colour and label as the explorer draws them first (model/appearance.ts).
  for (const r of kb.relations) {
    const type = ontology.relationTypes[r.type]!;
    const claim = derived.get(r.id)!;
    const items = evidence.get(r.id) ?? [];
    const corroboration = independence.corroboration(items);
    graph.addDirectedEdgeWithKey(r.id, r.subject, r.object, {
      label: displayName(type.label, lang, r.type),
      size: edgeThickness({ corroboration, factuality: claim.factuality }, DEFAULT_EDGE_SIZE_BY, ontology.factuality),
      color: typeColor(undefined, type),
      relationType: r.type,
      factuality: claim.factuality,
      polarity: claim.polarity,
      status: claim.status,
      basis: r.basis,
      ...(r.note ? { note: r.note } : {}),
      claimedBy: claim.claimedBy,
      corroboration,
      conflicts: conflictsOf.get(r.id) ?? [],
      qualifiers: r.qualifiers,
      evidence: items,
    });
  }

  // Edge ends as node indices, for PageRank and degrees.
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let edge = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
    source[edge] = sourceAttributes.degree;
    target[edge++] = targetAttributes.degree;
  });

  const n = graph.order;
  const pr = pagerank(n, source, target);
  const degree = new Int32Array(n);
  for (let k = 0; k < source.length; k++) {
    degree[source[k]!]!++;
    degree[target[k]!]!++;
  }
  // Sized by degree, as the explorer sizes them first, over the same range.
  let [minDegree, maxDegree] = [Infinity, -Infinity];
  for (let i = 0; i < n; i++) [minDegree, maxDegree] = [Math.min(minDegree, degree[i]!), Math.max(maxDegree, degree[i]!)];
  let i = 0;
  graph.updateEachNodeAttributes((_node, attr) => {
    attr.pagerank = round(pr[i]!);
    attr.degree = degree[i++]!;
    attr.size = scaledSize(attr[DEFAULT_NODE_SIZE_BY], [minDegree, maxDegree]);
    return attr;
  });
  return graph;
}

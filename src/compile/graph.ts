// Turns a validated knowledge base into a graphology multigraph: entities become nodes,
// relations become edges keyed by their ids, both inserted in id order.
import type { LoadedKnowledgeBase } from '../kb/load.ts';
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
      label: e.name[lang],
      x: 0,
      y: 0,
      size: 1,
      color: type.color,
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

  // Firmer claims are drawn thicker.
  const ranks = Object.values(ontology.factuality).map((c) => c.rank);
  const [minRank, maxRank] = [Math.min(...ranks), Math.max(...ranks)];
  const sizeOf = new Map(
    Object.entries(ontology.factuality).map(([id, { rank }]) => [id, round(1 + (maxRank > minRank ? (2 * (rank - minRank)) / (maxRank - minRank) : 2), 3)]),
  );
  for (const r of kb.relations) {
    const type = ontology.relationTypes[r.type]!;
    const claim = derived.get(r.id)!;
    const items = evidence.get(r.id) ?? [];
    graph.addDirectedEdgeWithKey(r.id, r.subject, r.object, {
      label: type.label[lang],
      size: sizeOf.get(claim.factuality)!,
      color: type.color,
      relationType: r.type,
      factuality: claim.factuality,
      polarity: claim.polarity,
      status: claim.status,
      basis: r.basis,
      ...(r.note ? { note: r.note } : {}),
      claimedBy: claim.claimedBy,
      corroboration: independence.corroboration(items),
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
  let maxPr = 0;
  for (let i = 0; i < n; i++) maxPr = Math.max(maxPr, pr[i]!);
  let i = 0;
  graph.updateEachNodeAttributes((_node, attr) => {
    const p = pr[i]!;
    attr.pagerank = round(p);
    attr.degree = degree[i++]!;
    attr.size = round(4 + 14 * Math.sqrt(maxPr > 0 ? p / maxPr : 0), 3);
    return attr;
  });
  return graph;
}

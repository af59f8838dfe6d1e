// Turns a validated knowledge base into a graphology multigraph: entities become nodes,
// relations become edges keyed by their ids, both inserted in id order.
import { MultiDirectedGraph } from 'graphology';
import type { LoadedKnowledgeBase } from '../kb/load.ts';
import type { EdgeAttributes, GraphAttributes, Lang, NodeAttributes } from '../model/types.ts';
import { pagerank } from './pagerank.ts';

export type KnowledgeGraphData = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  /** Language of the `label` attributes. */
  lang: Lang;
  name: string;
}

const round = (v: number, decimals = 6) => Math.round(v * 10 ** decimals) / 10 ** decimals;

export function buildGraph({ kb, evidence }: LoadedKnowledgeBase, options: Partial<BuildOptions> = {}): KnowledgeGraphData {
  const { lang, name } = { lang: 'pl' as Lang, name: 'Faktograf', ...options };
  const { ontology } = kb;
  const graph: KnowledgeGraphData = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ name, ontology, sources: kb.sources.map((s) => s.id) });

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
      aliases: e.aliases,
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      ...(e.description ? { description: e.description } : {}),
      attributes: e.attributes,
      pagerank: 0,
      degree: 0,
    });
  }

  const ranks = Object.values(ontology.certainty).map((c) => c.rank);
  const [minRank, maxRank] = [Math.min(...ranks), Math.max(...ranks)];
  // Edge ends as node indices (nodes are numbered in insertion order), for PageRank and degrees.
  const index = new Map(kb.entities.map((e, i) => [e.id, i]));
  const source = new Int32Array(kb.relations.length);
  const target = new Int32Array(kb.relations.length);
  kb.relations.forEach((r, k) => {
    const type = ontology.relationTypes[r.type]!;
    const rank = ontology.certainty[r.certainty]!.rank;
    graph.addDirectedEdgeWithKey(r.id, r.subject, r.object, {
      label: type.label[lang],
      size: round(1 + (maxRank > minRank ? (2 * (rank - minRank)) / (maxRank - minRank) : 2), 3),
      color: type.color,
      relationType: r.type,
      certainty: r.certainty,
      attributedTo: r.attributedTo,
      qualifiers: r.qualifiers,
      evidence: evidence.get(r.id) ?? [],
    });
    source[k] = index.get(r.subject)!;
    target[k] = index.get(r.object)!;
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

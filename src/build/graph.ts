// Turns a validated knowledge base into a graphology multigraph: entities become nodes,
// relations become edges keyed by their ids, both inserted in id order.
import { MultiDirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { LoadedKnowledgeBase } from '../kb/load.ts';
import type { EdgeAttributes, GraphAttributes, Lang, NodeAttributes } from '../model/types.ts';

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
  for (const r of kb.relations) {
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
  }

  const pr = graph.order ? pagerank(graph, { getEdgeWeight: null }) : {};
  const maxPr = Math.max(0, ...Object.values(pr));
  graph.updateEachNodeAttributes((node, attr) => {
    const p = pr[node] ?? 0;
    return {
      ...attr,
      pagerank: round(p),
      degree: graph.degree(node),
      size: round(4 + 14 * Math.sqrt(maxPr > 0 ? p / maxPr : 0), 3),
    };
  });
  return graph;
}

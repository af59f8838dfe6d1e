// The one place the explorer turns a graph into a GEXF document. The schema-valid
// writer planned in src/export/ replaces the body of `toGexf` when it lands.
import { write } from 'graphology-gexf/browser';
import type { KnowledgeGraphData } from './types.ts';

export function toGexf(graph: KnowledgeGraphData): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: {
        entityType: a.entityType,
        name_pl: a.name.pl,
        name_en: a.name.en,
        aliases: a.aliases.join('|'),
        ...(a.wikidata ? { wikidata: a.wikidata } : {}),
        pagerank: a.pagerank,
        degree: a.degree,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.label,
      viz: { color: a.color },
      attributes: {
        relationType: a.relationType,
        certainty: a.certainty,
        attributedTo: a.attributedTo.join('|'),
        evidenceCount: a.evidence.length,
      },
    }),
  });
}

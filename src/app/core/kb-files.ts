// The built outputs (graph.json and sources.json) -> the files of a knowledge base, as the
// loader reads them from `graph/`. The explorer receives only the built graph, but
// merging a draft validates the knowledge base with the draft in it; the graph carries
// every field the files hold (comments aside), so the round trip loses nothing the
// loader checks.
import { stringify } from 'yaml';
import type { TextFile } from '../../kb/files.ts';
import type { BuiltSource, Entity, Relation, SourceMeta } from '../../model/types.ts';
import type { KnowledgeGraphData } from './types.ts';

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Keeps only the keys whose value is set, so optional fields stay absent. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function sourceFiles(s: BuiltSource): TextFile[] {
  const meta: SourceMeta = defined({
    id: s.id,
    title: s.title,
    language: s.language,
    published: s.published,
    outlet: s.outlet ?? {},
    url: s.url,
    text: `${s.id}.txt`,
    note: s.note,
  });
  return [
    { path: `sources/${s.id}.yaml`, content: yaml(meta) },
    { path: `sources/${s.id}.txt`, content: s.text },
  ];
}

export function knowledgeBaseFiles(graph: KnowledgeGraphData, sources: Iterable<BuiltSource>): TextFile[] {
  const entities: Entity[] = graph.mapNodes((id, a) =>
    defined({
      id,
      type: a.entityType,
      name: a.name,
      genitive: a.genitive,
      aliases: a.aliases,
      mentions: a.mentions,
      wikidata: a.wikidata,
      description: a.description,
      attributes: a.attributes,
    }),
  );
  const relations: Relation[] = graph.mapEdges((id, a, subject, object) => ({
    id,
    subject,
    type: a.relationType,
    object,
    basis: a.basis,
    ...(a.note ? { note: a.note } : {}),
    qualifiers: a.qualifiers,
    evidence: a.evidence.map(({ source, quote, claimedBy, factuality, polarity, status }) => ({ source, quote, claimedBy, factuality, polarity, status })),
  }));
  return [
    { path: 'ontology.yaml', content: yaml(graph.getAttribute('ontology')) },
    ...[...sources].flatMap(sourceFiles),
    { path: 'entities/knowledge-base.yaml', content: yaml({ entities }) },
    { path: 'relations/knowledge-base.yaml', content: yaml({ relations }) },
  ];
}

// Merging a draft into a knowledge base: the draft becomes files in the `graph/` format
// (the article as a source, its new entities, its relations with their quotes) added
// beside the knowledge base's own, and the whole is validated by the same loader the
// builder uses. Pure: in-memory files in, files out, so the CLI and the explorer share it.
import { stringify } from 'yaml';
import { loadKnowledgeBase, type LoadResult, type TextFile } from '../kb/load.ts';
import type { Qualifiers } from '../model/types.ts';
import type { Draft } from './extract.ts';
import { assignRelationIds, type DraftRelation } from './relations.ts';

export interface MergeResult {
  /** The files the draft adds (paths relative to the knowledge base directory). */
  added: TextFile[];
  /** The knowledge base with the draft, validated. */
  result: LoadResult;
  /** Ids of what the draft brings, so a viewer can mark them as drafts. */
  draftEntities: string[];
  draftRelations: string[];
  /** Relations left out because their types or ends do not fit this knowledge base. */
  dropped: string[];
}

const HEADER = (id: string) =>
  `# Draft extracted by \`faktograf extract\` from sources/${id}.txt. Review every entity and\n# relation against the article before committing: names, types, factuality, status, claimants and the basis of each qualifier.\n`;

/**
 * Adds a draft to the files of a knowledge base. Entities the draft marks `known` must exist
 * in the knowledge base; relation ids are renamed where they clash with existing ones.
 */
export function mergeDraft(kbFiles: readonly TextFile[], draft: Draft, articleText: string): MergeResult {
  const base = loadKnowledgeBase([...kbFiles]);
  const ontology = base.ok ? base.value.kb.ontology : null;
  const existing = base.ok ? new Set(base.value.kb.entities.map((e) => e.id)) : new Set<string>();
  const takenRelations = base.ok ? new Set(base.value.kb.relations.map((r) => r.id)) : new Set<string>();
  const id = draft.source.id;

  const entities = draft.entities.filter((e) => !e.known && !existing.has(e.id) && (!ontology || ontology.entityTypes[e.type]));
  const present = new Set([...existing, ...entities.map((e) => e.id)]);
  const typeOf = new Map([...(base.ok ? base.value.kb.entities.map((e) => [e.id, e.type] as const) : []), ...entities.map((e) => [e.id, e.type] as const)]);
  const dropped: string[] = [];
  const relations: DraftRelation[] = [];
  for (const r of draft.relations) {
    const def = ontology?.relationTypes[r.type];
    const fits = present.has(r.from) && present.has(r.to) && (!ontology || (def && def.subject.includes(typeOf.get(r.from)!) && def.object.includes(typeOf.get(r.to)!)));
    if (!fits || !r.evidence.length) {
      dropped.push(r.id);
      continue;
    }
    const evidence = r.evidence.map((e) => ({ ...e, claimedBy: e.claimedBy.filter((a) => present.has(a)) }));
    relations.push({ ...r, claimedBy: r.claimedBy.filter((a) => present.has(a)), evidence, qualifiers: cleanQualifiers(r.qualifiers, present) });
  }
  assignRelationIds(relations, takenRelations);

  const added: TextFile[] = [
    { path: `sources/${id}.txt`, content: articleText },
    {
      path: `sources/${id}.yaml`,
      content:
        HEADER(id) +
        stringify({
          id,
          title: draft.source.title,
          language: draft.source.language,
          published: draft.source.published,
          outlet: { note: 'Draft source: outlet unknown, added by faktograf extract.' },
          text: `${id}.txt`,
        }),
    },
  ];
  if (entities.length)
    added.push({
      path: `entities/draft-${id}.yaml`,
      content:
        HEADER(id) +
        stringify({
          entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.names, aliases: e.aliases.filter((a) => a !== e.names.pl), attributes: { draft: true } })),
        }),
    });
  if (relations.length)
    added.push({
      path: `relations/draft-${id}.yaml`,
      content:
        HEADER(id) +
        stringify({
          relations: relations.map((r) => ({
            id: r.id,
            subject: r.from,
            type: r.type,
            object: r.to,
            ...(Object.keys(r.qualifiers).length ? { qualifiers: r.qualifiers } : {}),
            // Defaults (certain, positive, occurred, no claimant) are left out, as a person writes them.
            evidence: r.evidence.map((e) => ({
              source: id,
              quote: e.quote,
              ...(e.claimedBy.length ? { claimedBy: e.claimedBy } : {}),
              ...(e.factuality !== 'certain' ? { factuality: e.factuality } : {}),
              ...(e.polarity !== 'positive' ? { polarity: e.polarity } : {}),
              ...(e.status !== 'occurred' ? { status: e.status } : {}),
            })),
          })),
        }),
    });
  const result = loadKnowledgeBase([...kbFiles, ...added]);
  return { added, result, draftEntities: entities.map((e) => e.id), draftRelations: relations.map((r) => r.id), dropped };
}

function cleanQualifiers(q: Qualifiers, present: ReadonlySet<string>): Qualifiers {
  const out: Qualifiers = { ...q };
  if (out.place && !present.has(out.place.value)) delete out.place;
  return out;
}

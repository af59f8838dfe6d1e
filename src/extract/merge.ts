// Merging a draft into a knowledge base: the draft becomes files in the `graph/` format
// (the article as a source, its new entities, its relations with their quotes) added
// beside the knowledge base's own, and the whole is validated by the same loader the
// builder uses. Pure: in-memory files in, files out, so the CLI and the explorer share it.
import { stringify } from 'yaml';
import { sortDiagnostics, type Diagnostic } from '../kb/diagnostics.ts';
import { loadKnowledgeBase, type LoadResult, type TextFile } from '../kb/load.ts';
import { foldName } from '../model/normalize.ts';
import { own } from '../model/own.ts';
import type { Entity, Outlet, Qualifiers } from '../model/types.ts';
import type { DraftEntity } from './entities.ts';
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
  /** The relations added, as written (ids renamed where they clashed). */
  relations: DraftRelation[];
  /** Relations left out because their types or ends do not fit this knowledge base. */
  dropped: string[];
}

const HEADER = (id: string, command: string) =>
  `# Draft extracted by \`faktograf ${command}\` from sources/${id}.txt. Review every entity and\n# relation against the article before committing: names, types, factuality, status, claimants and the basis of each qualifier.\n`;

/** What the caller knows of the article beyond its text (from its metadata file, say). */
export interface SourceDetails {
  outlet?: Outlet;
  /** The command named in the files' header (default `extract`). */
  command?: string;
}

/** One evidence item as a person writes it: defaults (certain, positive, occurred, no claimant) left out. */
export function evidenceEntry(e: DraftRelation['evidence'][number], source: string): Record<string, unknown> {
  return {
    source,
    quote: e.quote,
    ...(e.claimedBy.length ? { claimedBy: e.claimedBy } : {}),
    ...(e.factuality !== 'certain' ? { factuality: e.factuality } : {}),
    ...(e.polarity !== 'positive' ? { polarity: e.polarity } : {}),
    ...(e.status !== 'occurred' ? { status: e.status } : {}),
  };
}

/**
 * Adds a draft to the files of a knowledge base. Entities the draft marks `known` must exist
 * in the knowledge base; relation ids are renamed where they clash with existing ones. A
 * draft entity with the id of an existing one is that entity only if their types agree and
 * they share a name (folded, as lookups compare names); otherwise the merge is refused with
 * a diagnostic, since its relations would silently attach to another entity.
 */
export function mergeDraft(kbFiles: readonly TextFile[], draft: Draft, articleText: string, details: SourceDetails = {}): MergeResult {
  const command = details.command ?? 'extract';
  const base = loadKnowledgeBase([...kbFiles]);
  const ontology = base.ok ? base.value.kb.ontology : null;
  const existing = base.ok ? new Set(base.value.kb.entities.map((e) => e.id)) : new Set<string>();
  const takenRelations = base.ok ? new Set(base.value.kb.relations.map((r) => r.id)) : new Set<string>();
  const id = draft.source.id;

  const entities = draft.entities.filter((e) => !e.known && !existing.has(e.id) && (!ontology || own(ontology.entityTypes, e.type)));
  const present = new Set([...existing, ...entities.map((e) => e.id)]);
  const typeOf = new Map([...(base.ok ? base.value.kb.entities.map((e) => [e.id, e.type] as const) : []), ...entities.map((e) => [e.id, e.type] as const)]);
  const dropped: string[] = [];
  const relations: DraftRelation[] = [];
  for (const r of draft.relations) {
    const def = ontology && own(ontology.relationTypes, r.type);
    const fits =
      present.has(r.from) && present.has(r.to) && (!ontology || (def?.subject.includes(typeOf.get(r.from)!) && def.object.includes(typeOf.get(r.to)!)));
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
        HEADER(id, command) +
        stringify({
          id,
          title: draft.source.title,
          language: draft.source.language,
          published: draft.source.published,
          outlet: details.outlet ?? { note: `Draft source: outlet unknown, added by faktograf ${command}.` },
          text: `${id}.txt`,
        }),
    },
  ];
  if (entities.length)
    added.push({
      path: `entities/draft-${id}.yaml`,
      content:
        HEADER(id, command) +
        stringify({
          entities: entities.map((e) => ({
            id: e.id,
            type: e.type,
            name: e.names,
            aliases: e.aliases.filter((a) => a !== e.names.pl),
            attributes: { draft: true },
          })),
        }),
    });
  if (relations.length)
    added.push({
      path: `relations/draft-${id}.yaml`,
      content:
        HEADER(id, command) +
        stringify({
          relations: relations.map((r) => ({
            id: r.id,
            subject: r.from,
            type: r.type,
            object: r.to,
            ...(Object.keys(r.qualifiers).length ? { qualifiers: r.qualifiers } : {}),
            evidence: r.evidence.map((e) => evidenceEntry(e, id)),
          })),
        }),
    });
  const loaded = loadKnowledgeBase([...kbFiles, ...added]);
  const clashes = base.ok ? idClashes(draft, base.value.kb.entities) : [];
  const result: LoadResult = clashes.length
    ? { ok: false, diagnostics: sortDiagnostics([...clashes, ...loaded.diagnostics]), warnings: loaded.warnings }
    : loaded;
  return { added, result, draftEntities: entities.map((e) => e.id), draftRelations: relations.map((r) => r.id), relations, dropped };
}

/** Draft entities whose id is an existing entity's while their type or names say otherwise. */
function idClashes(draft: Draft, kbEntities: readonly Entity[]): Diagnostic[] {
  const byId = new Map(kbEntities.map((e) => [e.id, e]));
  const out: Diagnostic[] = [];
  for (const e of draft.entities) {
    const kb = byId.get(e.id);
    if (!kb) continue;
    const kbNames = new Set(namesOf(kb.name, kb.aliases).map(foldName));
    const names = namesOf(e.names, e.aliases);
    if (e.type === kb.type && names.some((n) => kbNames.has(foldName(n)))) continue;
    out.push({
      file: `entities/draft-${draft.source.id}.yaml`,
      line: 1,
      column: 1,
      message: `the draft's entity "${e.id}" (${e.type} ${quoted(names)}) has the id of another entity of the knowledge base (${kb.type} ${quoted(namesOf(kb.name, kb.aliases))}): merged, the draft's relations would be about that one`,
      hint: `if they are the same entity, give the draft's entity its type ${kb.type} and one of its names (or add a name to the aliases of "${e.id}" in the knowledge base); if not, give the draft's entity another id, everywhere the draft uses it`,
    });
  }
  return out;
}

function namesOf(name: DraftEntity['names'] | undefined, aliases: readonly unknown[] | undefined): string[] {
  const names = [name?.pl, name?.en, ...(Array.isArray(aliases) ? aliases : [])].filter((n): n is string => typeof n === 'string' && n !== '');
  return [...new Set(names)];
}

const quoted = (names: string[]) =>
  names.length
    ? names
        .slice(0, 3)
        .map((n) => `"${n}"`)
        .join(', ')
    : 'without a name';

function cleanQualifiers(q: Qualifiers, present: ReadonlySet<string>): Qualifiers {
  const out: Qualifiers = { ...q };
  if (out.place && !present.has(out.place.value)) delete out.place;
  return out;
}

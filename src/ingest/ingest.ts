// Ingesting a batch of articles into a knowledge base: each is extracted against the
// knowledge base as the earlier articles of the batch left it (so their new entities are
// linked by the later ones), a fact the knowledge base already holds becomes more evidence of
// that claim (its file edited in place), and the rest is added as merge.ts adds a draft.
// Pure: in-memory files in, files out; the result is validated as a whole.
import { loadKnowledgeBase, type LoadResult, type TextFile } from '../kb/load.ts';
import type { Lemmatizer } from '../lexicon/lemmatizer.ts';
import { foldName } from '../model/normalize.ts';
import type { LangText, Outlet } from '../model/types.ts';
import { extract, type Draft } from '../extract/extract.ts';
import { buildLinker } from '../extract/linker.ts';
import { evidenceEntry, mergeDraft } from '../extract/merge.ts';
import type { DraftRelation } from '../extract/relations.ts';
import { FACT_TYPES } from '../extract/vocabulary.ts';
import { findSameClaim } from './match.ts';
import { findUncertain, type UncertainLink } from './uncertain.ts';
import { appendEvidence, hasRelation } from './yaml-edit.ts';

export interface Article {
  /** How the report names it (a file name). */
  name: string;
  text: string;
  published: string;
  sourceId: string;
  title?: LangText;
  outlet?: Outlet;
}

export interface ArticleReport {
  article: string;
  source: string;
  linked: Array<{ id: string; mentions: string[] }>;
  new: Array<{ id: string; type: string; name: string }>;
  /** Relations of the knowledge base (or of an earlier article) that gained evidence. */
  merged: Array<{ relation: string; claim: string; file: string; evidence: number }>;
  relations: Array<{ id: string; claim: string }>;
  uncertain: UncertainLink[];
  /** Draft relations whose types or ends do not fit the knowledge base. */
  dropped: string[];
}

export interface IngestResult {
  /** Files added or changed, in the order first touched, with their new content. */
  files: TextFile[];
  /** Paths among `files` that already existed in the knowledge base (edited, not added). */
  edited: string[];
  reports: ArticleReport[];
  /** The knowledge base with the whole batch, validated; on failure, the first article's that did not fit. */
  result: LoadResult;
  /** The article whose addition failed validation. */
  failedAt?: string;
}

export class IngestRefused extends Error {}

const claimOf = (r: { from?: string; subject?: string; type: string; to?: string; object?: string }) => `${r.from ?? r.subject} ${r.type} ${r.to ?? r.object}`;

export function ingest(
  kbFiles: readonly TextFile[],
  articles: readonly Article[],
  lemmatizer: Lemmatizer,
  onArticle: (index: number, article: Article) => void = () => {},
): IngestResult {
  const files = new Map(kbFiles.map((f) => [f.path, f]));
  const original = new Set(files.keys());
  const touched: string[] = [];
  const touch = (f: TextFile) => {
    if (!touched.includes(f.path)) touched.push(f.path);
    files.set(f.path, f);
  };
  const reports: ArticleReport[] = [];
  let result = loadKnowledgeBase([...files.values()]);
  const seen = new Set<string>();
  for (const [index, article] of articles.entries()) {
    onArticle(index, article);
    if (!result.ok) break;
    const { kb } = result.value;
    if (seen.has(article.sourceId))
      throw new IngestRefused(
        `two articles of the batch have the source id "${article.sourceId}" (the second is ${article.name}); give one of them another id`,
      );
    if (kb.sources.some((s) => s.id === article.sourceId))
      throw new IngestRefused(
        `the knowledge base already has a source "${article.sourceId}" (from ${article.name}); ingest never replaces a source: remove it first, or give the article another id`,
      );
    seen.add(article.sourceId);
    const { draft } = extract(article.text, { published: article.published, sourceId: article.sourceId }, buildLinker(lemmatizer, kb.entities, kb.ontology));
    if (article.title) draft.source.title = article.title;
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    renameClashes(draft, byId);
    const uncertain = findUncertain(draft, kb.entities);

    const fresh: DraftRelation[] = [];
    const gains = new Map<string, DraftRelation['evidence']>();
    for (const r of draft.relations) {
      const same = findSameClaim(kb.relations, r, kb.ontology);
      if (same) gains.set(same.id, [...(gains.get(same.id) ?? []), ...r.evidence]);
      else fresh.push(r);
    }
    const merged = mergeDraft([...files.values()], { ...draft, relations: fresh }, article.text, {
      ...(article.outlet ? { outlet: article.outlet } : {}),
      command: 'ingest',
    });
    const report: ArticleReport = {
      article: article.name,
      source: article.sourceId,
      linked: draft.entities.filter((e) => byId.has(e.id)).map((e) => ({ id: e.id, mentions: [...new Set(e.mentions.map((m) => m.text))] })),
      new: draft.entities.filter((e) => merged.draftEntities.includes(e.id)).map((e) => ({ id: e.id, type: e.type, name: e.names.pl })),
      merged: [],
      relations: merged.relations.map((r) => ({ id: r.id, claim: claimOf(r) })),
      uncertain,
      dropped: merged.dropped,
    };
    reports.push(report);
    if (!merged.result.ok) {
      result = merged.result;
      return { files: touched.map((p) => files.get(p)!), edited: touched.filter((p) => original.has(p)), reports, result, failedAt: article.name };
    }
    const there = merged.added.filter((f) => files.has(f.path)).map((f) => f.path);
    if (there.length)
      throw new IngestRefused(
        `the knowledge base already has ${there.join(', ')} (for ${article.name}); ingest never replaces a file: remove them first, or give the article another id`,
      );
    merged.added.forEach(touch);
    const present = new Set([...byId.keys(), ...merged.draftEntities]);
    for (const [id, evidence] of gains) {
      const file = [...files.values()].find((f) => f.path.startsWith('relations/') && hasRelation(f.content, id))!;
      const items = evidence.map((e) => ({
        ...evidenceEntry({ ...e, claimedBy: e.claimedBy.filter((a) => present.has(a)) }, article.sourceId),
        ...occurrence(article.text, e),
      }));
      touch({ path: file.path, content: appendEvidence(file.content, id, items) });
      report.merged.push({ relation: id, claim: claimOf(kb.relations.find((r) => r.id === id)!), file: file.path, evidence: items.length });
    }
    result = loadKnowledgeBase([...files.values()]);
    if (!result.ok)
      return { files: touched.map((p) => files.get(p)!), edited: touched.filter((p) => original.has(p)), reports, result, failedAt: article.name };
  }
  return { files: touched.map((p) => files.get(p)!), edited: touched.filter((p) => original.has(p)), reports, result };
}

/** Which occurrence of its quote an evidence item is, when the quote occurs more than once. */
function occurrence(text: string, e: { quote: string; start: number }): { occurrence?: number } {
  let n = 0;
  let at = -1;
  let mine = 0;
  while ((at = text.indexOf(e.quote, at + 1)) !== -1) {
    n++;
    if (at === e.start) mine = n;
  }
  return n > 1 && mine ? { occurrence: mine } : {};
}

/**
 * A new entity of the draft with a known entity's id: the same entity when both are named
 * things (a person, a place) of one type sharing a name; otherwise, and always for a fact
 * (two articles' "spotkanie" are two meetings until a reviewer says otherwise), it gets an
 * id of its own, everywhere the draft uses it.
 */
function renameClashes(draft: Draft, known: ReadonlyMap<string, { type: string; name: LangText; aliases: string[] }>): void {
  const taken = new Set([...known.keys(), ...draft.entities.map((e) => e.id)]);
  const renames = new Map<string, string>();
  for (const e of draft.entities) {
    const k = known.get(e.id);
    if (e.known || !k) continue;
    const kNames = new Set([k.name.pl, k.name.en, ...k.aliases].map(foldName));
    const shares = [e.names.pl, e.names.en, ...e.aliases].some((n) => kNames.has(foldName(n)));
    if (!FACT_TYPES.has(e.type) && e.type === k.type && shares) {
      e.known = true;
      continue;
    }
    let n = 2;
    while (taken.has(`${e.id}-${n}`)) n++;
    taken.add(`${e.id}-${n}`);
    renames.set(e.id, `${e.id}-${n}`);
    e.id = `${e.id}-${n}`;
  }
  if (!renames.size) return;
  const to = (id: string) => renames.get(id) ?? id;
  for (const r of draft.relations) {
    r.from = to(r.from);
    r.to = to(r.to);
    r.claimedBy = r.claimedBy.map(to);
    for (const ev of r.evidence) ev.claimedBy = ev.claimedBy.map(to);
    if (r.qualifiers.place) r.qualifiers.place = { ...r.qualifiers.place, value: to(r.qualifiers.place.value) };
  }
}

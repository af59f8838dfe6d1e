// Relations of an article: sentence by sentence, the structural relations of its noun
// phrases and the relations of its triggers, each quote with the factuality, status and
// claimants of its scope (claim.ts), checked against the ontology, deduplicated, with a
// verbatim quote as evidence.
import { FACTUALITIES, type Ontology } from '../model/types.ts';
import type { RelationView } from '../query/index.ts';
import type { ArticleState, Candidate, Ctx, Handler } from './args.ts';
import { frameHandler } from './frame-handler.ts';
import type { Frame } from './frames.ts';
import { claimOf, withBasis } from './claim.ts';
import { backReference, certaintyAt, hedges, sentenceScopes } from './cues.ts';
import { hasLemma, type Doc } from './document.ts';
import type { DraftEntity } from './entities.ts';
import type { Mention } from './mentions.ts';
import { memorials, presence, structuralRelations } from './structure.ts';
import { possessions } from './transfers.ts';
import { TRIGGERS } from './triggers.ts';

/** A relation of the draft, in the shape `faktograf relations --json` prints. */
export type DraftRelation = Omit<RelationView, 'evidence'> & { evidence: Array<Omit<RelationView['evidence'][number], 'sentence'>> };

/** The code triggers (triggers.ts) and the verb frames (frames.json) by lemma. */
function triggersByLemma(frames: readonly Frame[]): Map<string, Handler[]> {
  const out = new Map<string, Handler[]>();
  const add = (lemma: string, h: Handler) => (out.has(lemma) ? out.get(lemma)!.push(h) : out.set(lemma, [h]));
  for (const [lemmas, handler] of TRIGGERS) for (const l of lemmas) add(l, handler);
  for (const f of frames) {
    const handler = frameHandler(f);
    for (const l of f.lemmas) add(l, handler);
  }
  return out;
}

const BY_FRAMES = new WeakMap<readonly Frame[], Map<string, Handler[]>>();

export function extractRelations(
  doc: Doc,
  entities: readonly DraftEntity[],
  { ontology, frames }: { ontology: Ontology | null; frames: readonly Frame[] },
  sourceId: string,
  countryId: (ref: string) => string | undefined,
): DraftRelation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  let triggers = BY_FRAMES.get(frames);
  if (!triggers) BY_FRAMES.set(frames, (triggers = triggersByLemma(frames)));
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.first - b.first || b.last - a.last);
  const state: ArticleState = { subjects: new Map(), recent: new Map(), supplied: [], participants: new Map(), leads: new Map(), parts: new Set() };
  const out = new Map<string, DraftRelation>();

  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const s = doc.words[m.first]!.sentence;
    if (bySentence.has(s)) bySentence.get(s)!.push(m);
    else bySentence.set(s, [m]);
  }
  for (const sentence of doc.sentences) {
    const [from, to] = sentence.tokens;
    const all = bySentence.get(sentence.index) ?? [];
    const top = outermost(all);
    const scopes = sentenceScopes(doc, sentence.index, top, types);
    // "… . Poinformowała o tym agencja KCNA.": the next sentence names who reported this one.
    const next = doc.sentences[sentence.index + 1];
    if (next) scopes.push(...backReference(doc, next.index, outermost(bySentence.get(next.index) ?? []), types, from, to - 1));
    const hedged = hedges(doc, sentence.index);
    const ctx: Ctx = {
      doc,
      ontology,
      entities: byId,
      sentence: sentence.index,
      mentions: top,
      all,
      state,
      emit: (c) => add(out, doc, ontology, byId, sourceId, c, scopes, hedged),
    };
    structuralRelations(ctx, countryId);
    for (let i = from; i < to; i++) {
      const w = doc.words[i]!;
      if (w.kind !== 'word') continue;
      const seen = new Set<unknown>();
      for (const m of w.morphs) {
        if (m.guessed) continue;
        for (const handler of triggers.get(m.lemma.toLowerCase()) ?? []) {
          if (seen.has(handler)) continue;
          seen.add(handler);
          handler(ctx, i);
        }
      }
    }
    possessions(ctx);
    memorials(ctx);
    presence(ctx);
    remember(ctx, top);
  }
  return [...out.values()];
}

/**
 * The mentions no longer mention contains, nested ones left out. `all` is sorted by first
 * word, longest first: one sweep keeps the furthest end reached by an earlier start (and by
 * the longest mention with the same start), instead of comparing every pair.
 */
function outermost(all: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let reach = -1; // furthest `last` of a mention starting before the current start
  let groupStart = -1;
  let groupReach = -1; // furthest `last` of a mention with the current start
  for (const m of all) {
    if (m.nested) continue;
    if (m.first !== groupStart) {
      reach = Math.max(reach, groupReach);
      groupStart = m.first;
      groupReach = -1;
    }
    if (reach < m.last && groupReach <= m.last) out.push(m);
    groupReach = Math.max(groupReach, m.last);
  }
  return out;
}

/** How many entities of a type the recency list keeps: antecedents are recent. */
const RECENT = 64;

/** After a sentence: who was named, and who was its subject (for the next sentence's pro-drop). */
function remember(ctx: Ctx, top: readonly Mention[]): void {
  const { state, doc } = ctx;
  for (const m of top) {
    const type = ctx.entities.get(m.ref)?.type;
    if (!type) continue;
    const list = (state.recent.get(type) ?? []).filter((id) => id !== m.ref);
    // Bounded: a copy of every entity named so far, per mention, was quadratic.
    state.recent.set(type, [m.ref, ...list.slice(0, RECENT - 1)]);
  }
  // The sentence's subject: a nominative mention before its first verb.
  const [from, to] = doc.sentences[ctx.sentence]!.tokens;
  const verb = doc.words
    .slice(from, to)
    .findIndex((w) => w.morphs.some((r) => r.pos === 'verb' && (r.form === 'fin' || r.form === 'praet')) && !hasLemma(w, 'być'));
  const subj = top.find(
    (m) =>
      m.first < from + (verb < 0 ? to : verb) &&
      doc.words[m.head]!.morphs.some((r) => r.cases & 1) &&
      !/^(według|w|do|z|dla|od|przez|na)$/.test(doc.words[m.first - 1]?.lower ?? ''),
  );
  const type = subj && ctx.entities.get(subj.ref)?.type;
  if (subj && type) state.subjects.set(type, subj.ref);
}

function add(
  out: Map<string, DraftRelation>,
  doc: Doc,
  ontology: Ontology | null,
  entities: ReadonlyMap<string, DraftEntity>,
  sourceId: string,
  c: Candidate,
  scopes: Parameters<typeof certaintyAt>[0],
  hedged: Parameters<typeof certaintyAt>[1],
): void {
  if (c.subject === c.object) return;
  const typeOf = (id: string) => entities.get(id)?.type ?? '';
  const def = ontology?.relationTypes[c.type];
  if (ontology && (!def?.subject.includes(typeOf(c.subject)) || !def.object.includes(typeOf(c.object)))) return;
  const at = certaintyAt(scopes, hedged, c.anchor);
  const level = c.level ?? at.certainty;
  // Whoever announces their own act is not its claimant as well.
  const claimedBy = [...new Set((c.claimedBy ?? at.attributedTo).filter((id) => id !== c.subject || (level !== 'announced' && c.type !== 'ANNOUNCED')))];
  const { factuality, status: levelStatus } = claimOf(level, claimedBy);
  const status = c.status ?? levelStatus;
  const words = c.words.filter((i) => i >= 0 && i < doc.words.length);
  const first = doc.words[Math.min(...words)]!;
  const last = doc.words[Math.max(...words)]!;
  const quote = doc.text.slice(first.start, last.end);
  const sentence = doc.text.slice(doc.words[doc.sentences[first.sentence]!.tokens[0]]!.start, doc.words[doc.sentences[last.sentence]!.tokens[1] - 1]!.end);
  const qualifiers = withBasis(c.qualifiers ?? {}, sentence, (id) => {
    const e = entities.get(id);
    return e ? [e.names.pl, e.names.en, ...e.aliases, ...e.mentions.map((m) => doc.text.slice(doc.words[m.first]!.start, doc.words[m.last]!.end))] : [];
  });
  const evidence = {
    source: sourceId,
    outlet: `source:${sourceId}`,
    quote,
    start: first.start,
    end: last.end,
    claimedBy,
    factuality,
    polarity: 'positive' as const,
    status,
  };
  const key = `${c.subject}|${c.type}|${c.object}`;
  const existing = out.get(key);
  if (existing) {
    const spans = quoted.get(existing)!;
    if (!spans.has(`${first.start}:${last.end}`)) {
      spans.add(`${first.start}:${last.end}`);
      existing.evidence.push(evidence);
      // As the builder derives it: the firmest claim, the union of the claimants.
      if (FACTUALITIES.indexOf(factuality) < FACTUALITIES.indexOf(existing.factuality)) Object.assign(existing, { factuality, status });
      existing.claimedBy = [...new Set([...existing.claimedBy, ...claimedBy])].sort();
    }
    for (const [k, v] of Object.entries(qualifiers)) (existing.qualifiers as Record<string, unknown>)[k] ??= v;
    return;
  }
  const relation: DraftRelation = {
    id: '',
    from: c.subject,
    to: c.object,
    type: c.type,
    qualifiers,
    factuality,
    status,
    polarity: 'positive',
    basis: 'text',
    claimedBy: [...claimedBy].sort(),
    corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
    conflicts: [],
    evidence: [evidence],
  };
  out.set(key, relation);
  quoted.set(relation, new Set([`${first.start}:${last.end}`]));
}

/** The evidence spans of each relation, `start:end`: a relation told many times is looked up, not searched. */
const quoted = new WeakMap<DraftRelation, Set<string>>();

/** Ids like the curated ones: `r-<subject>-<type>-<object>`, unique, at most 80 characters. */
export function assignRelationIds(relations: DraftRelation[], taken: ReadonlySet<string> = new Set()): void {
  const used = new Set(taken);
  // Where each base's numbering goes on from: ids below it are taken already.
  const next = new Map<string, number>();
  for (const r of relations) {
    const base = `r-${r.from}-${r.type.toLowerCase().replace(/_/g, '-')}-${r.to}`.slice(0, 80).replace(/-+$/, '');
    let id = base;
    let n = next.get(base) ?? 2;
    for (; used.has(id); n++) id = `${base}-${n}`;
    next.set(base, n);
    used.add(id);
    r.id = id;
  }
}

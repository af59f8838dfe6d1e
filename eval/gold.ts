// Gold annotations for the extraction evaluation: the hand-annotated fixtures
// (eval/dev, eval/heldout; format in eval/GUIDELINES.md) and the seed article, whose gold is
// the part of the curated knowledge base in graph/ that the seed article evidences. Also turns a fixture's gold into a draft so the
// same merge-and-validate path that checks drafts checks the annotation.
import { parse } from 'yaml';
import type { Factuality, KnowledgeBase, LangText, Polarity, Relation, Status } from '../src/model/types.ts';
import { withBasis, type RawQualifiers } from '../src/extract/claim.ts';
import { splitSentences } from '../src/text/sentences.ts';
import type { Draft } from '../src/extract/extract.ts';
import { PHENOMENA } from './phenomena.ts';

export interface Span {
  start: number;
  end: number;
}

export interface GoldEntity {
  id: string;
  type: string;
  name: LangText;
  known: boolean;
  mentions: Span[];
  /** Strings that name it, for alignment by name. */
  names: string[];
  /** The phenomena (eval/phenomena.ts) this entity exercises, for per-class recall. */
  phenomena: string[];
}

/**
 * A gold relation: subject, type and object, the claim as its (one) quote makes it, and
 * the qualifiers as the text gives them (their basis is judged from the quote, as for a draft).
 */
export interface GoldRelation extends Pick<Relation, 'subject' | 'type' | 'object'> {
  factuality: Factuality;
  status: Status;
  claimedBy: string[];
  qualifiers: RawQualifiers;
  quote?: string;
  /** `negative` for a denial or a refusal to confirm; `positive` unless the gold says so. */
  polarity: Polarity;
  /** The phenomena (eval/phenomena.ts) this relation exercises, for per-class recall. */
  phenomena: string[];
}

/** The fixture sets: the seed article, the first dev and held-out texts, and the larger corpus. */
export const SPLITS = ['seed', 'dev', 'heldout', 'dev2', 'heldout2'] as const;
export type Split = (typeof SPLITS)[number];
/** The hand-annotated sets, each in eval/<split>/. */
export const FIXTURE_SPLITS = ['dev', 'heldout', 'dev2', 'heldout2'] as const;
export type FixtureSplit = (typeof FIXTURE_SPLITS)[number];

export interface GoldDoc {
  id: string;
  split: Split;
  text: string;
  published: string;
  title: LangText;
  entities: GoldEntity[];
  relations: GoldRelation[];
  /** Every phenomenon of the text: its own list and those of its entities and relations. */
  phenomena: string[];
}

interface GoldFile {
  source: { id: string; published: string | Date; title: LangText; phenomena?: string[] };
  entities: Array<{ id: string; known?: boolean; type?: string; name?: LangText; mentions?: string[]; phenomena?: string[] }>;
  relations: Array<
    Omit<GoldRelation, 'status' | 'claimedBy' | 'qualifiers' | 'polarity' | 'phenomena'> & {
      status?: Status;
      claimedBy?: string[];
      qualifiers?: RawQualifiers;
      quote: string;
      polarity?: Polarity;
      phenomena?: string[];
    }
  >;
}

const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Every whole-word occurrence of each string in the text. */
export function occurrences(text: string, strings: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const s of new Set(strings)) {
    if (!s) continue;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const before = text[at - 1];
      const after = text[at + s.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      out.push({ start: at, end: at + s.length });
    }
  }
  return out;
}

export function parseGold(yamlText: string, text: string, split: FixtureSplit, kb: KnowledgeBase): GoldDoc {
  const g = parse(yamlText) as GoldFile;
  const known = new Map(kb.entities.map((e) => [e.id, e]));
  const where = (what: string) => `${g.source.id}: ${what}`;
  const entities = g.entities.map((e): GoldEntity => {
    const k = e.known ? known.get(e.id) : undefined;
    if (e.known && !k) throw new Error(`eval: ${g.source.id}: "${e.id}" is marked known but graph/ has no such entity`);
    const name = k?.name ?? e.name!;
    const phenomena = checkPhenomena(e.phenomena, where(`entity ${e.id}`));
    return {
      id: e.id,
      type: k?.type ?? e.type!,
      name,
      known: !!e.known,
      mentions: occurrences(text, e.mentions ?? []),
      names: [name.pl, name.en, ...(e.mentions ?? [])],
      phenomena,
    };
  });
  const relations = g.relations.map(
    (r): GoldRelation => ({
      ...r,
      status: r.status ?? 'occurred',
      claimedBy: r.claimedBy ?? [],
      qualifiers: normaliseQualifiers(r.qualifiers ?? {}),
      polarity: r.polarity ?? 'positive',
      phenomena: checkPhenomena(r.phenomena, where(`relation ${r.subject} ${r.type} ${r.object}`)),
    }),
  );
  const phenomena = [
    ...new Set([...checkPhenomena(g.source.phenomena, where('source')), ...entities.flatMap((e) => e.phenomena), ...relations.flatMap((r) => r.phenomena)]),
  ].sort();
  return { id: g.source.id, split, text, published: iso(g.source.published), title: g.source.title, entities, relations, phenomena };
}

/** A gold file's phenomenon tags, each one of the classes of eval/phenomena.ts. */
function checkPhenomena(tags: unknown, where: string): string[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags)) throw new Error(`eval: ${where}: phenomena must be a list of class names`);
  for (const t of tags)
    if (typeof t !== 'string' || !PHENOMENA.has(t))
      throw new Error(`eval: ${where}: unknown phenomenon "${String(t)}"; the classes are ${[...PHENOMENA.keys()].join(', ')}`);
  return tags as string[];
}

function normaliseQualifiers(q: RawQualifiers): RawQualifiers {
  return { ...q, ...(q.time !== undefined ? { time: iso(q.time as string | Date) } : {}) };
}

/**
 * The seed article against the curated knowledge base, restricted to what the article itself
 * says: the relations with evidence quoted from it (their claim as its first such quote makes
 * it), and the entities those relations join or whose claims they carry, plus any other
 * entity of graph/ the article names. The rest of graph/ comes from other sources and is no
 * part of this article's gold.
 */
export function seedGold(kb: KnowledgeBase, sourceId: string): GoldDoc {
  const source = kb.sources.find((s) => s.id === sourceId)!;
  const forms = (e: KnowledgeBase['entities'][number]) => [e.name.pl, ...e.aliases, ...(e.mentions?.[sourceId] ?? [])];
  const own = kb.relations.flatMap((r) => {
    const evidence = r.evidence.find((ev) => ev.source === sourceId);
    return evidence ? [{ r, evidence }] : [];
  });
  const involved = new Set(own.flatMap(({ r, evidence }) => [r.subject, r.object, ...evidence.claimedBy]));
  const entities = kb.entities.flatMap((e): GoldEntity[] => {
    // The forms the source uses count, the ones that name it there only included.
    const mentions = occurrences(source.text, forms(e));
    if (!involved.has(e.id) && mentions.length === 0) return [];
    return [{ id: e.id, type: e.type, name: e.name, known: false, mentions, names: [e.name.en, ...forms(e)], phenomena: [] }];
  });
  const relations = own.map(({ r, evidence }): GoldRelation => {
    const { factuality, status, claimedBy, polarity } = evidence;
    const q = r.qualifiers;
    const qualifiers: RawQualifiers = {
      ...(q.quantity ? { quantity: { value: q.quantity.value, precision: q.quantity.precision, ...(q.quantity.unit ? { unit: q.quantity.unit } : {}) } } : {}),
      ...(q.time ? { time: q.time.value } : {}),
      ...(q.place ? { place: q.place.value } : {}),
    };
    return { subject: r.subject, type: r.type, object: r.object, factuality, status, claimedBy, qualifiers, polarity, phenomena: [] };
  });
  return { id: sourceId, split: 'seed', text: source.text, published: source.published, title: source.title, entities, relations, phenomena: [] };
}

/** A fixture's gold as a draft, to merge into graph/ and validate like any draft. */
export function goldAsDraft(gold: GoldDoc, kb: KnowledgeBase): Draft {
  const names = new Map<string, string[]>([
    ...kb.entities.map((e) => [e.id, [e.name.pl, e.name.en, ...e.aliases]] as [string, string[]]),
    ...gold.entities.map((e) => [e.id, e.names] as [string, string[]]),
  ]);
  return {
    source: { id: gold.id, title: gold.title, language: 'pl', published: gold.published },
    entities: gold.entities.map((e) => ({
      id: e.id,
      type: e.type,
      names: e.name,
      aliases: [...new Set(e.mentions.map((m) => gold.text.slice(m.start, m.end)))],
      mentions: e.mentions.map((m) => ({ ...m, text: gold.text.slice(m.start, m.end) })),
      known: e.known,
    })),
    relations: gold.relations.map((r, i) => ({
      id: `r-gold-${i + 1}`,
      from: r.subject,
      to: r.object,
      type: r.type,
      qualifiers: withBasis(r.qualifiers, sentenceOf(gold.text, r.quote ?? ''), (id) => names.get(id) ?? []),
      factuality: r.factuality,
      status: r.status,
      polarity: r.polarity,
      basis: 'text',
      claimedBy: r.claimedBy,
      corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
      conflicts: [],
      evidence: [
        {
          source: gold.id,
          outlet: `source:${gold.id}`,
          quote: r.quote ?? '',
          start: 0,
          end: 0,
          claimedBy: r.claimedBy,
          factuality: r.factuality,
          polarity: r.polarity,
          status: r.status,
        },
      ],
    })),
  };
}

/** The sentences a quote spans (from the sentence start before it to the sentence end after it). */
function sentenceOf(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  const spans = splitSentences(text);
  const first = spans.find(([, end]) => end > at) ?? spans[0]!;
  const last = spans.find(([, end]) => end >= at + quote.length) ?? first;
  return text.slice(first[0], last[1]);
}

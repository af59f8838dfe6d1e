// Gold annotations for the extraction evaluation: the hand-annotated fixtures
// (eval/dev, eval/heldout; format in eval/GUIDELINES.md) and the seed article, whose gold is
// the curated knowledge base in graph/. Also turns a fixture's gold into a draft so the
// same merge-and-validate path that checks drafts checks the annotation.
import { parse } from 'yaml';
import type { KnowledgeBase, LangText, Qualifiers, Relation } from '../src/model/types.ts';
import type { Draft } from '../src/extract/extract.ts';

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
}

/** A gold relation: a relation of graph/ without id, with the quote of its evidence. */
export type GoldRelation = Omit<Relation, 'id' | 'evidence'> & { quote?: string };

export interface GoldDoc {
  id: string;
  split: 'seed' | 'dev' | 'heldout';
  text: string;
  published: string;
  title: LangText;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

interface GoldFile {
  source: { id: string; published: string | Date; title: LangText };
  entities: Array<{ id: string; known?: boolean; type?: string; name?: LangText; mentions?: string[] }>;
  relations: Array<GoldRelation & { attributedTo?: string[]; qualifiers?: Qualifiers; quote: string }>;
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

export function parseGold(yamlText: string, text: string, split: 'dev' | 'heldout', kb: KnowledgeBase): GoldDoc {
  const g = parse(yamlText) as GoldFile;
  const known = new Map(kb.entities.map((e) => [e.id, e]));
  const entities = g.entities.map((e): GoldEntity => {
    const k = e.known ? known.get(e.id) : undefined;
    if (e.known && !k) throw new Error(`eval: ${g.source.id}: "${e.id}" is marked known but graph/ has no such entity`);
    const name = k?.name ?? e.name!;
    return { id: e.id, type: k?.type ?? e.type!, name, known: !!e.known, mentions: occurrences(text, e.mentions ?? []), names: [name.pl, name.en, ...(e.mentions ?? [])] };
  });
  const relations = g.relations.map((r) => ({ ...r, attributedTo: r.attributedTo ?? [], qualifiers: normaliseQualifiers(r.qualifiers ?? {}) }));
  return { id: g.source.id, split, text, published: iso(g.source.published), title: g.source.title, entities, relations };
}

function normaliseQualifiers(q: Qualifiers): Qualifiers {
  return { ...q, ...(q.time !== undefined ? { time: iso(q.time as string | Date) } : {}) };
}

/** The seed article against the curated knowledge base: every entity and relation of graph/. */
export function seedGold(kb: KnowledgeBase, sourceId: string): GoldDoc {
  const source = kb.sources.find((s) => s.id === sourceId)!;
  const entities = kb.entities.map((e): GoldEntity => ({
    id: e.id,
    type: e.type,
    name: e.name,
    known: false,
    mentions: occurrences(source.text, [e.name.pl, ...e.aliases]),
    names: [e.name.pl, e.name.en, ...e.aliases],
  }));
  const relations = kb.relations.map((r) => ({ subject: r.subject, type: r.type, object: r.object, certainty: r.certainty, attributedTo: r.attributedTo, qualifiers: r.qualifiers }));
  return { id: sourceId, split: 'seed', text: source.text, published: source.published, title: source.title, entities, relations };
}

/** A fixture's gold as a draft, to merge into graph/ and validate like any draft. */
export function goldAsDraft(gold: GoldDoc): Draft {
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
      qualifiers: r.qualifiers,
      certainty: r.certainty,
      attributedTo: r.attributedTo,
      evidence: [{ source: gold.id, quote: r.quote ?? '', start: 0, end: 0 }],
    })),
  };
}

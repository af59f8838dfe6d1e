// From a Polish news article to a draft knowledge base: tokens and lemmas, mentions,
// entities (linked to the knowledge base or new), and relations with verbatim evidence,
// certainty, attribution and qualifiers. Pure: the caller supplies the dictionary, the
// knowledge base's entities and ontology.
import type { LangText } from '../model/types.ts';
import { analyse, type Doc } from './document.ts';
import { formEntities, surface, type DraftEntity } from './entities.ts';
import { findFactMentions } from './facts.ts';
import type { Linker } from './linker.ts';
import { findNameMentions } from './mentions.ts';
import { assignRelationIds, extractRelations, type DraftRelation } from './relations.ts';
import { slug } from './translit.ts';
import { nfcWithMap } from '../text/nfc-map.ts';
import { ExtractError } from './errors.ts';

/**
 * The longest article the extractor takes, in characters (about 30,000 words, far beyond a
 * news article). Time grows with length; past this, split the text.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  /** Id of the source in the draft; from the title when absent. */
  sourceId?: string;
}

/** The draft as `faktograf extract --json` prints it. */
export interface Draft {
  source: { id: string; title: LangText; language: 'pl'; published: string };
  entities: Array<{
    id: string;
    type: string;
    names: LangText;
    aliases: string[];
    mentions: Array<{ start: number; end: number; text: string }>;
    known: boolean;
  }>;
  relations: DraftRelation[];
}

export interface Extraction {
  doc: Doc;
  entities: DraftEntity[];
  relations: DraftRelation[];
  draft: Draft;
}

export function extract(original: string, options: ExtractOptions, linker: Linker): Extraction {
  if (original.length > MAX_ARTICLE_CHARS)
    throw new ExtractError(
      `faktograf/extract: the article has ${original.length.toLocaleString('en')} characters; the extractor takes at most ${MAX_ARTICLE_CHARS.toLocaleString('en')}: split it into articles`,
    );
  // The pipeline reads NFC (a letter and its accent as one character); every offset and
  // quote it reports is mapped back onto the text as given.
  const nfc = nfcWithMap(original);
  const extraction = extractNfc(nfc.text, options, linker);
  if (nfc.text === original) return extraction;
  const span = (start: number, end: number) => ({ start: nfc.toOriginal(start), end: nfc.toOriginal(end) });
  for (const e of extraction.draft.entities)
    e.mentions = e.mentions.map((m) => {
      const at = span(m.start, m.end);
      return { ...at, text: original.slice(at.start, at.end) };
    });
  for (const r of extraction.relations)
    r.evidence = r.evidence.map((ev) => {
      const at = span(ev.start, ev.end);
      return { ...ev, ...at, quote: original.slice(at.start, at.end) };
    });
  return extraction;
}

function extractNfc(text: string, options: ExtractOptions, linker: Linker): Extraction {
  const doc = analyse(text, options.published, linker.lemmatizer);
  const names = findNameMentions(doc, linker);
  const facts = findFactMentions(doc, names);
  const entities = formEntities(doc, [...names, ...facts], linker);
  const title = doc.sentences[0] ? text.slice(doc.sentences[0].start, doc.sentences[0].end).replace(/[.!?]$/, '') : 'article';
  const sourceId = options.sourceId ?? `article-${options.published}-${slug(title).slice(0, 40).replace(/-+$/, '')}`;
  const ids = new Set(entities.map((e) => e.id));
  const countryId = (ref: string) => {
    const id = linker.known(ref) ?? ref.replace(/^\w+:/, '');
    return ids.has(id) ? id : undefined;
  };
  const relations = extractRelations(doc, entities, linker, sourceId, countryId);
  assignRelationIds(relations, new Set());
  const draft: Draft = {
    source: { id: sourceId, title: { pl: title, en: title }, language: 'pl', published: options.published },
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      names: e.names,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: doc.words[m.first]!.start, end: doc.words[m.last]!.end, text: surface(doc, m) })),
      known: e.known,
    })),
    relations,
  };
  return { doc, entities, relations, draft };
}

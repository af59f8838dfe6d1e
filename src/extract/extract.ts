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

export function extract(text: string, options: ExtractOptions, linker: Linker): Extraction {
  const doc = analyse(text, options.published, linker.lemmatizer);
  const names = findNameMentions(doc, linker);
  const facts = findFactMentions(doc, names);
  const entities = formEntities(doc, [...names, ...facts], linker);
  const title = doc.sentences[0] ? text.slice(doc.sentences[0].start, doc.sentences[0].end).replace(/[.!?]$/, '') : 'article';
  const sourceId = options.sourceId ?? `article-${options.published}-${slug(title).slice(0, 40).replace(/-+$/, '')}`;
  const countryId = (ref: string) => {
    const id = linker.known(ref) ?? ref.replace(/^\w+:/, '');
    return entities.some((e) => e.id === id) ? id : undefined;
  };
  const relations = extractRelations(doc, entities, linker.ontology, sourceId, countryId);
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

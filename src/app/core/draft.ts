// Article -> draft -> the dataset the explorer shows: extraction linked to the knowledge
// base, the draft merged into its files and validated (as `faktograf merge` does), the
// graph rebuilt with the built positions kept and new entities placed beside their
// neighbours. Pure once given the dictionary; loaded on demand, since it brings the
// extractor, the loader and the builder with it.
import { buildGraph } from '../../compile/graph.ts';
import { extract, MAX_ARTICLE_CHARS } from '../../extract/extract.ts';
import { buildLinker, type Linker } from '../../extract/linker.ts';
import { mergeDraft } from '../../extract/merge.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { loadKnowledgeBase, type TextFile } from '../../kb/load.ts';
import { Lemmatizer } from '../../lexicon/lemmatizer.ts';
import { MorfologikDictionary, parseDictionaryInfo } from '../../lexicon/morfologik.ts';
import type { BuiltSource } from '../../model/types.ts';
import { ArticleError, checkArticle, cleanArticleText, freeId } from './article.ts';
import { makeDataset } from './dataset.ts';
import { knowledgeBaseFiles } from './kb-files.ts';
import { disjointMentions } from './mentions.ts';
import { knowledgeNeighbours, placeNewNodes } from './placement.ts';
import type { Dataset, DraftArticle } from './types.ts';

export interface DraftMaker {
  /** The knowledge base with the article's draft in it; throws an ArticleError. */
  make(text: string, published: string): Dataset;
}

/** Validation problems, a few at most: enough to see what went wrong. */
const problems = (list: Parameters<typeof formatDiagnostic>[0][]) =>
  list
    .slice(0, 3)
    .map((d) => formatDiagnostic(d))
    .join('\n') + (list.length > 3 ? `\n(+${list.length - 3})` : '');

export function createDraftMaker(base: Dataset, dictionary: Uint8Array, dictionaryInfo: string): DraftMaker {
  const files: TextFile[] = knowledgeBaseFiles(base.graph, base.sources.values());
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) throw new ArticleError('errKnowledgeBase', problems(loaded.diagnostics));
  const { kb } = loaded.value;
  const lemmatizer = new Lemmatizer(MorfologikDictionary.parse(dictionary, parseDictionaryInfo(dictionaryInfo)));
  const linker: Linker = buildLinker(lemmatizer, kb.entities, kb.ontology);
  const positions = new Map(base.graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));

  return {
    make(input, published) {
      const problem = checkArticle(input, published);
      if (problem) throw new ArticleError(problem);
      const text = cleanArticleText(input);
      if (text.length > MAX_ARTICLE_CHARS) throw new ArticleError('errTooLong', `${text.length} > ${MAX_ARTICLE_CHARS}`);

      let { draft } = extract(text, { published }, linker);
      if (base.sources.has(draft.source.id)) {
        ({ draft } = extract(text, { published, sourceId: freeId(draft.source.id, (id) => base.sources.has(id)) }, linker));
      }
      if (draft.entities.length === 0) throw new ArticleError('errNothingFound');
      const merged = mergeDraft(files, draft, text);
      if (!merged.result.ok) throw new ArticleError('errMerge', problems(merged.result.diagnostics));
      if (merged.draftEntities.length === 0 && merged.draftRelations.length === 0) throw new ArticleError('errNothingNew');

      const value = merged.result.value;
      const graph = buildGraph(value, { name: base.graph.getAttribute('name') });
      const placed = placeNewNodes(graph, positions, knowledgeNeighbours(graph));
      graph.updateEachNodeAttributes((node, a) => ({ ...a, ...placed.get(node) }));
      const sources: BuiltSource[] = value.kb.sources.map((s) => ({ ...s, sentences: value.sentences.get(s.id) ?? [] }));
      const mentions = draft.entities.flatMap((e) => (graph.hasNode(e.id) ? e.mentions.map(({ start, end }) => ({ start, end, entity: e.id })) : []));
      const article: DraftArticle = {
        source: draft.source.id,
        relations: merged.draftRelations,
        mentions: disjointMentions(mentions, text.length),
        draft,
        files: merged.added,
        dropped: merged.dropped,
      };
      return makeDataset(graph, sources, null, article);
    },
  };
}

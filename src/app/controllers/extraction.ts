// Article extraction, loaded on demand: the first use fetches the Polish dictionary
// (2.8 MB) and the extractor's code, later articles reuse both. Nothing of it loads with
// the page. Renders nothing.
import dictionaryUrl from '../../../lexicons/morfologik-polish/polish.dict?url';
import { ArticleError } from '../core/article.ts';
import type { DraftMaker } from '../core/draft.ts';
import type { Dataset } from '../core/types.ts';

export interface Extraction {
  /** Starts loading, once; resolves when the dictionary and the extractor are ready. */
  prepare(): Promise<void>;
  ready(): boolean;
  /** The knowledge base with the article's draft merged in; rejects with an ArticleError. */
  make(text: string, published: string): Promise<Dataset>;
}

async function fetchDictionary(): Promise<Uint8Array> {
  const response = await fetch(dictionaryUrl).catch((e: Error) => {
    throw new ArticleError('errDictionary', e.message);
  });
  if (!response.ok) throw new ArticleError('errDictionary', `${dictionaryUrl}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function load(base: Dataset): Promise<DraftMaker> {
  const [pipeline, dictionary, info] = await Promise.all([
    import('../core/draft.ts'),
    fetchDictionary(),
    import('../../../lexicons/morfologik-polish/polish.info?raw').then((m) => m.default),
  ]);
  return pipeline.createDraftMaker(base, dictionary, info);
}

/** `base`: the knowledge base every draft is merged into (never a draft itself). */
export function createExtraction(base: Dataset): Extraction {
  let loading: Promise<DraftMaker> | null = null;
  let maker: DraftMaker | null = null;
  const prepare = () =>
    (loading ??= load(base).then(
      (m) => (maker = m),
      (e: unknown) => {
        loading = null; // a failed load (offline) may be retried
        throw e;
      },
    ));
  return {
    prepare: async () => {
      await prepare();
    },
    ready: () => maker !== null,
    async make(text, published) {
      return (await prepare()).make(text, published);
    },
  };
}

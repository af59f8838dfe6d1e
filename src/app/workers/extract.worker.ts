// The article extractor off the page's thread: it loads the Polish dictionary, links to the
// knowledge base it is given, and for each article returns the knowledge base with the
// article's draft merged in (src/app/core/draft.ts), so a long article never freezes the
// explorer. Bundled by Vite as a same-origin module worker.
import dictionaryInfo from '../../../lexicons/morfologik-polish/polish.info?raw';
import { ArticleError } from '../core/article.ts';
import { createDraftMaker, type DraftMaker } from '../core/draft.ts';
import { datasetData, datasetOf, type Failure, type FromWorker, type ToWorker } from './transfer.ts';

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };

const failure = (e: unknown): Failure => (e instanceof ArticleError ? { key: e.key, detail: e.detail } : { message: (e as Error)?.message ?? String(e) });

async function fetchDictionary(url: string): Promise<Uint8Array> {
  const response = await fetch(url).catch((e: Error) => {
    throw new ArticleError('errDictionary', e.message);
  });
  if (!response.ok) throw new ArticleError('errDictionary', `${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let maker: Promise<DraftMaker> | null = null;

scope.onmessage = async ({ data }) => {
  if (data.kind === 'load') {
    const base = datasetOf(data.base);
    maker = fetchDictionary(data.dictionaryUrl).then((dictionary) => createDraftMaker(base, dictionary, dictionaryInfo));
    maker.then(
      () => scope.postMessage({ kind: 'ready' }),
      (e: unknown) => scope.postMessage({ kind: 'load-failed', failure: failure(e) }),
    );
    return;
  }
  try {
    if (!maker) throw new Error('the extraction worker got an article before its dictionary');
    const dataset = (await maker).make(data.text, data.published);
    scope.postMessage({ kind: 'made', id: data.id, dataset: datasetData(dataset) });
  } catch (e) {
    scope.postMessage({ kind: 'make-failed', id: data.id, failure: failure(e) });
  }
};

// Article extraction, in a worker (src/app/workers/extract.worker.ts) loaded on demand: the
// first use starts it and it fetches the Polish dictionary (2.8 MB); later articles reuse
// both. Nothing of it loads with the page, and the page stays responsive while an article
// is read. Cancelling ends the worker; the next use starts another. Renders nothing.
import dictionaryUrl from '../../../lexicons/morfologik-polish/polish.dict?url';
import { ArticleError } from '../core/article.ts';
import type { Dataset } from '../core/types.ts';
import { datasetData, datasetOf, type Failure, type FromWorker, type ToWorker } from '../workers/transfer.ts';

export interface Extraction {
  /** Starts loading, once; resolves when the dictionary and the extractor are ready. */
  prepare(): Promise<void>;
  ready(): boolean;
  /** The knowledge base with the article's draft merged in; rejects with an ArticleError, or ExtractionCancelled. */
  make(text: string, published: string): Promise<Dataset>;
  /** Stops the article being extracted, if any: its `make` rejects with ExtractionCancelled. */
  cancel(): void;
}

/** What `make` rejects with when the extraction was cancelled. */
export class ExtractionCancelled extends Error {
  constructor() {
    super('extraction cancelled');
  }
}

const errorOf = (f: Failure): Error => ('key' in f ? new ArticleError(f.key, f.detail) : new Error(f.message));

interface Job {
  resolve(dataset: Dataset): void;
  reject(e: Error): void;
}

/** `base`: the knowledge base every draft is merged into (never a draft itself). */
export function createExtraction(base: Dataset): Extraction {
  let worker: Worker | null = null;
  let loading: Promise<void> | null = null;
  let loaded = false;
  let nextId = 0;
  const jobs = new Map<number, Job>();

  /** Ends the worker; what waits on it rejects with `error`. */
  const end = (error: Error) => {
    worker?.terminate();
    worker = null;
    loading = null;
    loaded = false;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };

  const start = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(new URL('../workers/extract.worker.ts', import.meta.url), { type: 'module', name: 'faktograf-extract' });
      worker = w;
      w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (data.kind === 'ready') {
          loaded = true;
          resolve();
        } else if (data.kind === 'load-failed') {
          const error = errorOf(data.failure);
          end(error); // a failed load (offline) may be retried
          reject(error);
        } else {
          const job = jobs.get(data.id);
          jobs.delete(data.id);
          if (data.kind === 'made') job?.resolve(datasetOf(data.dataset));
          else job?.reject(errorOf(data.failure));
        }
      };
      w.onerror = (e) => {
        e.preventDefault();
        const error = new ArticleError('errExtract', e.message);
        end(error);
        reject(error);
      };
      const load: ToWorker = { kind: 'load', base: datasetData(base), dictionaryUrl: new URL(dictionaryUrl, location.href).href };
      w.postMessage(load);
    });

  const prepare = () => (loading ??= start());

  return {
    prepare,
    ready: () => loaded,
    async make(text, published) {
      await prepare();
      const id = nextId++;
      return new Promise<Dataset>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        const message: ToWorker = { kind: 'make', id, text, published };
        worker!.postMessage(message);
      });
    },
    cancel() {
      if (jobs.size > 0) end(new ExtractionCancelled());
    },
  };
}

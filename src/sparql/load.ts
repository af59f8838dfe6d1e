// Loading the knowledge graph into a triple store, all or nothing: the batches go into a
// fresh graph of their own (Graph Store PUT, then POSTs), and only when every one is in
// does one SPARQL Update move that graph onto the target (`MOVE` replaces the target's
// triples in one transaction). On any failure the fresh graph is dropped and the target
// is left exactly as it was. A store that gets the batches one by one never holds a
// half-replaced target, and the loader holds one batch at a time.
import { graphIriProblem, type GraphStore } from './graph-store.ts';

export interface LoadBatch {
  /** A Turtle document of its own. */
  text: string;
  triples: number;
}

export interface LoadOptions {
  store: GraphStore;
  /** The named graph to replace. */
  graph: string;
  batches: Iterable<LoadBatch>;
  /** After each batch is in the store. */
  onBatch?(triples: number): void;
  /** Before the swap, after the last batch. */
  onSwap?(): void;
  /** The temporary graph's IRI; default: a fresh `urn:faktograf:load:<uuid>` (one left behind by a killed load can be dropped by that prefix). */
  temporaryGraph?: string;
}

export interface LoadResult {
  graph: string;
  triples: number;
  batches: number;
}

export class LoadError extends Error {
  override name = 'LoadError';
}

export async function loadGraph(options: LoadOptions): Promise<LoadResult> {
  const { store, graph } = options;
  const problem = graphIriProblem(graph);
  if (problem) throw new LoadError(`the graph IRI "${graph}" ${problem}`);
  if (!store.update)
    throw new LoadError(`no update endpoint is known for ${store.endpoint}, and the swap into <${graph}> needs one: give it with --update <url>`);
  const temporary = options.temporaryGraph ?? `urn:faktograf:load:${crypto.randomUUID()}`;
  let triples = 0;
  let batches = 0;
  try {
    for (const batch of options.batches) {
      if (batches === 0) await store.put(temporary, batch.text);
      else await store.post(temporary, batch.text);
      batches++;
      triples += batch.triples;
      options.onBatch?.(batch.triples);
    }
    options.onSwap?.();
    // An empty knowledge graph empties the target; MOVE of a graph that is not there would fail.
    const swap = batches ? `MOVE <${temporary}> TO <${graph}>` : `DROP SILENT GRAPH <${graph}>`;
    await store.runUpdate(swap, `replacing <${graph}> with the loaded triples`);
  } catch (e) {
    const dropped = await store.delete(temporary, true).then(
      () => `the temporary graph <${temporary}> was dropped`,
      (d: Error) => `the temporary graph <${temporary}> could not be dropped (${d.message.split('\n')[0]}): drop it yourself`,
    );
    const done = batches ? ` after ${batches} batch${batches === 1 ? '' : 'es'} (${triples.toLocaleString('en')} triples)` : '';
    throw new LoadError(`${(e as Error).message}\nthe load stopped${done}; <${graph}> was left as it was, and ${dropped}`);
  }
  return { graph, triples, batches };
}

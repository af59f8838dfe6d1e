// The builder's outputs: the serialized graph, the sources with their sentence
// boundaries and the drawing overview (overview.ts), as strings or as chunks. Pure, so the same knowledge base always gives the
// same bytes; the chunks join to exactly the strings, without ever holding a 250 MB
// string (and graphology's export() copy of every node and edge) at 100k entities.
import type { LoadedKnowledgeBase } from '../kb/load.ts';
import type { BuiltSource, Source } from '../model/types.ts';
import type { KnowledgeGraphData } from './graph.ts';
import { overviewChunks } from './overview.ts';

export const OUTPUT_FILES = { graph: 'graph.json', sources: 'sources.json', overview: 'overview.json' } as const;

export type OutputKey = keyof typeof OUTPUT_FILES;

export function builtSources({ kb, sentences }: LoadedKnowledgeBase): BuiltSource[] {
  return kb.sources.map((s) => builtSource(s, sentences));
}

const builtSource = (s: Source, sentences: LoadedKnowledgeBase['sentences']): BuiltSource => ({ ...s, sentences: sentences.get(s.id) ?? [] });

export function serializeOutputs(graph: KnowledgeGraphData, loaded: LoadedKnowledgeBase): Record<OutputKey, string> {
  return {
    graph: `${JSON.stringify(graph.export())}\n`,
    sources: `${JSON.stringify(builtSources(loaded))}\n`,
    overview: [...overviewChunks(graph)].join(''),
  };
}

/** The outputs as chunks of about 64 KiB, joining to exactly `serializeOutputs`' strings. */
export function outputChunks(graph: KnowledgeGraphData, loaded: LoadedKnowledgeBase): Record<OutputKey, Iterable<string>> {
  return { graph: graphJsonChunks(graph), sources: sourcesJsonChunks(loaded), overview: overviewChunks(graph) };
}

const CHUNK = 1 << 16;

/** Joins small pieces into chunks of about CHUNK characters. */
function* chunked(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const p of pieces) {
    parts.push(p);
    size += p.length;
    if (size >= CHUNK) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

const hasKeys = (o: object) => {
  for (const _ in o) return true;
  return false;
};

/** `JSON.stringify(graph.export())` and a newline, element by element (see graphology's serializeNode/serializeEdge). */
function graphJsonChunks(graph: KnowledgeGraphData): Iterable<string> {
  return chunked(
    (function* () {
      const head = JSON.stringify({
        options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
        attributes: graph.getAttributes(),
      });
      yield `${head.slice(0, -1)},"nodes":[`;
      let sep = '';
      for (const { node, attributes } of graph.nodeEntries()) {
        yield sep + JSON.stringify(hasKeys(attributes) ? { key: node, attributes } : { key: node });
        sep = ',';
      }
      yield '],"edges":[';
      sep = '';
      for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
        const e: Record<string, unknown> = { key: edge, source, target };
        if (hasKeys(attributes)) e.attributes = attributes;
        if (graph.type === 'mixed' && undirected) e.undirected = true;
        yield sep + JSON.stringify(e);
        sep = ',';
      }
      yield ']}\n';
    })(),
  );
}

function sourcesJsonChunks(loaded: LoadedKnowledgeBase): Iterable<string> {
  return chunked(
    (function* () {
      const { kb, sentences } = loaded;
      yield '[';
      let sep = '';
      for (const s of kb.sources) {
        yield sep + JSON.stringify(builtSource(s, sentences));
        sep = ',';
      }
      yield ']\n';
    })(),
  );
}

// The builder's outputs as strings: the serialized graph and the sources with their
// sentence boundaries. Pure, so the same knowledge base always gives the same bytes.
import type { LoadedKnowledgeBase } from '../kb/load.ts';
import type { BuiltSource } from '../model/types.ts';
import type { KnowledgeGraphData } from './graph.ts';

export const OUTPUT_FILES = { graph: 'graph.json', sources: 'sources.json' } as const;

export function builtSources({ kb, sentences }: LoadedKnowledgeBase): BuiltSource[] {
  return kb.sources.map((s) => ({ ...s, sentences: sentences.get(s.id) ?? [] }));
}

export function serializeOutputs(graph: KnowledgeGraphData, loaded: LoadedKnowledgeBase): Record<keyof typeof OUTPUT_FILES, string> {
  return {
    graph: `${JSON.stringify(graph.export())}\n`,
    sources: `${JSON.stringify(builtSources(loaded))}\n`,
  };
}

// The whole build as one pure function: files in, validated graph and output strings out.
import type { Diagnostic } from '../kb/diagnostics.ts';
import { loadKnowledgeBase, type LoadedKnowledgeBase, type TextFile } from '../kb/load.ts';
import { assignLayout, type LayoutOptions } from '../layout/forceatlas2.ts';
import { buildGraph, type KnowledgeGraphData } from './graph.ts';
import { serializeOutputs, type OUTPUT_FILES } from './outputs.ts';

export type BuildStage = 'load' | 'graph' | 'layout';

export interface BuildPipelineOptions {
  layout: Partial<LayoutOptions> | false;
  /** Called as each stage starts, for a progress display. */
  onStage?: (stage: BuildStage) => void;
}

/** `warnings` are the loader's (see LoadResult): reported, but the graph is built. */
export type PipelineResult =
  | { ok: true; graph: KnowledgeGraphData; loaded: LoadedKnowledgeBase; outputs: Record<keyof typeof OUTPUT_FILES, string>; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; warnings: Diagnostic[] };

export function runBuild(files: TextFile[], options: Partial<BuildPipelineOptions> = {}): PipelineResult {
  options.onStage?.('load');
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) return loaded;
  options.onStage?.('graph');
  const graph = buildGraph(loaded.value);
  if (options.layout !== false) {
    options.onStage?.('layout');
    assignLayout(graph, options.layout ?? {});
  }
  // The output strings are made when first read: a caller that streams the outputs (or
  // needs only the graph) never holds them.
  let outputs: Record<keyof typeof OUTPUT_FILES, string> | undefined;
  return {
    ok: true,
    graph,
    loaded: loaded.value,
    warnings: loaded.warnings,
    get outputs() {
      return (outputs ??= serializeOutputs(graph, loaded.value));
    },
  };
}

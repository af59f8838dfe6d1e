// `import … from 'faktograf'`: load and validate a knowledge base, build its graph, lay it
// out and query it. Framework-free, for Node and the browser; reading a directory is in
// 'faktograf/node', the formats for other tools in 'faktograf/export' and 'faktograf/import'.
export { loadKnowledgeBase, type LoadedKnowledgeBase, type LoadResult, type TextFile } from './kb/load.ts';
export { formatDiagnostic, KnowledgeBaseError, type Diagnostic } from './kb/diagnostics.ts';
export { runBuild, type BuildPipelineOptions, type BuildStage, type PipelineResult } from './compile/pipeline.ts';
export { buildGraph, type BuildOptions, type KnowledgeGraphData } from './compile/graph.ts';
export { OUTPUT_FILES, outputChunks, serializeOutputs, type OutputKey } from './compile/outputs.ts';
export { LayoutError } from './layout/errors.ts';
export { QueryError } from './query/errors.ts';
export { assignLayout, LAYOUT_DEFAULTS, layoutPositions, type LayoutOptions, type Positions } from './layout/forceatlas2.ts';
export * from './query/index.ts';
export type * from './model/types.ts';

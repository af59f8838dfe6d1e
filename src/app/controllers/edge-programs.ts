// Render programs for edges: straight arrows, and curved arrows for parallel edges
// (lines without a head for an opened file's undirected edges)
// between one pair, curved apart as in sigma's storybook (edge-curve/parallel-edges);
// the dashed variants of both for draft relations (controllers/draft-programs.ts).
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { KnowledgeGraphData } from '../core/types.ts';

/** Curvature of the i-th of a bundle of parallel edges, growing gently with the bundle. */
function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

interface ParallelIndex {
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Writes Sigma's `type` (render program) and `curvature` on every edge. */
export function assignEdgePrograms(graph: KnowledgeGraphData, drafts: ReadonlySet<string> = new Set()): KnowledgeGraphData {
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  graph.updateEachEdgeAttributes((edge, attrs) => {
    const { parallelIndex: index, parallelMaxIndex: max } = attrs as ParallelIndex;
    const curved = typeof index === 'number' && typeof max === 'number' && index !== 0;
    const type = drafts.has(edge)
      ? curved
        ? 'dashedCurved'
        : 'dashed'
      : attrs.undirected
        ? curved
          ? 'undirectedCurved'
          : 'undirected'
        : curved
          ? 'curved'
          : 'straight';
    return { ...attrs, type, curvature: curved ? curvature(index, max) : 0 };
  });
  return graph;
}

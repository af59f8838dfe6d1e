// Filtered graph -> the graph Sigma draws: labels in the chosen language, colours from
// the ontology, sizes by degree or PageRank. (Edge render programs are assigned next, by
// controllers/edge-programs.ts, which needs the WebGL side of @sigma/edge-curve.) Draft
// entities get the `draft` program (controllers/draft-programs.ts).
import type { Lang } from '../../model/types.ts';
import type { DraftMarks, KnowledgeGraphData, SizeBy } from './types.ts';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 16;
const FALLBACK_COLOR = '#94a3b8';

export interface AppearanceOptions {
  lang: Lang;
  sizeBy: SizeBy;
  /** Range of the size metric over the whole dataset, so filtering never rescales. */
  range: [min: number, max: number];
  /** Positions from a layout run, overriding the built ones. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Entities drawn as drafts (a dashed ring). */
  drafts?: DraftMarks;
}

export function metricRange(graph: KnowledgeGraphData, sizeBy: SizeBy): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_n, attrs) => {
    const v = attrs[sizeBy];
    min = Math.min(min, v);
    max = Math.max(max, v);
  });
  return Number.isFinite(min) ? [min, max] : [0, 0];
}

export function nodeSize(value: number, [min, max]: [number, number]): number {
  if (!(max > min)) return (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2;
  const t = Math.sqrt(Math.max(0, value - min) / (max - min));
  return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}

/** Writes display attributes onto `graph` (a filtered copy) and returns it. */
export function applyAppearance(graph: KnowledgeGraphData, opts: AppearanceOptions): KnowledgeGraphData {
  const { entityTypes, relationTypes } = graph.getAttribute('ontology');
  graph.updateEachNodeAttributes((node, attrs) => {
    const position = opts.positions?.get(node);
    return {
      ...attrs,
      ...(position ? { x: position.x, y: position.y } : {}),
      label: attrs.name[opts.lang] || attrs.name.pl || attrs.label,
      color: attrs.color || entityTypes[attrs.entityType]?.color || FALLBACK_COLOR,
      size: nodeSize(attrs[opts.sizeBy], opts.range),
      type: opts.drafts?.nodes.has(node) ? 'draft' : 'circle',
    };
  });
  graph.updateEachEdgeAttributes((_edge, attrs) => {
    const def = relationTypes[attrs.relationType];
    return {
      ...attrs,
      label: def?.label[opts.lang] || attrs.label || attrs.relationType,
      color: attrs.color || def?.color || FALLBACK_COLOR,
      size: 1.5,
    };
  });
  return graph;
}

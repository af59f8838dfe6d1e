// Filtered graph -> the graph Sigma draws: labels in the chosen language, colours from
// the ontology, sizes by degree or PageRank. (Edge render programs are assigned next, by
// controllers/edge-programs.ts, which needs the WebGL side of @sigma/edge-curve.) Draft
// entities get the `draft` program (controllers/draft-programs.ts).
import type { EdgeAttributes, Lang, NodeAttributes, Ontology } from '../../model/types.ts';
import { valueRange } from './range.ts';
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
  return valueRange(graph.mapNodes((_n, attrs) => attrs[sizeBy])) ?? [0, 0];
}

export function nodeSize(value: number, [min, max]: [number, number]): number {
  if (!(max > min)) return (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2;
  const t = Math.sqrt(Math.max(0, value - min) / (max - min));
  return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}

/**
 * Display fields Sigma adds to every item it indexes when they are missing: present from
 * the start, its copies keep one object shape (measured at 50,000 nodes and 250,000
 * edges: Sigma's edge indexing 1.04 s -> 0.79 s).
 */
const SIGMA_DEFAULTS = { hidden: false, forceLabel: false, zIndex: 0 } as const;

/** The render programs the attributes name: Sigma's defaults, or points for large graphs. */
export interface Programs {
  node: 'circle' | 'point';
  /** Unset: edge programs are assigned afterwards (curves for parallel edges). */
  edge?: 'line';
}

/** A node's display attributes (a new object: the dataset's attributes stay as they are). */
export function nodeAppearance(
  node: string,
  attrs: NodeAttributes,
  opts: AppearanceOptions,
  entityTypes: Ontology['entityTypes'],
  programs?: Programs,
): NodeAttributes & { type: string } {
  const position = opts.positions?.get(node);
  return {
    ...attrs,
    ...(position ? { x: position.x, y: position.y } : {}),
    label: attrs.name[opts.lang] || attrs.name.pl || attrs.label,
    color: attrs.color || entityTypes[attrs.entityType]?.color || FALLBACK_COLOR,
    size: nodeSize(attrs[opts.sizeBy], opts.range),
    type: opts.drafts?.nodes.has(node) ? 'draft' : (programs?.node ?? 'circle'),
    ...SIGMA_DEFAULTS,
  };
}

/** Edge thickness: corroboration as weight, one step per independent outlet (capped). */
export function edgeSize(independentOutlets: number): number {
  return 1 + Math.min(Math.max(independentOutlets, 1), 5) * 0.75;
}

/** Marks a contradicted relation's label, which is then always shown. */
export const CONFLICT_MARK = '≠ ';

export function edgeAppearance(
  edge: string,
  attrs: EdgeAttributes,
  opts: AppearanceOptions,
  relationTypes: Ontology['relationTypes'],
  programs?: Programs,
): EdgeAttributes & { type?: string; curvature?: number } {
  const def = relationTypes[attrs.relationType];
  const label = def?.label[opts.lang] || attrs.label || attrs.relationType;
  const contradicted = (attrs.conflicts?.length ?? 0) > 0;
  return {
    ...attrs,
    label: contradicted ? `${CONFLICT_MARK}${label}` : label,
    color: attrs.color || def?.color || FALLBACK_COLOR,
    size: edgeSize(attrs.corroboration?.independentOutlets ?? 1),
    ...SIGMA_DEFAULTS,
    ...(contradicted ? { forceLabel: true } : {}),
    ...(programs?.edge ? { type: opts.drafts?.edges.has(edge) ? 'dashed' : programs.edge, curvature: 0 } : {}),
  };
}

/** Writes display attributes onto `graph` (a filtered copy) and returns it. */
export function applyAppearance(graph: KnowledgeGraphData, opts: AppearanceOptions, programs?: Programs): KnowledgeGraphData {
  const { entityTypes, relationTypes } = graph.getAttribute('ontology');
  graph.updateEachNodeAttributes((node, attrs) => nodeAppearance(node, attrs, opts, entityTypes, programs));
  graph.updateEachEdgeAttributes((edge, attrs) => edgeAppearance(edge, attrs, opts, relationTypes, programs));
  return graph;
}

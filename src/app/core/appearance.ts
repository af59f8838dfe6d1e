// Filtered graph -> the graph Sigma draws: labels in the chosen language, colours and
// sizes as the appearance panel chose them (by default the ontology's colours and sizes
// by degree), by the scales of model/appearance.ts that the build writes too. (Edge render
// programs are assigned next, by controllers/edge-programs.ts, which needs the WebGL side
// of @sigma/edge-curve.) Draft entities get the `draft` program (controllers/draft-programs.ts).
import { displayName, edgeThickness, NODE_SIZE, scaledSize, typeColor, type EdgeSizeBy, type Range } from '../../model/appearance.ts';
import type { EdgeAttributes, Lang, NodeAttributes, Ontology } from '../../model/types.ts';
import { valueRange } from './range.ts';
import type { DraftMarks, KnowledgeGraphData } from './types.ts';

export const MIN_NODE_SIZE = NODE_SIZE.min;
export const MAX_NODE_SIZE = NODE_SIZE.max;

/** A node's value for its size (a metric or one of its attributes). */
export type NodeValue = (node: string, attrs: NodeAttributes) => number;

export interface AppearanceOptions {
  lang: Lang;
  /** The built metric that sizes nodes when `sizeOf` is not given. */
  sizeBy?: 'degree' | 'pagerank';
  /** Each node's size value; by default its `sizeBy` attribute. */
  sizeOf?: NodeValue;
  /** Range of the size value over the whole dataset, so filtering never rescales. */
  range: Range;
  /** A node's colour by the chosen scale; undefined keeps its own or its type's. */
  colorOf?: (node: string, attrs: NodeAttributes) => string | undefined;
  /** What thickness says (default: corroboration). */
  edgeSizeBy?: EdgeSizeBy;
  /** The ontology's factualities, which thickness by certainty ranks. */
  factuality?: Ontology['factuality'];
  /** Positions from a layout run, overriding the built ones. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Entities drawn as drafts (a dashed ring). */
  drafts?: DraftMarks;
}

/** The built metric, or the given function, as a size value. */
export function sizeValue(opts: Pick<AppearanceOptions, 'sizeBy' | 'sizeOf'>): NodeValue {
  const key = opts.sizeBy ?? 'degree';
  return opts.sizeOf ?? ((_node, attrs) => attrs[key]);
}

export function metricRange(graph: KnowledgeGraphData, sizeOf: NodeValue | 'degree' | 'pagerank'): Range {
  const value = typeof sizeOf === 'function' ? sizeOf : sizeValue({ sizeBy: sizeOf });
  return valueRange(graph.mapNodes(value)) ?? [0, 0];
}

export function nodeSize(value: number, range: Range): number {
  return scaledSize(value, range);
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
    label: displayName(attrs.name, opts.lang, attrs.label),
    color: opts.colorOf?.(node, attrs) ?? typeColor(attrs.color, entityTypes[attrs.entityType]),
    size: nodeSize(opts.sizeOf ? opts.sizeOf(node, attrs) : attrs[opts.sizeBy ?? 'degree'], opts.range),
    type: opts.drafts?.nodes.has(node) ? 'draft' : (programs?.node ?? 'circle'),
    ...SIGMA_DEFAULTS,
  };
}

/** Edge thickness by corroboration: one step per independent outlet (capped). */
export function edgeSize(independentOutlets: number): number {
  return edgeThickness({ corroboration: { sources: independentOutlets, outlets: independentOutlets, independentOutlets } }, 'corroboration', undefined);
}

/** Marks a contradicted relation's label, which is then always shown. */
const CONFLICT_MARK = '≠ ';

export function edgeAppearance(
  edge: string,
  attrs: EdgeAttributes,
  opts: AppearanceOptions,
  relationTypes: Ontology['relationTypes'],
  programs?: Programs,
): EdgeAttributes & { type?: string; curvature?: number } {
  const def = relationTypes[attrs.relationType];
  const label = displayName(def?.label, opts.lang, attrs.label || attrs.relationType);
  const contradicted = (attrs.conflicts?.length ?? 0) > 0;
  return {
    ...attrs,
    label: contradicted ? `${CONFLICT_MARK}${label}` : label,
    color: typeColor(attrs.color, def),
    size: edgeThickness(attrs, opts.edgeSizeBy ?? 'corroboration', opts.factuality),
    ...SIGMA_DEFAULTS,
    ...(contradicted ? { forceLabel: true } : {}),
    ...(programs?.edge ? { type: opts.drafts?.edges.has(edge) ? 'dashed' : programs.edge, curvature: 0 } : {}),
  };
}

/** Writes display attributes onto `graph` (a filtered copy) and returns it. */
export function applyAppearance(graph: KnowledgeGraphData, opts: AppearanceOptions, programs?: Programs): KnowledgeGraphData {
  const { entityTypes, relationTypes, factuality } = graph.getAttribute('ontology');
  const withScale = { factuality, ...opts };
  graph.updateEachNodeAttributes((node, attrs) => nodeAppearance(node, attrs, withScale, entityTypes, programs));
  graph.updateEachEdgeAttributes((edge, attrs) => edgeAppearance(edge, attrs, withScale, relationTypes, programs));
  return graph;
}

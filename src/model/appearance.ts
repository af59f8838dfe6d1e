// How entities and relations look wherever they are drawn or written: the builder's
// graph (and so every export of it) and the explorer take label, colour, size and
// thickness from here, so a GEXF file opened in Gephi shows what the explorer showed.
// Framework-free; the explorer's choices (colour by a metric, size by an attribute) feed
// the same scales.
import type { Corroboration, Factuality, LangText, Ontology } from './types.ts';

/** Node sizes, smallest to largest (Sigma's pixels at zoom 1; GEXF's viz:size). */
export const NODE_SIZE = { min: 4, max: 16 } as const;
/** Relation thickness, thinnest to thickest. */
export const EDGE_SIZE = { min: 1.75, max: 4.75 } as const;
/** Independent outlets at which a relation is drawn thickest. */
export const MAX_OUTLETS = 5;
/** The colour of what neither the data nor the ontology colours. */
export const FALLBACK_COLOR = '#94a3b8';

/** What sizes nodes by default: built graphs and the explorer's first view agree on it. */
export const DEFAULT_NODE_SIZE_BY = 'degree' as const;

/** What a relation's thickness says: how many independent outlets carry it, or how firm its firmest claim is. */
export const EDGE_SIZE_BYS = ['corroboration', 'certainty'] as const;
export type EdgeSizeBy = (typeof EDGE_SIZE_BYS)[number];
export const DEFAULT_EDGE_SIZE_BY: EdgeSizeBy = 'corroboration';

export type Range = [min: number, max: number];

/** Sizes to a thousandth: written files stay short, and a size reads back as it was drawn. */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * `value` placed between the sizes of `to` by the square root of its place in `range`, so
 * that areas, not radii, grow with it. A range of one value gives the middle size.
 */
export function scaledSize(value: number, [min, max]: Range, to: { min: number; max: number } = NODE_SIZE): number {
  if (!(max > min)) return round3((to.min + to.max) / 2);
  const t = Math.sqrt(Math.min(1, Math.max(0, value - min) / (max - min)));
  return round3(to.min + (Number.isFinite(t) ? t : 0) * (to.max - to.min));
}

/** A name in the language shown, else its Polish form, else the given label. */
export function displayName(name: Partial<LangText> | undefined, lang: keyof LangText, fallback: string): string {
  return name?.[lang] || name?.pl || fallback;
}

/** A node's or edge's own colour (an opened file's), else its type's, else the fallback. */
export function typeColor(own: string | undefined, type: { color?: string } | undefined): string {
  return own || type?.color || FALLBACK_COLOR;
}

/** Thickness by corroboration: one step per independent outlet, from one to MAX_OUTLETS. */
export function corroborationThickness(independentOutlets: number): number {
  const n = Math.min(Math.max(Number.isFinite(independentOutlets) ? independentOutlets : 1, 1), MAX_OUTLETS);
  return round3(EDGE_SIZE.min + ((n - 1) / (MAX_OUTLETS - 1)) * (EDGE_SIZE.max - EDGE_SIZE.min));
}

/** Thickness by certainty: the factuality's rank between the ontology's least and most firm. */
export function certaintyThickness(factuality: string | undefined, scale: Ontology['factuality']): number {
  const ranks = Object.values(scale).map((f) => f.rank);
  const [min, max] = [Math.min(...ranks), Math.max(...ranks)];
  const rank = factuality !== undefined && Object.hasOwn(scale, factuality) ? scale[factuality as Factuality].rank : min;
  const t = max > min ? (rank - min) / (max - min) : 1;
  return round3(EDGE_SIZE.min + t * (EDGE_SIZE.max - EDGE_SIZE.min));
}

export function edgeThickness(
  attrs: { corroboration?: Corroboration; factuality?: string },
  by: EdgeSizeBy,
  scale: Ontology['factuality'] | undefined,
): number {
  if (by === 'certainty' && scale && Object.keys(scale).length) return certaintyThickness(attrs.factuality, scale);
  return corroborationThickness(attrs.corroboration?.independentOutlets ?? 1);
}

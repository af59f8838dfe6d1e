// What the appearance choices need from the dataset: the attributes that can colour or
// size entities, the metrics (computed when first asked for, after the current frame,
// then cached) and the colour scales over the whole dataset, so that filtering never
// recolours or rescales. Renders nothing; the graph controller and the appearance panel
// read it and follow its changes.
import { attributeKinds, type AttributeKind } from '../../model/attribute-kinds.ts';
import { metricRange, sizeValue, type AppearanceOptions, type NodeValue } from '../core/appearance.ts';
import { categoryScale, gradientScale, type ColorScale } from '../core/color-scale.ts';
import { computeMetric } from '../core/metrics.ts';
import { valueRange } from '../core/range.ts';
import type { AttributeRef, ColorBy, Dataset, NodeMetric, SizeBy, ViewState } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';

export type Unavailable = 'tooCostly';

export interface AppearanceController {
  /** The entities' own attributes that can colour them (kinds, numbers) or size them (numbers). */
  readonly attributes: AttributeKind[];
  /** Why a metric is not offered for this dataset, or null. */
  unavailable(metric: NodeMetric): Unavailable | null;
  /** The metric being computed now, if any. */
  pending(): NodeMetric | null;
  /** The scale `colorBy` colours by; null for the ontology's colours, and while its metric is computed. */
  colorScale(colorBy: ColorBy): ColorScale | null;
  /** Each node's size value; null while its metric is computed (or cannot be). */
  sizeOf(sizeBy: SizeBy): NodeValue | null;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export const attributeKey = (ref: AttributeRef): string => ref.slice('attr:'.length);
const isAttribute = (key: string): key is AttributeRef => key.startsWith('attr:');

export function createAppearanceController(dataset: Dataset): AppearanceController {
  const { graph } = dataset;
  const attributes = attributeKinds(graph.mapNodes((_n, a) => a.attributes));
  const kinds = new Map(attributes.map((a) => [a.key, a.kind]));
  const metrics = new Map<NodeMetric, Map<string, number>>();
  const scales = new Map<ColorBy, ColorScale>();
  const listeners = new Set<() => void>();
  let pending: NodeMetric | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const unavailable = (metric: NodeMetric): Unavailable | null =>
    metric === 'betweenness' && (graph.order > SETTINGS.metrics.betweennessMaxNodes || graph.size > SETTINGS.metrics.betweennessMaxEdges) ? 'tooCostly' : null;

  /** The metric's values, or null after scheduling their computation (once the current frame is drawn). */
  const metric = (m: NodeMetric): Map<string, number> | null => {
    const values = metrics.get(m);
    if (values || unavailable(m)) return values ?? null;
    if (pending === null) {
      pending = m;
      timer = setTimeout(() => {
        metrics.set(m, computeMetric(graph, m, SETTINGS.metrics.communitySeed));
        pending = null;
        for (const listener of [...listeners]) listener();
      });
    }
    return null;
  };

  const attributeValues = (key: string) => {
    const out = new Map<string, string | number | boolean>();
    graph.forEachNode((node, a) => {
      if (a.attributes && Object.hasOwn(a.attributes, key)) out.set(node, a.attributes[key]!);
    });
    return out;
  };

  const makeScale = (colorBy: ColorBy): ColorScale | null => {
    if (colorBy === 'type') return null;
    if (isAttribute(colorBy)) {
      const key = attributeKey(colorBy);
      const kind = kinds.get(key);
      if (!kind) return null;
      const values = attributeValues(key);
      return kind === 'number' ? gradientScale(values as Map<string, number>, graph.order) : categoryScale(values, graph.order);
    }
    const values = metric(colorBy);
    if (!values) return null;
    return colorBy === 'community' ? categoryScale(values, graph.order) : gradientScale(values, graph.order);
  };

  return {
    attributes,
    unavailable,
    pending: () => pending,
    colorScale(colorBy) {
      let scale = scales.get(colorBy);
      if (!scale) {
        const made = makeScale(colorBy);
        if (!made) return null;
        scales.set(colorBy, (scale = made));
      }
      return scale;
    },
    sizeOf(sizeBy) {
      if (sizeBy === 'degree') return (_node, a) => a.degree;
      if (sizeBy === 'pagerank' && dataset.hasPagerank) return (_node, a) => a.pagerank;
      if (isAttribute(sizeBy)) {
        const key = attributeKey(sizeBy);
        if (kinds.get(key) !== 'number') return null;
        const values = attributeValues(key) as Map<string, number>;
        // An entity without the attribute is drawn smallest.
        const least = valueRange([...values.values()])?.[0] ?? 0;
        return (node) => values.get(node) ?? least;
      }
      const values = metric(sizeBy);
      return values ? (node) => values.get(node) ?? 0 : null;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => clearTimeout(timer),
  };
}

/** The view state's appearance choice as core/appearance.ts takes it; until a chosen metric is computed (or where it cannot be), degree sizes and the ontology colours. */
export function appearanceOptions(
  dataset: Dataset,
  state: ViewState,
  appearance: AppearanceController,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): AppearanceOptions {
  const sizeOf = appearance.sizeOf(state.sizeBy) ?? sizeValue({ sizeBy: 'degree' });
  const scale = appearance.colorScale(state.colorBy);
  return {
    lang: state.lang,
    sizeOf,
    range: metricRange(dataset.graph, sizeOf),
    ...(scale ? { colorOf: (node: string) => scale.color(node) } : {}),
    edgeSizeBy: state.edgeSizeBy,
    factuality: dataset.graph.getAttribute('ontology').factuality,
    ...(positions ? { positions } : {}),
    drafts: dataset.drafts,
  };
}

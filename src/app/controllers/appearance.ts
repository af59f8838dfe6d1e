// What the appearance choices need from the dataset: the attributes that can colour or
// size entities, the metrics (computed when first asked for, after the current frame,
// then cached) and the colour scales over the whole dataset, so that filtering never
// recolours or rescales. Renders nothing; the graph controller and the appearance panel
// read it and follow its changes.
import { attributeKinds, type AttributeKind } from '../../model/attribute-kinds.ts';
import { metricRange, sizeValue, type AppearanceOptions, type NodeValue } from '../core/appearance.ts';
import { categoryScale, gradientScale, type ColorScale } from '../core/color-scale.ts';
import { computeMetric, edgeIndices, WORKER_METRICS, type WorkerMetric } from '../core/metrics.ts';
import { valueRange } from '../core/range.ts';
import type { AttributeRef, ColorBy, Dataset, NodeMetric, SizeBy, ViewState } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';
import type { MetricReply, MetricRequest } from '../workers/metrics.worker.ts';

export type Unavailable = 'tooCostly';

export interface AppearanceController {
  /** The entities' own attributes that can colour them (kinds, numbers) or size them (numbers). */
  readonly attributes: AttributeKind[];
  /** Why a metric is not offered for this dataset, or null. */
  unavailable(metric: NodeMetric): Unavailable | null;
  /** The metric being computed now, if any. */
  pending(): NodeMetric | null;
  /** Why the last computation of a metric failed, if it did. */
  failure(metric: NodeMetric): string | null;
  /** The scale `colorBy` colours by; null for the ontology's colours, and while its metric is computed. */
  colorScale(colorBy: ColorBy): ColorScale | null;
  /** Each node's size value; null while its metric is computed (or cannot be). */
  sizeOf(sizeBy: SizeBy): NodeValue | null;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export const attributeKey = (ref: AttributeRef): string => ref.slice('attr:'.length);
const isAttribute = (key: string): key is AttributeRef => key.startsWith('attr:');

const isWorkerMetric = (m: NodeMetric): m is WorkerMetric => (WORKER_METRICS as readonly string[]).includes(m);

/**
 * Computes a metric of the whole dataset: the costly ones in a worker where the page has
 * workers (the page stays responsive; the panel says what is being computed), the others,
 * and all of them outside a browser, after the current frame.
 */
function compute(dataset: Dataset, metric: NodeMetric): { result: Promise<Map<string, number>>; cancel(): void } {
  const { graph } = dataset;
  const seed = SETTINGS.metrics.communitySeed;
  if (typeof Worker === 'undefined' || !isWorkerMetric(metric)) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<Map<string, number>>((resolve, reject) => {
      timer = setTimeout(() => {
        try {
          resolve(computeMetric(graph, metric, seed));
        } catch (e) {
          reject(e as Error);
        }
      });
    });
    return { result, cancel: () => clearTimeout(timer) };
  }
  const worker = new Worker(new URL('../workers/metrics.worker.ts', import.meta.url), { type: 'module', name: 'faktograf-metrics' });
  const result = new Promise<Map<string, number>>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<MetricReply>) => {
      worker.terminate();
      if (!data.ok) return reject(new Error(data.message));
      const nodes = graph.nodes();
      resolve(new Map(nodes.map((node, i) => [node, data.values[i]!])));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the metrics worker failed'));
    };
  });
  const { order, source, target } = edgeIndices(graph);
  const request: MetricRequest = { metric, seed, order, source, target };
  worker.postMessage(request, [source.buffer, target.buffer]);
  return { result, cancel: () => worker.terminate() };
}

export function createAppearanceController(dataset: Dataset): AppearanceController {
  const { graph } = dataset;
  const attributes = attributeKinds(graph.mapNodes((_n, a) => a.attributes));
  const kinds = new Map(attributes.map((a) => [a.key, a.kind]));
  const metrics = new Map<NodeMetric, Map<string, number>>();
  const scales = new Map<ColorBy, ColorScale>();
  const listeners = new Set<() => void>();
  const failures = new Map<NodeMetric, string>();
  let pending: NodeMetric | null = null;
  let running: { cancel(): void } | null = null;
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const unavailable = (metric: NodeMetric): Unavailable | null =>
    metric === 'betweenness' && (graph.order > SETTINGS.metrics.betweennessMaxNodes || graph.size > SETTINGS.metrics.betweennessMaxEdges) ? 'tooCostly' : null;

  /** The metric's values, or null after scheduling their computation (once the current frame is drawn). */
  const metric = (m: NodeMetric): Map<string, number> | null => {
    const values = metrics.get(m);
    if (values || unavailable(m) || failures.has(m)) return values ?? null;
    if (pending === null) {
      pending = m;
      const job = compute(dataset, m);
      running = job;
      job.result
        .then(
          (computed) => metrics.set(m, computed),
          (e: Error) => failures.set(m, e.message),
        )
        .finally(() => {
          if (running !== job) return;
          pending = null;
          running = null;
          notify();
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
    failure: (m) => failures.get(m) ?? null,
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
    destroy() {
      running?.cancel();
      running = null;
      listeners.clear();
    },
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

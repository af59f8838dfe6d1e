// Betweenness and communities off the page's thread: at the sizes the settings allow they
// take seconds (betweenness at 5,000 entities and 20,000 relations: about 17 s), which on
// the page would freeze it. Bundled by Vite as a same-origin module worker.
import { metricOfIndices, type WorkerMetric } from '../core/metrics.ts';

export interface MetricRequest {
  metric: WorkerMetric;
  seed: number;
  order: number;
  source: Int32Array;
  target: Int32Array;
}

export type MetricReply = { ok: true; values: Float64Array } | { ok: false; message: string };

const scope = self as unknown as {
  postMessage(message: MetricReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<MetricRequest>) => void) | null;
};

scope.onmessage = ({ data }) => {
  try {
    const values = metricOfIndices(data.metric, data.seed, data.order, data.source, data.target);
    scope.postMessage({ ok: true, values }, [values.buffer]);
  } catch (e) {
    scope.postMessage({ ok: false, message: (e as Error)?.message ?? String(e) });
  }
};

// Reading datasets: the builder's outputs fetched over HTTP, or a file the user opened.
// Both go through the same parse and normalise steps.
import { parseOverview, type Overview } from '../../compile/overview.ts';
import type { BuiltSource } from '../../model/types.ts';
import { makeDataset, normalizeGraph } from './dataset.ts';
import { parseGraphFile, readGraphFile } from './file.ts';
import type { Dataset } from './types.ts';

function isSource(v: unknown): v is BuiltSource {
  const s = v as BuiltSource;
  return typeof v === 'object' && v !== null && typeof s.id === 'string' && typeof s.text === 'string' && Array.isArray(s.sentences);
}

export function parseSources(text: string): BuiltSource[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('sources.json is not a list of sources.');
  return data.filter(isSource).map((s) => ({ ...s, title: s.title ?? { pl: s.id, en: s.id }, outlet: s.outlet ?? {} }));
}

/** Bytes received so far and the total the server announced (0 when it did not). */
export type Progress = (loaded: number, total: number) => void;

/** The response's text, reporting bytes as they arrive. */
async function fetchText(url: string, progress: (chunkBytes: number, total: number) => void): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    parts.push(decoder.decode(chunk.value, { stream: true }));
    progress(chunk.value.byteLength, total);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** The built knowledge base from `data/` beside the page. */
export async function loadBuilt(base = 'data/', onProgress: Progress = () => {}): Promise<Dataset> {
  let loaded = 0;
  const totals = new Map<string, number>();
  const tracked = (name: string) => (bytes: number, total: number) => {
    loaded += bytes;
    totals.set(name, total);
    const all = [...totals.values()];
    onProgress(loaded, all.length === 2 && all.every((t) => t > 0) ? all[0]! + all[1]! : 0);
  };
  const [graphText, sourcesText] = await Promise.all([fetchText(`${base}graph.json`, tracked('graph')), fetchText(`${base}sources.json`, tracked('sources'))]);
  const graph = normalizeGraph(parseGraphFile('graph.json', graphText), 'Faktograf');
  return makeDataset(graph, parseSources(sourcesText), null);
}

/** overview.json beside graph.json, or null when it is missing or not one (an older build). */
export async function loadOverview(base = 'data/'): Promise<Overview | null> {
  try {
    const response = await fetch(`${base}overview.json`);
    return response.ok ? parseOverview(await response.text()) : null;
  } catch {
    return null;
  }
}

/** A GEXF, GraphML or graphology JSON file; throws an Error with a readable message. */
export async function loadFile(file: File): Promise<Dataset> {
  const read = readGraphFile(file.name, new Uint8Array(await file.arrayBuffer()));
  const graph = normalizeGraph(read.graph, file.name);
  if (graph.order === 0) throw new Error(`"${file.name}" holds no nodes.`);
  return { ...makeDataset(graph, [], file.name), warnings: read.warnings };
}

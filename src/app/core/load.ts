// Reading datasets: the builder's outputs fetched over HTTP, or a file the user opened.
// Both go through the same parse and normalise steps.
import type { BuiltSource } from '../../model/types.ts';
import { makeDataset, normalizeGraph } from './dataset.ts';
import { parseGraphFile } from './file.ts';
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

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The built knowledge base from `data/` beside the page. */
export async function loadBuilt(base = 'data/'): Promise<Dataset> {
  const [graphText, sourcesText] = await Promise.all([fetchText(`${base}graph.json`), fetchText(`${base}sources.json`)]);
  const graph = normalizeGraph(parseGraphFile('graph.json', graphText), 'Faktograf');
  return makeDataset(graph, parseSources(sourcesText), null);
}

/** A GEXF, GraphML or graphology JSON file; throws an Error with a readable message. */
export async function loadFile(file: File): Promise<Dataset> {
  const text = await file.text();
  const graph = normalizeGraph(parseGraphFile(file.name, text), file.name);
  if (graph.order === 0) throw new Error(`"${file.name}" holds no nodes.`);
  return makeDataset(graph, [], file.name);
}

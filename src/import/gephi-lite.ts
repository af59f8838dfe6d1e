// A Gephi Lite workspace (its "Save" as JSON): the graph's structure is graphology's
// serialization under graphDataset.fullGraph, the attributes beside it (nodeData,
// edgeData), the positions in layout and the title in metadata. Turned into plain
// graphology JSON; every key from the file lands in a null-prototype record.
import { ownRecord } from '../model/own.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isGephiLite = (data: unknown): data is Json => isObject(data) && data.type === 'gephi-lite' && isObject(data.graphDataset);

/** `parts` merged, later ones winning, as own keys. */
function merged(...parts: unknown[]): Json {
  const out = ownRecord<unknown>();
  for (const part of parts) if (isObject(part)) for (const [k, v] of Object.entries(part)) out[k] = v;
  return out;
}

const of = (map: unknown, key: unknown): unknown => (isObject(map) && typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined);

export function fromGephiLite(workspace: Json): Json {
  const dataset = workspace.graphDataset as Json;
  const full = isObject(dataset.fullGraph) ? dataset.fullGraph : {};
  const items = (list: unknown, data: unknown, layout?: unknown) =>
    (Array.isArray(list) ? list : []).map((item: unknown) => {
      const key = isObject(item) ? item.key : undefined;
      return merged(item, { attributes: merged(isObject(item) ? item.attributes : undefined, of(data, key), of(layout, key)) });
    });
  return {
    options: full.options,
    attributes: merged(full.attributes, dataset.metadata),
    nodes: items(full.nodes, dataset.nodeData, dataset.layout),
    edges: items(full.edges, dataset.edgeData),
  };
}

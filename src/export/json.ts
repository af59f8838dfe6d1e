// graphology's serialized format (`graph.export()`, as `faktograf build` writes
// graph.json), written node by node so a large graph never becomes one string.
import { Chunker } from './chunks.ts';
import { exportOf, Notes } from './notes.ts';
import type { AnyGraph, Export } from './types.ts';

const isEmpty = (o: object) => Object.keys(o).length === 0;

export function json(graph: AnyGraph): Export {
  const notes = new Notes();
  // JSON has no NaN or Infinity: JSON.stringify writes null, so say it.
  const checked = (_key: string, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) notes.add('non-finite', 'JSON cannot carry NaN or Infinity: those values were written as null');
    return v;
  };
  const stringify = (v: unknown) => JSON.stringify(v, checked);

  function* chunks(): Generator<string> {
    const out = new Chunker();
    const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
    out.push(`{"options":${JSON.stringify(options)},"attributes":${stringify(graph.getAttributes())},\n"nodes":[`);
    let sep = '\n';
    for (const { node, attributes } of graph.nodeEntries()) {
      out.push(sep + stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes }));
      sep = ',\n';
      if (out.full) yield out.take();
    }
    out.push('],\n"edges":[');
    sep = '\n';
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      const e: Record<string, unknown> = { key: edge, source, target };
      if (!isEmpty(attributes)) e.attributes = attributes;
      // As graphology's own export: a reader importing into a mixed graph needs it on every undirected edge.
      if (undirected) e.undirected = true;
      out.push(sep + stringify(e));
      sep = ',\n';
      if (out.full) yield out.take();
    }
    out.push(']}\n');
    yield out.take();
  }
  return exportOf([{ name: 'graph.json', chunks: chunks() }], notes);
}

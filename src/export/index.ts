// Every export Faktograf offers, as pure functions of a graphology graph: the library,
// the CLI (`faktograf export`) and the explorer's export button all call these. Each
// returns its text with the warnings that say what the format could not carry; the
// `stream…` forms give chunks, for graphs too large for one string.
import { annotations } from './annotations.ts';
import { joinChunks } from './chunks.ts';
import { csv } from './csv.ts';
import { gexf, type GexfOptions } from './gexf.ts';
import { graphml } from './graphml.ts';
import { json } from './json.ts';
import { DEFAULT_BASE, turtle, type TurtleOptions } from './rdf.ts';
import type { AnyGraph, Export, TextExport } from './types.ts';

export type { AnyGraph, Export, ExportFile, TextExport } from './types.ts';
export type { GexfOptions, GexfVersion } from './gexf.ts';
export type { TurtleOptions } from './rdf.ts';
export { DEFAULT_BASE } from './rdf.ts';
export { baseIriProblem } from './rdf-terms.ts';

export type FormatId = 'gexf' | 'gexf-1.2' | 'graphml' | 'json' | 'ttl' | 'csv' | 'annotations';

export interface FormatInfo {
  id: FormatId;
  summary: string;
  mediaType: string;
}

export const FORMATS: Record<FormatId, FormatInfo> = {
  gexf: { id: 'gexf', summary: 'GEXF 1.3 (Gephi, Gephi Lite, graphology)', mediaType: 'application/gexf+xml' },
  'gexf-1.2': { id: 'gexf-1.2', summary: 'GEXF 1.2draft (NetworkX, older Gephi)', mediaType: 'application/gexf+xml' },
  graphml: { id: 'graphml', summary: 'GraphML (NetworkX, igraph, yEd, Cytoscape, Gephi)', mediaType: 'application/graphml+xml' },
  json: { id: 'json', summary: "graphology's serialized JSON, as graph.json", mediaType: 'application/json' },
  ttl: { id: 'ttl', summary: 'RDF Turtle with reified, provenanced relations (any triple store)', mediaType: 'text/turtle' },
  csv: { id: 'csv', summary: "nodes.csv and edges.csv for Gephi's spreadsheet import and neo4j-admin import", mediaType: 'text/csv' },
  annotations: { id: 'annotations', summary: 'the evidence as W3C Web Annotations (JSON-LD, quote and position selectors)', mediaType: 'application/ld+json' },
};

export interface ExportOptions {
  turtle: Partial<TurtleOptions>;
  /** The sources' texts by id: the annotations' prefixes and suffixes. */
  texts: ReadonlyMap<string, string>;
}

/** The files of `format` as chunk streams: what the CLI writes to disk. */
export function streamExport(graph: AnyGraph, format: FormatId, options: Partial<ExportOptions> = {}): Export {
  switch (format) {
    case 'gexf':
      return gexf(graph, { version: '1.3' });
    case 'gexf-1.2':
      return gexf(graph, { version: '1.2draft' });
    case 'graphml':
      return graphml(graph);
    case 'json':
      return json(graph);
    case 'ttl':
      return turtle(graph, options.turtle);
    case 'csv':
      return csv(graph);
    case 'annotations':
      return annotations(graph, options.texts ?? new Map(), { base: options.turtle?.base ?? DEFAULT_BASE });
  }
}

function text(e: Export): TextExport {
  const out = joinChunks(e.files[0]!.chunks);
  return { text: out, warnings: e.warnings };
}

/** GEXF 1.3 (default) or 1.2draft, valid against the official schemas. */
export const exportGexf = (graph: AnyGraph, options: Partial<GexfOptions> = {}) => text(gexf(graph, options));
export const exportGraphml = (graph: AnyGraph) => text(graphml(graph));
export const exportJson = (graph: AnyGraph) => text(json(graph));
export const exportTurtle = (graph: AnyGraph, options: Partial<TurtleOptions> = {}) => text(turtle(graph, options));

/** The evidence as a W3C Web Annotation collection (JSON-LD). */
export const exportAnnotations = (graph: AnyGraph, texts: ReadonlyMap<string, string>, base = DEFAULT_BASE) => text(annotations(graph, texts, { base }));

export function exportCsv(graph: AnyGraph): { nodes: string; edges: string; warnings: string[] } {
  const e = csv(graph);
  const [nodes, edges] = e.files.map((f) => joinChunks(f.chunks)) as [string, string];
  return { nodes, edges, warnings: e.warnings };
}

// What every exporter returns, and the graphs they accept.
import type { AbstractGraph, Attributes } from 'graphology-types';

/** Any graphology graph; our attributes are used when present, never required. */
export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface ExportFile {
  /** Suggested file name, e.g. `graph.gexf` or `nodes.csv`. */
  name: string;
  /** The file's text in pieces of about 64 KiB; iterate once. */
  chunks: Iterable<string>;
}

export interface Export {
  files: ExportFile[];
  /** What the format could not carry; complete once every chunk has been read. */
  readonly warnings: string[];
}

export interface TextExport {
  text: string;
  warnings: string[];
}

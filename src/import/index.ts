// Reading graphs other tools wrote: GEXF, GraphML and graphology JSON, into a graphology
// graph the query API, the exports and the explorer all accept. Pure (no Node APIs):
// feed a file's bytes (its encoding is read from them, see decode.ts) or text, whole or
// in chunks, and get the graph and what could not be read.
import type Graph from 'graphology';
import { Notes } from '../export/notes.ts';
import { ByteDecoder } from './decode.ts';
import { importJson } from './json.ts';
import { Leniency } from './leniency.ts';
import { DEFAULT_LIMITS, formatBytes, ImportError, type ImportLimits } from './limits.ts';
import { xmlImporter } from './xml-format.ts';

export { DEFAULT_LIMITS, formatBytes, ImportError, type ImportLimits } from './limits.ts';
export { summarize, type GraphSummary } from './summary.ts';

export type ImportFormat = 'gexf' | 'graphml' | 'json';

export interface ImportOptions {
  limits: Partial<ImportLimits>;
  /**
   * Refuse what other readers forgive (GEXF 1.0/1.1 `<attvalue id>`, `value="null"`,
   * `#rgb` colours, type aliases and unknown types, keys declared twice, edges to
   * undeclared nodes, undeclared attributes) instead of reading it with a warning.
   */
  strict: boolean;
}

export interface Imported {
  graph: Graph;
  format: ImportFormat;
  /** GEXF version (`1.3`, `1.2draft`…) when the file says. */
  version: string;
  /** What the file held that a graphology graph does not (spells, hyperedges…). */
  warnings: string[];
  /** The warnings that are fixes: what a strict reading (option `strict`) refuses instead. */
  fixes: string[];
}

export interface Importer {
  write(chunk: string): void;
  close(): Imported;
}

/** A streaming importer: the format is told by the first characters (`{` or `<`). */
export function createImporter(options: Partial<ImportOptions> = {}): Importer {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const notes = new Notes();
  const leniency = new Leniency(notes, options.strict ?? false);
  let xml: ReturnType<typeof xmlImporter> | undefined;
  let json: string[] | undefined;
  let size = 0;
  let head = '';
  return {
    write(chunk) {
      if (!xml && !json) {
        head += chunk;
        const start = head.replace(/^\uFEFF/, '').trimStart();
        if (!start) return;
        if (start[0] === '{') json = [];
        else if (start[0] === '<') xml = xmlImporter(limits, leniency);
        else throw new ImportError('not a graph file: expected GEXF or GraphML (XML) or graphology JSON');
        chunk = head.replace(/^\uFEFF/, '');
      }
      if (xml) return xml.write(chunk);
      size += chunk.length;
      if (size > limits.maxBytes) throw new ImportError(`the file is larger than the limit of ${formatBytes(limits.maxBytes)}`);
      json!.push(chunk);
    },
    close() {
      if (xml) return { ...xml.close(), warnings: notes.list(), fixes: leniency.fixes.list() };
      if (json)
        return { graph: importJson(json.join(''), limits, leniency), format: 'json', version: '', warnings: notes.list(), fixes: leniency.fixes.list() };
      throw new ImportError('the file is empty');
    },
  };
}

export interface ByteImporter {
  write(chunk: Uint8Array): void;
  close(): Imported;
}

/**
 * A streaming importer fed a file's bytes: the encoding is its byte order mark's, else
 * its XML declaration's, else UTF-8; bytes invalid in it are an error naming the line.
 */
export function createByteImporter(options: Partial<ImportOptions> = {}): ByteImporter {
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const text = createImporter(options);
  const decoder = new ByteDecoder();
  let size = 0;
  return {
    write(chunk) {
      size += chunk.length;
      if (size > maxBytes) throw new ImportError(`the file is larger than the limit of ${formatBytes(maxBytes)}`);
      const decoded = decoder.write(chunk);
      if (decoded) text.write(decoded);
    },
    close() {
      const decoded = decoder.end();
      if (decoded) text.write(decoded);
      return text.close();
    },
  };
}

/** A whole file: its bytes (decoded as `createByteImporter` does) or its text. */
export function importGraph(file: string | Uint8Array, options: Partial<ImportOptions> = {}): Imported {
  if (typeof file !== 'string') {
    const importer = createByteImporter(options);
    importer.write(file);
    return importer.close();
  }
  const importer = createImporter(options);
  importer.write(file);
  return importer.close();
}

// Reading graphs other tools wrote: GEXF, GraphML and graphology JSON, into a graphology
// graph the query API, the exports and the explorer all accept. Pure (no Node APIs):
// feed text, or chunks of it, and get the graph and what could not be read.
import type Graph from 'graphology';
import { Notes } from '../export/notes.ts';
import { importJson } from './json.ts';
import { DEFAULT_LIMITS, formatBytes, ImportError, type ImportLimits } from './limits.ts';
import { xmlImporter } from './xml-format.ts';

export { DEFAULT_LIMITS, formatBytes, ImportError, type ImportLimits } from './limits.ts';
export { summarize, type GraphSummary } from './summary.ts';

export type ImportFormat = 'gexf' | 'graphml' | 'json';

export interface ImportOptions {
  limits: Partial<ImportLimits>;
}

export interface Imported {
  graph: Graph;
  format: ImportFormat;
  /** GEXF version (`1.3`, `1.2draft`…) when the file says. */
  version: string;
  /** What the file held that a graphology graph does not (spells, hyperedges…). */
  warnings: string[];
}

export interface Importer {
  write(chunk: string): void;
  close(): Imported;
}

/** A streaming importer: the format is told by the first characters (`{` or `<`). */
export function createImporter(options: Partial<ImportOptions> = {}): Importer {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const notes = new Notes();
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
        else if (start[0] === '<') xml = xmlImporter(limits, notes);
        else throw new ImportError('not a graph file: expected GEXF or GraphML (XML) or graphology JSON');
        chunk = head.replace(/^\uFEFF/, '');
      }
      if (xml) return xml.write(chunk);
      size += chunk.length;
      if (size > limits.maxBytes) throw new ImportError(`the file is larger than the limit of ${formatBytes(limits.maxBytes)}`);
      json!.push(chunk);
    },
    close() {
      if (xml) return { ...xml.close(), warnings: notes.list() };
      if (json) return { graph: importJson(json.join(''), limits), format: 'json', version: '', warnings: notes.list() };
      throw new ImportError('the file is empty');
    },
  };
}

export function importGraph(text: string, options: Partial<ImportOptions> = {}): Imported {
  const importer = createImporter(options);
  importer.write(text);
  return importer.close();
}

// An opened file -> a graphology graph, whichever of GEXF, GraphML or graphology JSON it
// is. The library's importer does the reading: from the file's bytes in the encoding it
// declares, streaming, with size and nesting limits, no entity expansion and no external
// reads. Every failure becomes an Error whose message a user can act on.
import type Graph from 'graphology';
import { importGraph } from '../../import/index.ts';

/** `file`: the bytes of an opened file (a File's arrayBuffer), or text already decoded. */
export function parseGraphFile(name: string, file: string | Uint8Array): Graph {
  return readGraphFile(name, file).graph;
}

/** The graph and what the importer says of the file (what it forgave or could not keep). */
export function readGraphFile(name: string, file: string | Uint8Array): { graph: Graph; warnings: string[] } {
  try {
    return importGraph(file);
  } catch (e) {
    throw new Error(`Could not read "${name}": ${(e as Error).message}`);
  }
}

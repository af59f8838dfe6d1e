// An opened file -> a graphology graph, whichever of GEXF, GraphML or graphology JSON it
// is. The library's importer does the reading: streaming, with size and nesting limits,
// no entity expansion and no external reads. Every failure becomes an Error whose
// message a user can act on.
import type Graph from 'graphology';
import { importGraph } from '../../import/index.ts';

export function parseGraphFile(name: string, text: string): Graph {
  try {
    return importGraph(text).graph;
  } catch (e) {
    throw new Error(`Could not read "${name}": ${(e as Error).message}`);
  }
}

// Test support: other tools' graph files (GEXF, GraphML, graphology JSON), kept beside
// the repository in shared/graph-files (never in it: they are under their own licences),
// or wherever GRAPH_FILES points. Tests over them are skipped, saying so, when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../export/test-support.ts';

export const GRAPH_FILES = process.env.GRAPH_FILES ?? join(ROOT, '..', 'shared', 'graph-files');
export const HAVE_GRAPH_FILES = existsSync(join(GRAPH_FILES, 'readers.json'));
if (!HAVE_GRAPH_FILES)
  console.warn(`skipping the tests over real graph files: no ${join(GRAPH_FILES, 'readers.json')} (set GRAPH_FILES to the folder holding them)`);

export type GraphType = 'directed' | 'undirected' | 'mixed';

/** What one established reader made of a file: counts and graph type, or its error. */
export type Reading = { nodes: number; edges: number; type: GraphType } | { error: string };

export interface ReferenceReading {
  file: string;
  graphology: Reading;
  networkx: Reading;
}

/** readers.json: what graphology and NetworkX read in each file. */
export function referenceReadings(): ReferenceReading[] {
  return HAVE_GRAPH_FILES ? (JSON.parse(readFileSync(join(GRAPH_FILES, 'readers.json'), 'utf8')) as ReferenceReading[]) : [];
}

export const readGraphFileBytes = (name: string): Uint8Array => readFileSync(join(GRAPH_FILES, name));

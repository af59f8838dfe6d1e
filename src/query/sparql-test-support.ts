// Test support for the SPARQL backend: the seed and a synthetic knowledge base built as the
// command line builds them, their Turtle export, and that export served by Oxigraph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildGraph, type KnowledgeGraphData } from '../compile/graph.ts';
import { turtle } from '../export/rdf.ts';
import type { AnyGraph } from '../export/types.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import type { Ontology } from '../model/types.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { serveTurtle, type TestEndpoint } from '../sparql/test-server.ts';
import { synthFiles, synthesize } from '../synth/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const GRAPH_IRI = 'https://faktograf.test/graph/kb';

function built(files: Parameters<typeof loadKnowledgeBase>[0]): KnowledgeGraphData {
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) throw new Error(`the knowledge base does not load: ${loaded.diagnostics.length} problem(s)`);
  return buildGraph(loaded.value);
}

/** The seed knowledge base (graph/), built as `faktograf entity` builds it. */
export async function seedGraph(): Promise<KnowledgeGraphData> {
  return built(await readKnowledgeBaseDir(join(ROOT, 'graph')));
}

/** A small synthetic knowledge base's files (as `faktograf synth` writes them) and its graph. */
export function synthKb(entities = 300, relations = 1000, seed = 3) {
  const ontologyYaml = readFileSync(join(ROOT, 'graph', 'ontology.yaml'), 'utf8');
  const files = [...synthFiles(synthesize(parse(ontologyYaml) as Ontology, { entities, relations, seed }), ontologyYaml)];
  return { files, graph: built(files) };
}

export function turtleText(graph: AnyGraph | KnowledgeGraphData, base?: string): string {
  let text = '';
  for (const file of turtle(graph as unknown as AnyGraph, base ? { base } : {}).files) for (const chunk of file.chunks) text += chunk;
  return text;
}

/** The graph's Turtle export, in the named graph GRAPH_IRI of an Oxigraph endpoint. */
export function serveGraph(graph: AnyGraph | KnowledgeGraphData, base?: string): Promise<TestEndpoint> {
  return serveTurtle(turtleText(graph, base), { graphIri: GRAPH_IRI });
}

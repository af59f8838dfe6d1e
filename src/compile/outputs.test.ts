import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { MultiDirectedGraph } from '../model/graph.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import type { KnowledgeGraphData } from './graph.ts';
import { outputChunks, serializeOutputs } from './outputs.ts';
import { runBuild } from './pipeline.ts';

const join_ = (chunks: Iterable<string>) => [...chunks].join('');

describe('outputChunks', () => {
  it.each([
    ['the mini fixture', async () => readFixture('mini')],
    ['the seed knowledge base', async () => readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph'))],
  ])('join to exactly the output strings for %s', async (_name, files) => {
    const result = runBuild(await files(), { layout: { iterations: 20 } });
    if (!result.ok) throw new Error('invalid');
    const chunks = outputChunks(result.graph, result.loaded);
    expect(join_(chunks.graph)).toBe(result.outputs.graph);
    expect(join_(chunks.sources)).toBe(result.outputs.sources);
    expect(join_(chunks.overview)).toBe(result.outputs.overview);
  });

  it('writes nodes and edges without attributes as graphology does', () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraphData;
    graph.addNode('a');
    graph.addNode('b', { label: 'B' } as never);
    graph.addEdgeWithKey('e', 'a', 'b');
    const loaded = {
      kb: {
        ontology: { entityTypes: {}, relationTypes: {}, factuality: {}, polarity: {}, status: {}, basis: {} } as never,
        sources: [],
        entities: [],
        relations: [],
      },
      sentences: new Map(),
      evidence: new Map(),
    };
    expect(join_(outputChunks(graph, loaded).graph)).toBe(serializeOutputs(graph, loaded).graph);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Ontology } from '../model/types.ts';
import { describe, expect, it } from 'vitest';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { synthFiles, synthesize } from '../synth/index.ts';
import { overviewChunks, parseOverview, type Overview } from './overview.ts';
import { runBuild } from './pipeline.ts';

async function built(files: Awaited<ReturnType<typeof readKnowledgeBaseDir>>) {
  const result = runBuild(files, { layout: { iterations: 20 } });
  if (!result.ok) throw new Error('invalid');
  return { graph: result.graph, overview: parseOverview([...overviewChunks(result.graph)].join(''))! };
}

describe('overview.json', () => {
  it('holds every node and edge of graph.json, in its order, with positions, metrics and types', async () => {
    const { graph, overview } = await built(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
    expect(overview).not.toBeNull();
    const nodes = graph.nodes();
    expect(overview.nodes.x).toHaveLength(graph.order);
    nodes.forEach((node, i) => {
      const a = graph.getNodeAttributes(node);
      expect([overview.nodes.x[i], overview.nodes.y[i], overview.nodes.degree[i], overview.nodes.pagerank[i]]).toEqual([a.x, a.y, a.degree, a.pagerank]);
      expect(overview.entityTypes[overview.nodes.type[i]!]).toEqual({ id: a.entityType, color: a.color });
    });
    expect(overview.edges.source).toHaveLength(graph.size);
    graph.edges().forEach((edge, k) => {
      expect(nodes[overview.edges.source[k]!]).toBe(graph.source(edge));
      expect(nodes[overview.edges.target[k]!]).toBe(graph.target(edge));
      const a = graph.getEdgeAttributes(edge);
      expect(overview.relationTypes[overview.edges.type[k]!]).toEqual({ id: a.relationType, color: a.color });
    });
  });

  it('is a few percent of graph.json', async () => {
    const ontologyYaml = readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'ontology.yaml'), 'utf8');
    const files = [...synthFiles(synthesize(parse(ontologyYaml) as Ontology, { entities: 1000, relations: 5000, seed: 3 }), ontologyYaml)];
    const result = runBuild(files, { layout: { iterations: 5 } });
    if (!result.ok) throw new Error('invalid');
    expect(result.outputs.overview.length / result.outputs.graph.length).toBeLessThan(0.1);
    expect(parseOverview(result.outputs.overview)?.edges.source).toHaveLength(5000);
  });

  describe('parseOverview refuses what it cannot draw', () => {
    const good: Overview = {
      version: 1,
      entityTypes: [{ id: 'Person', color: '#123456' }],
      relationTypes: [{ id: 'MET', color: '#654321' }],
      nodes: { x: [0, 1], y: [0, 1], degree: [1, 1], pagerank: [0.5, 0.5], type: [0, 0] },
      edges: { source: [0], target: [1], type: [0] },
    };
    const variant = (change: (o: Overview) => void) => {
      const o = structuredClone(good);
      change(o);
      return JSON.stringify(o);
    };
    it.each([
      ['not JSON', '{'],
      ['another version', variant((o) => ((o as { version: number }).version = 2))],
      ['a column of another length', variant((o) => o.nodes.y.pop())],
      ['an edge to a node that is not there', variant((o) => (o.edges.target[0] = 2))],
      ['a negative index', variant((o) => (o.edges.source[0] = -1))],
      ['a type index out of range', variant((o) => (o.nodes.type[1] = 1))],
      ['a position that is not a number', variant((o) => ((o.nodes.x as unknown[])[0] = '0'))],
    ])('%s', (_name, text) => {
      expect(parseOverview(JSON.stringify(good))).toEqual(good);
      expect(parseOverview(text)).toBeNull();
    });
  });
});

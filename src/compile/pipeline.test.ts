import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { runBuild } from './pipeline.ts';

const mini = readFixture('mini');

function build(options?: Parameters<typeof runBuild>[1]) {
  const result = runBuild(mini, options);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result;
}

describe('runBuild', () => {
  it('gives byte-identical outputs for the same knowledge base', () => {
    const a = build();
    const b = build();
    expect(a.outputs.graph).toBe(b.outputs.graph);
    expect(a.outputs.sources).toBe(b.outputs.sources);
  });

  it('builds the seed knowledge base in graph/ to identical bytes twice', async () => {
    const files = await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph'));
    const [a, b] = [runBuild(files), runBuild(files)];
    if (!a.ok || !b.ok) throw new Error('graph/ does not validate');
    expect(a.outputs).toEqual(b.outputs);
    expect(a.graph.order).toBeGreaterThan(30);
  });

  it('gives the same outputs whatever order the files come in', () => {
    const shuffled = runBuild([...mini].reverse());
    expect(shuffled.ok && shuffled.outputs.graph).toBe(build().outputs.graph);
  });

  it('keys nodes and edges by id, inserted in sorted order, in a multigraph', () => {
    const { graph } = build();
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe('directed');
    expect(graph.nodes()).toEqual(['kim', 'north-korea', 'putin', 'treaty']);
    expect(graph.edges()).toEqual(['r-kim-leads', 'r-kim-signed', 'r-putin-signed']);
  });

  it('keeps the ontology type out of the `type` attribute Sigma reads', () => {
    const { graph } = build();
    expect(graph.getNodeAttributes('kim')).not.toHaveProperty('type');
    expect(graph.getNodeAttribute('kim', 'entityType')).toBe('Person');
    expect(graph.getEdgeAttributes('r-kim-signed')).not.toHaveProperty('type');
    expect(graph.getEdgeAttribute('r-kim-signed', 'relationType')).toBe('SIGNED');
  });

  it('carries colours from the ontology, sizes from degree and evidence with offsets', () => {
    const { graph, loaded } = build();
    expect(graph.getNodeAttribute('kim', 'color')).toBe('#e15759');
    expect(graph.getEdgeAttribute('r-kim-leads', 'color')).toBe('#f28e2b');
    const sizes = graph.mapNodes((_, a) => a.size);
    expect(Math.max(...sizes)).toBe(16);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(4);
    const [ev] = graph.getEdgeAttribute('r-kim-signed', 'evidence');
    expect(loaded.kb.sources[0]!.text.slice(ev!.start, ev!.end)).toBe(ev!.quote);
  });

  it('lays the graph out: finite positions, not all in one place', () => {
    const { graph } = build();
    const xs = graph.mapNodes((_, a) => a.x);
    const ys = graph.mapNodes((_, a) => a.y);
    expect([...xs, ...ys].every(Number.isFinite)).toBe(true);
    expect(new Set(xs.map((x, i) => `${x},${ys[i]}`)).size).toBe(graph.order);
  });

  it('is reproducible with Barnes–Hut too, and the seed changes the layout', () => {
    const bh = (seed: number) => build({ layout: { barnesHutThreshold: 0, seed, iterations: 50 } }).outputs.graph;
    expect(bh(1)).toBe(bh(1));
    expect(bh(1)).not.toBe(bh(2));
  });

  it('writes sources with sentence boundaries', () => {
    const sources = JSON.parse(build().outputs.sources);
    expect(sources[0].id).toBe('mini');
    expect(sources[0].sentences).toEqual([
      [0, 64],
      [66, 134],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { importGraph } from '../import/index.ts';
import { Graph } from '../model/graph.ts';
import { exportJson } from './index.ts';
import { json } from './json.ts';
import { awkwardGraph, miniGraph } from './test-support.ts';

describe('graphology JSON export', () => {
  it('is graph.export(), as the builder writes graph.json, and reads back the same', () => {
    for (const g of [miniGraph(), new Graph({ type: 'undirected' })]) {
      const { text, warnings } = exportJson(g);
      expect(JSON.parse(text)).toEqual(g.export());
      expect(warnings).toEqual([]);
      expect(importGraph(text).graph.export()).toEqual(g.export());
    }
  });

  it('streams node by node', () => {
    const g = new Graph();
    for (let i = 0; i < 5000; i++) g.addNode(String(i), { label: `node number ${i}` });
    const chunks = [...json(g).files[0]!.chunks];
    expect(chunks.length).toBeGreaterThan(2);
    expect(JSON.parse(chunks.join(''))).toEqual(g.export());
  });

  it('keeps mixed graphs mixed, and says NaN and Infinity became null', () => {
    const g = awkwardGraph();
    const { text, warnings } = exportJson(g);
    expect(warnings).toEqual(['JSON cannot carry NaN or Infinity: those values were written as null (2 times)']);
    const back = importGraph(text).graph;
    expect(back.type).toBe('mixed');
    expect(back.getEdgeAttributes('u1')).toEqual(g.getEdgeAttributes('u1'));
    expect(back.isUndirected('u1')).toBe(true);
  });
});

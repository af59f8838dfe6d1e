import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import { claimLinks } from './claim-links.ts';
import { labelImportance } from './label-importance.ts';
import type { KnowledgeGraphData } from './types.ts';

function graph(): KnowledgeGraphData {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraphData;
  for (const id of ['putin', 'kim', 'meeting', 'a', 'b', 'agency']) g.addNode(id, {} as never);
  const edge = (s: string, t: string, sources: string[], claimedBy: string[] = []) =>
    g.addEdge(s, t, { claimedBy, evidence: sources.map((source) => ({ source, claimedBy })) } as never);
  // The meeting has more relations, Putin and Kim appear in more sources.
  edge('meeting', 'a', ['s1']);
  edge('meeting', 'b', ['s1']);
  edge('meeting', 'putin', ['s1']);
  edge('putin', 'kim', ['s2', 's3'], ['agency']);
  return g;
}

describe('labelImportance', () => {
  it('ranks by the sources an entity appears in, then by relations', () => {
    const importance = labelImportance(graph());
    const rank = [...importance].sort((x, y) => y[1] - x[1]).map(([k]) => k);
    expect(rank.slice(0, 3)).toEqual(['putin', 'kim', 'agency']);
    expect(importance.get('meeting')!).toBeGreaterThan(importance.get('a')!);
  });
});

describe('claimLinks', () => {
  it('links a claimant to each relation it claims, not to its own', () => {
    const g = graph();
    expect(claimLinks(g).map((l) => `${l.claimant}>${g.source(l.edge)}-${g.target(l.edge)}`)).toEqual(['agency>putin-kim']);
    g.addEdge('agency', 'kim', { claimedBy: ['agency'], evidence: [] } as never);
    expect(claimLinks(g)).toHaveLength(1);
  });
});

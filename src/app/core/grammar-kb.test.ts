// The knowledge base in graph/ gives what the explorer's Polish needs: every claimant's
// name in the genitive, and every quantity's unit in the form its number asks for.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../compile/graph.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { pluralCategory } from './grammar.ts';
import { attribution, formatQuantity } from './relations.ts';
import type { KnowledgeGraphData } from './types.ts';

let graph: KnowledgeGraphData;

beforeAll(async () => {
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', '..', 'graph')));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  graph = buildGraph(result.value) as unknown as KnowledgeGraphData;
});

describe('the Polish of graph/', () => {
  it('names every claimant in the genitive after "według"', () => {
    const claimants = new Set(graph.mapEdges((_e, a) => a.evidence.flatMap((ev) => ev.claimedBy)).flat());
    expect(claimants.size).toBeGreaterThan(20);
    const missing = [...claimants].filter((id) => !attribution(graph, [id], 'pl').startsWith('według '));
    expect(missing).toEqual([]);
    expect(attribution(graph, ['uk-ministry-of-defence'], 'pl')).toBe('według Ministerstwa Obrony Wielkiej Brytanii');
    expect(attribution(graph, ['russian-media'], 'pl')).toBe('według rosyjskich mediów');
  });

  it('gives every unit the form its number asks for', () => {
    const quantities = graph.mapEdges((_e, a) => a.qualifiers?.quantity).filter((q) => q?.unit);
    expect(quantities.length).toBeGreaterThan(20);
    const unagreed = quantities.filter((q) => !q!.unitForms?.pl?.[pluralCategory('pl', q!.value)]).map((q) => formatQuantity(q!, 'pl'));
    expect(unagreed).toEqual([]);
    expect(new Set(quantities.map((q) => formatQuantity(q!, 'pl').replace(/\s/g, ' ')))).toContain('≈ 11 000 żołnierzy');
  });
});

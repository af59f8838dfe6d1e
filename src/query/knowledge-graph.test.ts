import { describe, expect, it } from 'vitest';
import { runBuild } from '../compile/pipeline.ts';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { KnowledgeGraph } from './knowledge-graph.ts';

function miniGraph(): KnowledgeGraph {
  const result = runBuild(readFixture('mini'), { layout: false });
  if (!result.ok) throw new Error('fixture invalid');
  return new KnowledgeGraph(result.graph);
}

const kg = miniGraph();

describe('KnowledgeGraph.findEntity', () => {
  it.each([
    ['kim', 'kim'],
    ['Kim Jong Un', 'kim'],
    ['kim dzong una', 'kim'],
    ['KIM  DZONG-UN', 'kim'],
    ['Władimirem Putinem', 'putin'],
    ['wladimirem putinem', 'putin'],
    ['Vladimir Putin', 'putin'],
    ['krld', 'north-korea'],
    ['Korei Północnej'.normalize('NFD'), 'north-korea'],
    ['Władimirowi Putinowi', 'putin'],
  ])('finds %j', (name, id) => {
    expect(kg.findEntity(name)?.id).toBe(id);
  });

  it('returns undefined for an unknown name', () => {
    expect(kg.findEntity('Zełenski')).toBeUndefined();
  });

  it('autocompletes from a prefix in either language', () => {
    expect(kg.searchEntities('pół')[0]?.id).toBe('north-korea');
    expect(kg.searchEntities('vlad')[0]?.id).toBe('putin');
    expect(kg.searchEntities('')).toEqual([]);
  });
});

describe('KnowledgeGraph.relations', () => {
  it('filters by subject, type, object, factuality, claimant and outlets', () => {
    expect(kg.relations({ from: 'kim' }).map((r) => r.id)).toEqual(['r-kim-leads', 'r-kim-signed']);
    expect(kg.relations({ type: 'SIGNED' }).map((r) => r.from)).toEqual(['kim', 'putin']);
    expect(kg.relations({ to: 'north-korea' }).map((r) => r.id)).toEqual(['r-kim-leads']);
    expect(kg.relations({ factuality: 'possible' })).toEqual([]);
    expect(kg.relations({ minFactuality: 'underspecified' })).toHaveLength(3);
    expect(kg.relations({ claimedBy: 'kim' })).toEqual([]);
    expect(kg.relations({ minOutlets: 1 })).toHaveLength(3);
    expect(kg.relations({ minOutlets: 2 })).toEqual([]);
    expect(kg.relations({ status: 'planned' })).toEqual([]);
    expect(kg.relations({ source: 'nope' })).toEqual([]);
  });

  it('returns the relation shape the CLI prints', () => {
    expect(kg.relation('r-kim-signed')).toEqual({
      id: 'r-kim-signed',
      from: 'kim',
      to: 'treaty',
      type: 'SIGNED',
      qualifiers: { time: { value: '2024-06-19', basis: 'metadata', rule: 'the signing date in the source metadata' } },
      factuality: 'certain',
      status: 'occurred',
      polarity: 'positive',
      basis: 'text',
      claimedBy: [],
      corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
      conflicts: [],
      evidence: [
        {
          source: 'mini',
          outlet: 'source:mini',
          quote: 'Kim Dzong Un podpisał traktat',
          start: 0,
          end: 29,
          sentence: 0,
          claimedBy: [],
          factuality: 'certain',
          polarity: 'positive',
          status: 'occurred',
        },
      ],
    });
  });

  it('rejects an unknown minimum factuality', () => {
    expect(() => kg.relations({ minFactuality: 'rumour' as never })).toThrow(/unknown factuality "rumour"/);
    expect(() => kg.relations({ minFactuality: 'constructor' as never })).toThrow(/unknown factuality "constructor"/);
  });
});

describe('KnowledgeGraph.neighbours and shortestPath', () => {
  it('lists neighbours by direction and type', () => {
    expect(kg.neighbours('treaty', { direction: 'in' }).map((n) => n.entity)).toEqual(['kim', 'putin']);
    expect(kg.neighbours('kim', { direction: 'out', types: ['LEADS'] })).toEqual([
      { entity: 'north-korea', relation: 'r-kim-leads', type: 'LEADS', direction: 'out' },
    ]);
    expect(kg.neighbours('kim', { direction: 'in' })).toEqual([]);
  });

  it('finds a path ignoring direction, or only along it', () => {
    expect(kg.shortestPath('putin', 'north-korea')).toEqual({
      nodes: ['putin', 'treaty', 'kim', 'north-korea'],
      edges: ['r-putin-signed', 'r-kim-signed', 'r-kim-leads'],
    });
    expect(kg.shortestPath('putin', 'north-korea', { directed: true })).toBeNull();
    expect(kg.shortestPath('kim', 'north-korea', { directed: true })?.edges).toEqual(['r-kim-leads']);
  });

  it('gives the evidence of a relation', () => {
    expect(kg.evidence('r-putin-signed')[0]).toMatchObject({ quote: 'traktat z Władimirem Putinem', start: 22, end: 50 });
    expect(() => kg.evidence('r-none')).toThrow(/no relation/);
  });
});

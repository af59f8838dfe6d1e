// Claims from many sources: one fact told by several outlets (one citing a ministry, one in
// its own voice, one a wire copy, one a second article of the same outlet), a figure two
// claimants give differently at the same time (a conflict), the same claimant's figure
// changing over time (a series), and a denial. Small texts written for the tests
// (fixtures/multi-source-kb.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../compile/graph.ts';
import { relationJson } from '../cli/commands/relations.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { multiSourceFiles } from './fixtures/multi-source-kb.ts';
import { KnowledgeGraph } from './index.ts';

const files = () => multiSourceFiles();

let kg: KnowledgeGraph;
beforeAll(() => {
  const loaded = loadKnowledgeBase(files());
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
  kg = new KnowledgeGraph(buildGraph(loaded.value));
});

describe('one fact from many sources', () => {
  it('derives the relation’s claim from its evidence: the firmest factuality, the union of claimants', () => {
    const sent = kg.relation('r-nk-sent-troops')!;
    // The ministry's claim (certain) outranks Beta's own hedged one (probable).
    expect(sent).toMatchObject({ factuality: 'certain', polarity: 'positive', status: 'occurred', claimedBy: ['kremlin', 'uk-ministry-of-defence'] });
    // Each quote keeps its own source, outlet, claimant and factuality.
    expect(sent.evidence.map((e) => [e.source, e.outlet, e.claimedBy, e.factuality, e.polarity])).toEqual([
      ['alpha-june', 'alpha', ['uk-ministry-of-defence'], 'certain', 'positive'],
      ['beta-june', 'beta', [], 'probable', 'positive'],
      ['beta-june', 'beta', ['kremlin'], 'certain', 'negative'],
      ['gamma-copy', 'gamma', ['uk-ministry-of-defence'], 'certain', 'positive'],
      ['alpha-follow-up', 'alpha', [], 'certain', 'positive'],
    ]);
  });

  it('counts sources, outlets and independent outlets: one outlet’s two articles once, a wire copy once', () => {
    // alpha-june, gamma-copy (its copy) and alpha-follow-up (the same outlet) are one voice; beta the other.
    expect(kg.relation('r-nk-sent-troops')!.corroboration).toEqual({ sources: 4, outlets: 3, independentOutlets: 2 });
    expect(kg.relation('r-losses-mod-june')!.corroboration).toEqual({ sources: 2, outlets: 2, independentOutlets: 1 });
    expect(kg.relation('r-losses-mod-april')!.corroboration).toEqual({ sources: 1, outlets: 1, independentOutlets: 1 });
  });

  it('filters by factuality, claimant and independent outlets', () => {
    expect(kg.relations({ minOutlets: 2 }).map((r) => r.id)).toEqual(['r-nk-sent-troops']);
    expect(kg.relations({ claimedBy: 'south-korean-intelligence' }).map((r) => r.id)).toEqual(['r-losses-nis-june']);
    expect(kg.relations({ claimedBy: 'uk-ministry-of-defence' }).map((r) => r.id)).toEqual(['r-losses-mod-april', 'r-losses-mod-june', 'r-nk-sent-troops']);
    expect(kg.relations({ factuality: 'probable' })).toEqual([]);
    expect(kg.relations({ minFactuality: 'probable' })).toHaveLength(4);
  });

  it('finds the conflicting figure with both sides, their quotes, sources and claimants', () => {
    const conflicts = kg.conflicts().filter((c) => c.kind === 'quantity');
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(c).toMatchObject({
      id: 'c-quantity-r-losses-mod-june-r-losses-nis-june',
      subject: 'nk-troops-kursk',
      type: 'SUFFERED',
      object: 'nk-troops-kursk-losses',
    });
    expect(c!.sides.map((s) => [s.relation, s.value, s.claimedBy])).toEqual([
      ['r-losses-mod-june', '~6000 killed or wounded', ['uk-ministry-of-defence']],
      ['r-losses-nis-june', '4700 killed or wounded', ['south-korean-intelligence']],
    ]);
    expect(c!.sides[0]!.evidence.map((e) => [e.source, e.quote])).toEqual([
      ['alpha-june', 'około 6 tys. z nich zginęło lub zostało rannych'],
      ['gamma-copy', 'około 6 tys. z nich zginęło lub zostało rannych'],
    ]);
    expect(c!.sides[1]!.evidence[0]).toMatchObject({
      source: 'beta-june',
      outlet: 'beta',
      quote: 'Wywiad Korei Południowej szacuje straty na 4,7 tys. zabitych i rannych.',
    });
    expect(kg.relation('r-losses-nis-june')!.conflicts).toContain(c!.id);
  });

  it('shows the ministry’s April and June figures as a series, not a conflict', () => {
    expect(kg.conflicts().some((c) => c.sides.some((s) => s.relation === 'r-losses-mod-april'))).toBe(false);
    expect(kg.relation('r-losses-mod-april')!.conflicts).toEqual([]);
    const [series] = kg.series();
    expect(series!.points.map((p) => [p.time, p.value, p.relation])).toEqual([
      ['2025-04-01', 4000, 'r-losses-mod-april'],
      ['2025-06-17', 6000, 'r-losses-mod-june'],
      ['2025-06-17', 4700, 'r-losses-nis-june'],
    ]);
  });

  it('finds a denial at the same time as the claim it denies', () => {
    const c = kg.conflicts('r-nk-sent-troops');
    expect(c.map((x) => x.id)).toEqual(['c-polarity-r-nk-sent-troops']);
    expect(c[0]!.sides.map((s) => [s.value, s.claimedBy, s.evidence.map((e) => e.source)])).toEqual([
      ['positive', ['uk-ministry-of-defence'], ['alpha-june', 'beta-june', 'gamma-copy']],
      ['negative', ['kremlin'], ['beta-june']],
    ]);
  });

  it('prints relations --json in the documented shape', () => {
    const json = relationJson(kg.relation('r-losses-nis-june')!);
    expect(Object.keys(json)).toEqual([
      'id',
      'from',
      'to',
      'type',
      'qualifiers',
      'factuality',
      'status',
      'polarity',
      'claimedBy',
      'corroboration',
      'conflicts',
      'evidence',
    ]);
    expect(Object.keys(json.evidence[0]!)).toEqual(['source', 'outlet', 'quote', 'start', 'end', 'sentence', 'claimedBy', 'factuality']);
    expect(json.qualifiers.quantity).toEqual({ value: 4700, precision: 'exact', unit: { pl: 'zabici lub ranni', en: 'killed or wounded' }, basis: 'text' });
  });
});

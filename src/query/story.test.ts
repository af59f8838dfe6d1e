// The story over time, on the small multi-source knowledge base (fixtures/multi-source-kb.ts)
// with one relation dated by its event.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../compile/graph.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { DEPLOYMENT, multiSourceFiles } from './fixtures/multi-source-kb.ts';
import { KnowledgeGraph } from './index.ts';
import { claimAsOf, conflictsAsOf, dateSpan, knownEvidence, meetsPeriod, seriesByClaimant } from './story.ts';

let kg: KnowledgeGraph;
let published: Map<string, string>;
beforeAll(() => {
  const loaded = loadKnowledgeBase(multiSourceFiles(DEPLOYMENT));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
  kg = new KnowledgeGraph(buildGraph(loaded.value));
  published = new Map(loaded.value.kb.sources.map((s) => [s.id, s.published]));
});

describe('timeline', () => {
  it('puts each claim at its event date, else at its source’s publication date, in order', () => {
    const entries = kg.timeline(published);
    // Eight quotes of the fixture plus the dated deployment.
    expect(entries).toHaveLength(10);
    expect(entries[0]).toMatchObject({
      date: '2024-10',
      dated: 'event',
      relation: 'r-troops-deployed-kursk',
      source: 'alpha-june',
      published: '2025-06-17',
      claimedBy: ['uk-ministry-of-defence'],
    });
    expect(entries[1]).toMatchObject({
      date: '2025-04-01',
      dated: 'published',
      relation: 'r-losses-mod-april',
      source: 'delta-april',
      quote: 'około 4 tys. północnokoreańskich żołnierzy zginęło lub zostało rannych',
    });
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
    expect(entries.at(-1)).toMatchObject({ date: '2025-06-18', source: 'alpha-follow-up', relation: 'r-nk-sent-troops' });
    // The denial is on the timeline with its claimant and polarity.
    expect(entries.find((e) => e.polarity === 'negative')).toMatchObject({ source: 'beta-june', claimedBy: ['kremlin'], date: '2025-06-17' });
  });

  it('takes the relation filter', () => {
    expect(kg.timeline(published, { claimedBy: 'south-korean-intelligence' }).map((e) => [e.date, e.relation])).toEqual([['2025-06-17', 'r-losses-nis-june']]);
  });
});

describe('periods', () => {
  it('reads months and years as the days they span', () => {
    expect(dateSpan('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(dateSpan('2024-10')).toEqual(['2024-10-01', '2024-10-31']);
    expect(dateSpan('2024-10-05')).toEqual(['2024-10-05', '2024-10-05']);
    expect(meetsPeriod('2024-10', ['2024-10-20', '2025-01-01'])).toBe(true);
    expect(meetsPeriod('2024-10', ['2024-11-01', '2025-01-01'])).toBe(false);
    expect(meetsPeriod('2025-06-17', ['2025-06-17', '2025-06-17'])).toBe(true);
    expect(meetsPeriod('2025-06-18', ['2025-04-01', '2025-06-17'])).toBe(false);
  });
});

describe('as of a date', () => {
  const ranks = () => kg.ontology!.factuality;

  it('keeps only the evidence of sources published by then', () => {
    const sent = kg.evidence('r-nk-sent-troops');
    expect(knownEvidence(sent, published, '2025-06-17').map((e) => e.source)).toEqual(['alpha-june', 'beta-june', 'beta-june', 'gamma-copy']);
    expect(knownEvidence(sent, published, '2025-06-16')).toEqual([]);
    expect(knownEvidence(sent, new Map(), '2030-01-01')).toEqual([]);
  });

  it('re-derives the claim from what was known: none before its first source, recounted after', () => {
    const sent = kg.relation('r-nk-sent-troops')!;
    expect(claimAsOf(kg.evidence(sent.id), sent.corroboration, ranks(), published, '2025-05-01')).toBeNull();
    const june17 = claimAsOf(kg.evidence(sent.id), sent.corroboration, ranks(), published, '2025-06-17')!;
    expect(june17.corroboration).toEqual({ sources: 3, outlets: 3, independentOutlets: 2 });
    expect(june17).toMatchObject({ factuality: 'certain', claimedBy: ['kremlin', 'uk-ministry-of-defence'] });
    // One hedged quote alone: the claim as it stood is probable.
    const hedged = kg.evidence(sent.id).filter((e) => e.factuality === 'probable');
    expect(claimAsOf(hedged, sent.corroboration, ranks(), published, '2025-06-17')).toMatchObject({
      factuality: 'probable',
      corroboration: { sources: 1, outlets: 1, independentOutlets: 1 },
    });
  });

  it('keeps a conflict only once both sides were published', () => {
    const all = kg.conflicts();
    expect(conflictsAsOf(all, published, '2025-06-17').map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(conflictsAsOf(all, published, '2025-06-16')).toEqual([]);
  });
});

describe('series', () => {
  it('finds the series about an entity or holding a relation', () => {
    expect(kg.series('nk-troops-kursk-losses')).toHaveLength(1);
    expect(kg.series('r-losses-mod-april')).toHaveLength(1);
    expect(kg.series('kremlin')).toEqual([]);
  });

  it('splits a figure over time by who gives it', () => {
    const lines = seriesByClaimant(kg.series('nk-troops-kursk-losses')[0]!);
    expect(lines.map((l) => [l.claimant, l.points.map((p) => [p.time, p.value])])).toEqual([
      [
        'uk-ministry-of-defence',
        [
          ['2025-04-01', 4000],
          ['2025-06-17', 6000],
        ],
      ],
      ['south-korean-intelligence', [['2025-06-17', 4700]]],
    ]);
    expect(seriesByClaimant({ points: [{ relation: 'r', time: '2025', value: 1, precision: 'exact', claimedBy: [] }] })[0]!.claimant).toBe('-');
  });
});

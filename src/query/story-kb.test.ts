// The story in graph/: sixteen sources from eight outlets on the North Korean troops in
// Russia (June 2024 – September 2025), asked what an analyst asks — how did the casualty
// estimate change and who gave each figure, where do sources contradict each other, what
// is told by more than one outlet — through the query API with the names one would type.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../compile/graph.ts';
import { builtSources } from '../compile/outputs.ts';
import { relationJson } from '../cli/commands/relations.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import type { BuiltSource, Conflict, Series } from '../model/types.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { KnowledgeGraph, type RelationView } from './index.ts';

let kg: KnowledgeGraph;
const sources = new Map<string, BuiltSource>();

beforeAll(async () => {
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  kg = new KnowledgeGraph(buildGraph(result.value));
  for (const s of builtSources(result.value)) sources.set(s.id, s);
});

const id = (name: string) => {
  const e = kg.findEntity(name);
  if (!e) throw new Error(`no entity for "${name}"`);
  return e.id;
};
const published = (source: string) => sources.get(source)!.published;
/** The source's text at the evidence's offsets is its quote (whitespace aside). */
const grounded = (e: { source: string; quote: string; start: number; end: number }) =>
  expect(sources.get(e.source)!.text.slice(e.start, e.end).replace(/\s+/g, ' ')).toBe(e.quote.replace(/\s+/g, ' '));

/** The series of the casualty figures in one unit (killed, wounded, killed or wounded). */
function casualties(unit: string): Series {
  const losses = id('zginęło lub zostało rannych');
  const found = kg
    .series()
    .filter((s) => s.object === losses && s.type === 'SUFFERED' && kg.relation(s.points[0]!.relation)!.qualifiers.quantity?.unit?.en === unit);
  expect(found, unit).toHaveLength(1);
  return found[0]!;
}
const points = (s: Series) => s.points.map((p) => [p.time, p.value, p.precision, p.claimedBy]);

describe('the story: North Korean troops in Russia, told by many outlets', () => {
  it('holds the seed article and fifteen story articles from eight outlets', () => {
    expect(sources.size).toBe(16);
    expect(new Set([...sources.values()].map((s) => s.outlet?.id ?? s.id)).size).toBe(8);
  });

  it('answers how the casualty estimate changed, and who gave each figure', () => {
    const [nis, zelensky, jcs, seoul, mod] = ['NIS', 'Zełenski', 'JCS', 'Korea Południowa', 'Brytyjski resort obrony'].map(id);
    expect(points(casualties('killed or wounded'))).toEqual([
      ['2024-12-23', 1100, 'approximate', [jcs]],
      ['2024-12-23', 3000, 'at-least', [zelensky]],
      ['2025-03', 4000, 'at-least', [seoul]],
      ['2025-04-30', 4700, 'approximate', [nis]],
      ['2025-06-17', 6000, 'approximate', [mod]],
    ]);
    expect(points(casualties('killed'))).toEqual([
      ['2024-12-19', 100, 'at-least', [nis]],
      ['2025-01-13', 300, 'approximate', [nis]],
      ['2025-04-30', 600, 'approximate', [nis]],
      ['2025-09-02', 2000, 'approximate', [nis]],
    ]);
    expect(points(casualties('wounded'))).toEqual([
      ['2024-12-19', 1000, 'approximate', [nis]],
      ['2025-01-13', 2700, 'approximate', [nis]],
    ]);
    // Each figure is grounded in its quotes, and a figure recalled by later articles is
    // more evidence of the same estimate, not a new one.
    const january = kg.relation(casualties('killed').points[1]!.relation)!;
    expect(january.evidence.map((e) => e.source)).toEqual([
      'adk-2025-01-13-nis-300-zabitych',
      'tks-2025-05-05-cena-sojuszu',
      'ars-2025-09-04-nis-2000-zabitych',
    ]);
    expect(january.evidence[0]!.quote).toBe('Około 300 północnokoreańskich żołnierzy zginęło');
    for (const s of ['killed or wounded', 'killed', 'wounded']) for (const p of casualties(s).points) kg.relation(p.relation)!.evidence.forEach(grounded);
  });

  it('gives the same answer as "faktograf relations --to <losses> --json"', () => {
    const json = kg.relations({ to: id('zginęło lub zostało rannych'), type: 'SUFFERED', claimedBy: id('Zełenski') }).map(relationJson);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({
      qualifiers: { quantity: { value: 3000, precision: 'at-least' }, time: { value: '2024-12-23' } },
      claimedBy: [id('Zełenski')],
      corroboration: { sources: 3, outlets: 3 },
    });
    expect(json[0]!.evidence.map((e) => e.quote)).toContain('Zełenski mówił 23 grudnia o ponad 3 tys. zabitych i rannych w obwodzie kurskim');
  });

  it('marks the December 2024 estimates that disagree as a conflict, both sides with their quotes', () => {
    const c = kg.conflicts().find((x) => x.kind === 'quantity' && x.type === 'SUFFERED')!;
    expect(c).toBeDefined();
    const side = (who: string) => c.sides.find((s) => s.claimedBy.includes(id(who)))!;
    expect(side('Zełenski').value).toBe('≥3000 killed or wounded');
    expect(side('JCS').value).toBe('~1100 killed or wounded');
    expect(side('JCS').evidence.map((e) => e.quote)).toEqual([
      'Kolegium Połączonych Szefów Sztabów (JCS) Korei Południowej oceniło na początku tygodnia straty na ok. 1,1 tys. zabitych i rannych.',
    ]);
    expect(side('Zełenski').evidence.map((e) => e.source)).toContain('eter-2024-12-28-straty-rozne-szacunki');
    for (const s of c.sides) s.evidence.forEach(grounded);
    // Both relations point back at the conflict.
    for (const s of c.sides) expect(kg.relation(s.relation)!.conflicts).toContain(c.id);
  });

  it('shows the troop figures growing over time as a series, and the two figures of 18 October 2024 as a conflict', () => {
    const inRussia = kg.series().find((s) => s.subject === id('co najmniej 11 tys. żołnierzy') && s.type === 'DEPLOYED_TO' && s.object === id('Rosja'))!;
    expect(inRussia.points.map((p) => [p.time, p.value])).toEqual([
      ['2024-10-18', 11000],
      ['2024-10-18', 1500],
      ['2024-10-23', 3000],
      ['2024-10-23', 3000],
      ['2024-10-24', 12000],
      ['2024-10-28', 10000],
      ['2024-10-31', 10000],
      ['2024-11-04', 11000],
      ['2024-11-20', 10900],
      ['2025-05', 11000],
    ]);
    const october: Conflict = kg.conflicts().find((x) => x.kind === 'quantity' && x.type === 'DEPLOYED_TO')!;
    expect(october.sides.map((s) => s.claimedBy).sort()).toEqual([[id('HUR'), id('Budanow')].sort(), [id('NIS')]].sort());
    expect(october.sides.flatMap((s) => s.evidence.map((e) => published(e.source)))).toContain('2024-10-18');
  });

  it('counts the ADK wire story and its reprint in Głos Doliny Bugu once', () => {
    const visit = kg.relations({ from: id('Putin'), type: 'VISITED', to: id('Pjongjang') });
    expect(visit).toHaveLength(1);
    const outlets = visit[0]!.evidence.map((e) => e.outlet);
    expect(outlets).toEqual(['adk', 'glos-doliny-bugu', 'tygodnik-kurs-swiat', 'kraj24']);
    expect(visit[0]!.corroboration).toEqual({ sources: 4, outlets: 4, independentOutlets: 3 });
    expect(kg.relations({ minOutlets: 3 }).map((r) => r.id)).toContain(visit[0]!.id);
    visit[0]!.evidence.forEach(grounded);
  });

  it('sets the Kremlin’s denial against the affirmations of its day, and the later confirmation', () => {
    const presence = kg.relations({ from: id('co najmniej 11 tys. żołnierzy'), type: 'DEPLOYED_TO', to: id('Rosja') }).filter((r) => !r.qualifiers.quantity);
    expect(presence).toHaveLength(1);
    const r: RelationView = presence[0]!;
    const denial = r.evidence.find((e) => e.claimedBy.includes(id('Pieskow')) && e.quote.includes('kolejną fałszywkę'))!;
    expect(denial).toMatchObject({ polarity: 'negative', source: 'kraj24-2024-10-18-nis-1500-zolnierzy' });
    const c = kg.conflicts(r.id).find((x) => x.kind === 'polarity')!;
    expect(c.sides.map((s) => s.value)).toEqual(['positive', 'negative']);
    expect(c.sides[1].evidence.map((e) => e.quote)).toContain(denial.quote);
    expect(c.sides[0].evidence.flatMap((e) => e.claimedBy)).toContain(id('NIS'));
    // Confirmed by Moscow and Pyongyang in April 2025, with no denial of that date.
    const confirmed = r.evidence.filter((e) => published(e.source) === '2025-04-28');
    expect(confirmed.map((e) => [e.polarity, e.claimedBy])).toEqual([
      ['positive', [id('Centralna Komisja Wojskowa Partii Pracy Korei'), id('KCNA')]],
      ['positive', [id('Gierasimow')]],
    ]);
    expect(c.sides.flatMap((s) => s.evidence).some((e) => published(e.source) === '2025-04-28')).toBe(false);
    expect(r.polarity).toBe('positive');
    r.evidence.forEach(grounded);
  });

  it('carries the corrected date of the Federation Council’s vote, not the first version’s', () => {
    const votes = kg.relations({ from: id('Rada Federacji'), type: 'RATIFIED' });
    expect(votes).toHaveLength(1);
    expect(votes[0]!.qualifiers.time?.value).toBe('2024-11-06');
    const kraj24 = votes[0]!.evidence.filter((e) => e.source === 'kraj24-2024-11-12-ratyfikacja-kim');
    expect(kraj24.map((e) => e.quote)).toEqual(['Rada Federacji zatwierdziła ją 6 listopada']);
    // The article's text still holds the correction notice with the wrong date …
    expect(sources.get('kraj24-2024-11-12-ratyfikacja-kim')!.text).toContain('zatwierdziła ustawę ratyfikacyjną 9 listopada');
    // … but the quote is the corrected sentence, not the notice.
    const notice = sources.get('kraj24-2024-11-12-ratyfikacja-kim')!.text.indexOf('Sprostowanie');
    expect(kraj24[0]!.start).toBeLessThan(notice);
    // Announced as planned the day before, done by the latest source.
    expect(votes[0]!.evidence.find((e) => e.source === 'adk-2024-11-05-zelenski-11-tysiecy')?.status).toBe('planned');
    expect(votes[0]!.status).toBe('occurred');
  });
});

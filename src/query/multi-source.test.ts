// Claims from many sources: one fact told by several outlets (one citing a ministry, one in
// its own voice, one a wire copy, one a second article of the same outlet), a figure two
// claimants give differently at the same time (a conflict), the same claimant's figure
// changing over time (a series), and a denial. Small texts written for this test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../build/graph.ts';
import { relationJson } from '../cli/commands/relations.ts';
import { loadKnowledgeBase, type TextFile } from '../kb/load.ts';
import { KnowledgeGraph } from './index.ts';

const ontology = readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'ontology.yaml'), 'utf8');

const TEXTS: Record<string, [outlet: string, published: string, text: string]> = {
  // Alpha relays the UK Ministry of Defence.
  'alpha-june': ['alpha', '2025-06-17', 'Według brytyjskiego resortu obrony Korea Północna wysłała żołnierzy do obwodu kurskiego. Resort podał, że około 6 tys. z nich zginęło lub zostało rannych. Rosja nie skomentowała tych informacji.\n'],
  // Gamma runs Alpha's story with one sentence changed: a copy, not a second witness.
  'gamma-copy': ['gamma', '2025-06-17', 'Według brytyjskiego resortu obrony Korea Północna wysłała żołnierzy do obwodu kurskiego. Resort podał, że około 6 tys. z nich zginęło lub zostało rannych. Moskwa na razie milczy.\n'],
  // Beta in its own voice, hedged; another claimant's figure on the same day; a denial.
  'beta-june': ['beta', '2025-06-17', 'Korea Północna prawdopodobnie wysłała żołnierzy do obwodu kurskiego, piszą nasi reporterzy. Wywiad Korei Południowej szacuje straty na 4,7 tys. zabitych i rannych. Kreml zaprzecza, jakoby Korea Północna wysłała żołnierzy.\n'],
  // Alpha again the next day: the same outlet, so no new outlet.
  'alpha-follow-up': ['alpha', '2025-06-18', 'Nasz korespondent potwierdza: Korea Północna wysłała żołnierzy do obwodu kurskiego.\n'],
  // The ministry's earlier figure: the same claimant, another time.
  'delta-april': ['delta', '2025-04-01', 'Brytyjski resort obrony ocenia, że około 4 tys. północnokoreańskich żołnierzy zginęło lub zostało rannych.\n'],
};

const ENTITIES = `entities:
  - {id: north-korea, type: Country, name: {pl: Korea Północna, en: North Korea}}
  - {id: kursk-oblast, type: Place, name: {pl: obwód kurski, en: Kursk Oblast}, aliases: [obwodu kurskiego]}
  - {id: uk-ministry-of-defence, type: Organization, name: {pl: brytyjski resort obrony, en: UK Ministry of Defence}}
  - {id: south-korean-intelligence, type: Organization, name: {pl: wywiad Korei Południowej, en: South Korean intelligence}}
  - {id: kremlin, type: Organization, name: {pl: Kreml, en: Kremlin}}
  - {id: nk-troops-kursk, type: Contingent, name: {pl: żołnierze północnokoreańscy w obwodzie kurskim, en: North Korean troops in Kursk Oblast}}
  - {id: nk-troops-kursk-losses, type: Event, name: {pl: straty, en: losses}}
`;

const LOSSES = (id: string, q: string, evidence: string) => `  - id: ${id}
    subject: nk-troops-kursk
    type: SUFFERED
    object: nk-troops-kursk-losses
    qualifiers:
      quantity: ${q}
    evidence:
${evidence}`;

const RELATIONS = `relations:
  - id: r-nk-sent-troops
    subject: north-korea
    type: SENT
    object: nk-troops-kursk
    qualifiers:
      place: {value: kursk-oblast, basis: text}
    evidence:
      - {source: alpha-june, quote: "Według brytyjskiego resortu obrony Korea Północna wysłała żołnierzy do obwodu kurskiego.", claimedBy: [uk-ministry-of-defence]}
      - {source: beta-june, quote: "Korea Północna prawdopodobnie wysłała żołnierzy do obwodu kurskiego", factuality: probable}
      - {source: beta-june, quote: "Kreml zaprzecza, jakoby Korea Północna wysłała żołnierzy.", claimedBy: [kremlin], polarity: negative}
      - {source: gamma-copy, quote: "Według brytyjskiego resortu obrony Korea Północna wysłała żołnierzy do obwodu kurskiego.", claimedBy: [uk-ministry-of-defence]}
      - {source: alpha-follow-up, quote: "Korea Północna wysłała żołnierzy do obwodu kurskiego."}
${LOSSES('r-losses-mod-june', '{value: 6000, precision: approximate, unit: {pl: zabici lub ranni, en: killed or wounded}, basis: text}', `      - {source: alpha-june, quote: "około 6 tys. z nich zginęło lub zostało rannych", claimedBy: [uk-ministry-of-defence]}
      - {source: gamma-copy, quote: "około 6 tys. z nich zginęło lub zostało rannych", claimedBy: [uk-ministry-of-defence]}
`)}${LOSSES('r-losses-nis-june', '{value: 4700, precision: exact, unit: {pl: zabici lub ranni, en: killed or wounded}, basis: text}', `      - {source: beta-june, quote: "Wywiad Korei Południowej szacuje straty na 4,7 tys. zabitych i rannych.", claimedBy: [south-korean-intelligence]}
`)}${LOSSES('r-losses-mod-april', '{value: 4000, precision: approximate, unit: {pl: zabici lub ranni, en: killed or wounded}, basis: text}', `      - {source: delta-april, quote: "około 4 tys. północnokoreańskich żołnierzy zginęło lub zostało rannych", claimedBy: [uk-ministry-of-defence]}
`)}`;

function files(): TextFile[] {
  const out: TextFile[] = [
    { path: 'ontology.yaml', content: ontology },
    { path: 'entities/all.yaml', content: ENTITIES },
    { path: 'relations/all.yaml', content: RELATIONS },
  ];
  for (const [id, [outlet, published, text]] of Object.entries(TEXTS))
    out.push(
      { path: `sources/${id}.txt`, content: text },
      { path: `sources/${id}.yaml`, content: `id: ${id}\ntitle: {pl: ${id}, en: ${id}}\nlanguage: pl\npublished: ${published}\noutlet: {id: ${outlet}, name: ${outlet}}\ntext: ${id}.txt\n` },
    );
  return out;
}

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
    expect(c).toMatchObject({ id: 'c-quantity-r-losses-mod-june-r-losses-nis-june', subject: 'nk-troops-kursk', type: 'SUFFERED', object: 'nk-troops-kursk-losses' });
    expect(c!.sides.map((s) => [s.relation, s.value, s.claimedBy])).toEqual([
      ['r-losses-mod-june', '~6000 killed or wounded', ['uk-ministry-of-defence']],
      ['r-losses-nis-june', '4700 killed or wounded', ['south-korean-intelligence']],
    ]);
    expect(c!.sides[0]!.evidence.map((e) => [e.source, e.quote])).toEqual([
      ['alpha-june', 'około 6 tys. z nich zginęło lub zostało rannych'],
      ['gamma-copy', 'około 6 tys. z nich zginęło lub zostało rannych'],
    ]);
    expect(c!.sides[1]!.evidence[0]).toMatchObject({ source: 'beta-june', outlet: 'beta', quote: 'Wywiad Korei Południowej szacuje straty na 4,7 tys. zabitych i rannych.' });
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
    expect(Object.keys(json)).toEqual(['id', 'from', 'to', 'type', 'qualifiers', 'factuality', 'status', 'polarity', 'claimedBy', 'corroboration', 'conflicts', 'evidence']);
    expect(Object.keys(json.evidence[0]!)).toEqual(['source', 'outlet', 'quote', 'start', 'end', 'sentence', 'claimedBy', 'factuality']);
    expect(json.qualifiers.quantity).toEqual({ value: 4700, precision: 'exact', unit: { pl: 'zabici lub ranni', en: 'killed or wounded' }, basis: 'text' });
  });
});

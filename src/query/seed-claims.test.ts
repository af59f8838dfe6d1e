// The seed article's claims (graph/CLAIMS.md), one test each, asserted through the query
// API with the names an analyst would type and the quote that must ground each claim.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../compile/graph.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import type { BuiltSource } from '../model/types.ts';
import { builtSources } from '../compile/outputs.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { KnowledgeGraph, type RelationFilter, type RelationView } from './index.ts';

let kg: KnowledgeGraph;
let source: BuiltSource;

beforeAll(async () => {
  const result = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  kg = new KnowledgeGraph(buildGraph(result.value));
  source = builtSources(result.value).find((s) => s.id === 'seed-kp-kursk-2025')!;
});

const id = (name: string) => {
  const e = kg.findEntity(name);
  if (!e) throw new Error(`no entity for "${name}"`);
  return e.id;
};

/** The single relation matching the filter (names resolved), checked against its quote. */
function claim(filter: Omit<RelationFilter, 'from' | 'to'> & { from?: string; to?: string }, quote: string): RelationView {
  const found = kg.relations({ ...filter, from: filter.from && id(filter.from), to: filter.to && id(filter.to) });
  expect(found, JSON.stringify(filter)).toHaveLength(1);
  const r = found[0]!;
  expect(r.evidence.map((e) => e.quote).join(' … ')).toContain(quote);
  for (const e of r.evidence) {
    expect(e.source).toBe(source.id);
    expect(source.text.slice(e.start, e.end).replace(/\s+/g, ' ')).toBe(e.quote.replace(/\s+/g, ' '));
  }
  return r;
}

describe('the seed article, claim by claim', () => {
  it('1. North Korea decided to send a contingent to Russia', () => {
    const decided = claim({ from: 'Korea Północna', type: 'DECIDED' }, 'Korea Północna zdecydowała się na wysłanie do Rosji');
    expect(decided).toMatchObject({ factuality: 'certain', status: 'occurred', claimedBy: [] });
    expect(claim({ from: decided.to, type: 'DEPLOYED_TO', to: 'Rosji' }, 'wysłanie do Rosji')).toMatchObject({
      factuality: 'certain',
      status: 'planned',
      claimedBy: [id('Szojgu')],
    });
  });

  it('2. of 1,000 sappers and 5,000 military builders', () => {
    const sappers = claim({ from: 'saperów', type: 'PART_OF' }, '1 tys. saperów');
    expect(sappers.qualifiers.quantity).toEqual({
      value: 1000,
      precision: 'approximate',
      unit: { pl: 'saperzy', en: 'sappers' },
      unitForms: { pl: { one: 'saper', few: 'saperzy', many: 'saperów' }, en: { one: 'sapper', other: 'sappers' } },
      basis: 'text',
    });
    const builders = claim({ from: 'budowniczych wojskowych', type: 'PART_OF' }, '5 tys. budowniczych wojskowych');
    expect(builders.qualifiers.quantity).toMatchObject({ value: 5000, precision: 'approximate', basis: 'text' });
    expect(sappers.to).toBe(builders.to);
  });

  it('3. whose main task is demining and rebuilding in Kursk Oblast', () => {
    const contingent = kg.relations({ from: id('kim'), type: 'DECIDED' })[0]!.to;
    const r = claim({ from: contingent, type: 'DEPLOYED_TO', to: 'obwodzie kurskim' }, 'rozminowanie oraz odbudowa infrastruktury w obwodzie kurskim');
    expect(r.qualifiers.purpose?.en).toMatch(/demining/);
    expect(r.claimedBy).toEqual([id('Szojgu')]);
  });

  it('4. announced by Shoigu, Secretary of the Security Council, after talks in Pyongyang', () => {
    const contingent = kg.relations({ from: id('kim'), type: 'DECIDED' })[0]!.to;
    const r = claim({ from: 'Siergieja Szojgu', type: 'ANNOUNCED', to: contingent }, 'ogłoszone przez sekretarza Rady Bezpieczeństwa Rosji');
    expect(r.qualifiers).toMatchObject({ time: { value: '2025-06-17', basis: 'metadata' }, place: { value: id('Pjongjangu'), basis: 'inferred' } });
    // The announcement is one step from the talks it followed.
    expect(kg.neighbours('kursk-deployment-agreement-2025').map((n) => n.entity)).toContain(
      kg.relations({ from: id('Szojgu'), type: 'PARTICIPATED_IN' }).find((x) => x.qualifiers.time)!.to,
    );
    expect(claim({ from: 'szojgu', type: 'HOLDS_OFFICE' }, 'sekretarza Rady Bezpieczeństwa Rosji').to).toBe(id('Rady Bezpieczeństwa Rosji'));
  });

  it('5. the decision was taken by Kim Jong Un, leader of North Korea', () => {
    claim({ from: 'Kim Dzong Una', type: 'DECIDED' }, 'Decyzja o wysłaniu kontyngentu została podjęta przez przywódcę Korei Północnej, Kim Dzong Una.');
    claim({ from: 'Kim Dzong Una', type: 'LEADS', to: 'KRLD' }, 'przywódcę Korei Północnej');
  });

  it('6. sappers demine, builders rebuild destroyed infrastructure', () => {
    expect(claim({ from: 'saperów', type: 'DEPLOYED_TO' }, 'rozminowywanie terytorium').qualifiers.purpose?.en).toMatch(/demining/);
    expect(claim({ from: 'budowniczych wojskowych', type: 'DEPLOYED_TO' }, 'odbudowie zniszczonych obiektów infrastrukturalnych').to).toBe(id('obwód kurski'));
  });

  it("7. the agreement immortalises the KPA soldiers' heroic deed", () => {
    const r = claim({ from: 'Armii Koreańskiej Republiki Ludowo-Demokratycznej', type: 'FOUGHT_IN' }, 'brali udział w działaniach bojowych');
    expect(r.factuality).toBe('certain');
    const provides = kg.relations({ type: 'PROVIDES_FOR' }).filter((x) => x.evidence.some((e) => e.quote.includes('uwiecznienie bohaterskiego czynu')));
    expect(provides.length).toBeGreaterThanOrEqual(1);
  });

  it('8. Shoigu announced places of remembrance in Russia and the DPRK', () => {
    const r = claim({ from: 'Szojgu', type: 'ANNOUNCED', to: 'miejsca pamięci' }, 'Szojgu zapowiedział otwarcie w Rosji i KRLD miejsc pamięci');
    const places = kg.relations({ from: r.to, type: 'LOCATED_IN' }).map((x) => x.to);
    expect(places.sort()).toEqual([id('KRLD'), id('Rosja')].sort());
  });

  it('9. and a memorial complex with a museum in Pyongyang', () => {
    const r = claim({ from: 'Szojgu', type: 'ANNOUNCED', to: 'kompleks memorialny' }, 'kompleksu memorialnego z muzeum');
    expect(kg.relations({ from: r.to, type: 'LOCATED_IN' }).map((x) => x.to)).toEqual([id('Pjongjang')]);
    expect(kg.entity(r.to)!.attributes.includesMuseum).toBe(true);
  });

  it('10. the basis of the cooperation is the strategic partnership treaty', () => {
    const contingent = kg.relations({ from: id('kim'), type: 'DECIDED' })[0]!.to;
    claim({ from: contingent, type: 'BASED_ON', to: 'traktat o wszechstronnym partnerstwie strategicznym' }, 'Podstawą dla tej współpracy jest traktat');
  });

  it('11. signed by Kim Jong Un and Putin in June 2024 in Pyongyang', () => {
    for (const who of ['Kim Dzong Una', 'Władimira Putina']) {
      const r = claim({ from: who, type: 'SIGNED' }, 'podpisany przez Kim Dzong Una i rosyjskiego przywódcę Władimira Putina');
      expect(r.qualifiers).toMatchObject({ time: { value: '2024-06-19', basis: 'metadata' }, place: { value: id('Pjongjangu'), basis: 'text' } });
    }
  });

  it('12. ratified in November 2024', () => {
    const r = claim({ type: 'CONCERNS', to: 'traktat o wszechstronnym partnerstwie strategicznym' }, 'ratyfikowany w listopadzie');
    expect(r.qualifiers.time).toMatchObject({ value: '2024-11', basis: 'metadata' });
  });

  it("13. the new contingent is another stage of Pyongyang's support for Moscow", () => {
    claim({ from: 'Korea Północna', type: 'SUPPORTS', to: 'Moskwy' }, 'kolejny etap wsparcia Pjongjangu dla Moskwy');
  });

  it('14. at least 11,000 soldiers were sent earlier to Kursk Oblast under the same treaty', () => {
    const sent = claim({ from: 'KRLD', type: 'SENT' }, 'co najmniej 11 tys. żołnierzy');
    expect(sent.qualifiers.quantity).toMatchObject({ value: 11000, precision: 'at-least' });
    claim({ from: sent.to, type: 'DEPLOYED_TO', to: 'obwodu kurskiego' }, 'do obwodu kurskiego skierowano');
    claim({ from: sent.to, type: 'BASED_ON' }, 'na mocy tego samego traktatu');
    claim({ from: sent.to, type: 'SUPPORTS', to: 'rosyjskiej armii' }, 'wsparcia rosyjskiej armii w walkach z wojskami ukraińskimi');
  });

  it('15. about 6,000 of them killed or wounded, per the UK Ministry of Defence', () => {
    const r = claim({ type: 'SUFFERED', claimedBy: id('Brytyjski resort obrony') }, 'około 6 tys. z nich zginęło lub zostało rannych');
    expect(r).toMatchObject({
      factuality: 'certain',
      claimedBy: [id('Brytyjski resort obrony')],
      qualifiers: { quantity: { value: 6000, precision: 'approximate', basis: 'text' } },
    });
  });

  it('16. second meeting with Kim in two weeks, third in three months', () => {
    claim({ from: 'Szojgu', type: 'MET_WITH', to: 'Kim Dzong Unem' }, 'drugim spotkaniem z Kim Dzong Unem');
    const meetings = kg.neighbours(id('Kim Dzong Un'), { direction: 'out', types: ['PARTICIPATED_IN'] }).map((n) => kg.entity(n.entity)!);
    expect(meetings.filter((m) => m.type === 'Meeting' && kg.relations({ from: id('Szojgu'), to: m.id, type: 'PARTICIPATED_IN' }).length)).toHaveLength(3);
  });

  it('17. Shoigu came "after receiving special instructions" from Putin, per Russian media', () => {
    const r = claim({ from: 'Putina', type: 'INSTRUCTED', to: 'Szojgu' }, 'po otrzymaniu specjalnych instrukcji');
    expect(r).toMatchObject({ factuality: 'certain', claimedBy: [id('rosyjskich mediów')] });
    expect(r.evidence[0]!.claimedBy).toEqual([id('rosyjskich mediów')]);
  });

  it('18. Kim promised "unconditional" support (June 2025 reports)', () => {
    const r = claim({ from: 'Kim Dzong Un', type: 'PROMISED_SUPPORT', to: 'Rosji' }, 'obiecał "bezwarunkowe" wsparcie');
    expect(r).toMatchObject({ factuality: 'underspecified', status: 'promised', claimedBy: [], qualifiers: { time: { value: '2025-06', basis: 'metadata' } } });
  });

  it('19. speculation: the visits may prepare a Kim–Putin anniversary meeting', () => {
    const r = claim({ from: 'Szojgu', type: 'PREPARES' }, 'Spekulowano również');
    expect(r.factuality).toBe('possible');
    expect(
      kg
        .relations({ to: r.to, type: 'PARTICIPATED_IN' })
        .map((x) => x.from)
        .sort(),
    ).toEqual([id('Kim'), id('Putin')].sort());
  });

  it('20. North Korea supplies weapons to Russia, per intelligence in Seoul and Washington', () => {
    const r = claim({ from: 'Korea Północna', type: 'SUPPLIES' }, 'dostarcza Rosji uzbrojenie');
    expect(r.factuality).toBe('certain');
    expect(r.claimedBy.map((a) => kg.relations({ from: a, type: 'LOCATED_IN' })[0]!.to).sort()).toEqual([id('Seulu'), id('Waszyngtonie')].sort());
  });

  it('21. in exchange it probably receives advanced technologies for its arsenal', () => {
    const r = claim({ from: 'Korea Północna', type: 'RECEIVES' }, 'W zamian prawdopodobnie otrzymuje zaawansowane technologie');
    expect(r.factuality).toBe('probable');
    claim({ from: r.to, type: 'IMPROVES' }, 'usprawnić jej arsenał nuklearny i rakietowy');
  });

  it('walks from Kim Jong Un through the contingent to Kursk Oblast and to Shoigu', () => {
    expect(kg.shortestPath(id('Kim Dzong Un'), id('obwód kurski'), { directed: true })?.nodes).toEqual([
      'kim-jong-un',
      'kursk-contingent-2025',
      'kursk-oblast',
    ]);
    const toShoigu = kg.shortestPath(id('Kim Dzong Un'), id('Szojgu'))!;
    expect(toShoigu.edges.length).toBeGreaterThanOrEqual(1);
    expect(kg.relations({ to: 'kursk-contingent-2025', type: 'ANNOUNCED' }).map((r) => r.from)).toEqual(['sergei-shoigu']);
  });

  it('finds entities by inflected, lower-case or unaccented names', () => {
    expect(id('szojgu')).toBe('sergei-shoigu');
    expect(id('Kim Dzong Unem')).toBe('kim-jong-un');
    expect(id('kim dzong una')).toBe('kim-jong-un');
    expect(id('PUTINA')).toBe('vladimir-putin');
    expect(id('korei polnocnej')).toBe('north-korea');
  });

  it('has no entity without a relation', () => {
    for (const node of kg.graph.nodes()) expect(kg.graph.degree(node), node).toBeGreaterThan(0);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/load.ts';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import type { KnowledgeBase } from '../model/types.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { extract, type Draft } from './extract.ts';
import { buildLinker } from './linker.ts';

const TEXT = `Gierasimow w Pjongjangu

Szef Sztabu Generalnego Rosji Walerij Gierasimow spotkał się we wtorek w Pjongjangu z Kim Dzong Unem. Według agencji KCNA Korea Północna wyśle do Rosji około 2 tys. saperów. Gierasimow zapowiedział budowę pomnika w obwodzie kurskim.`;

const lemmatizer = testLemmatizer();
let kb: KnowledgeBase;
let draft: Draft;
beforeAll(async () => {
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
  if (!loaded.ok) throw new Error('graph/ does not validate');
  kb = loaded.value.kb;
  draft = extract(TEXT, { published: '2025-07-03', sourceId: 'test-article' }, buildLinker(lemmatizer, unknowing(kb), kb.ontology)).draft;
});

// The test articles bring Gerasimov, KCNA, TASS and the NIS as entities new to the
// knowledge base. graph/ knows them since its story sources, so these tests link against
// graph/ without them; 'links known entities' checks that graph/ itself links Gerasimov.
const NEW_HERE = new Set(['valery-gerasimov', 'kcna', 'tass', 'nis']);
const unknowing = (base: KnowledgeBase) => base.entities.filter((e) => !NEW_HERE.has(e.id));

const entity = (id: string) => draft.entities.find((e) => e.id === id);
const relation = (from: string, type: string, to: string) => draft.relations.find((r) => r.from === from && r.type === type && r.to === to);

describe('extract', () => {
  it('links known entities through inflected forms', () => {
    expect(entity('kim-jong-un')).toMatchObject({ known: true, mentions: [{ text: 'Kim Dzong Unem' }] });
    expect(entity('pyongyang')?.known).toBe(true);
    expect(entity('kursk-oblast')?.mentions.map((m) => m.text)).toEqual(['obwodzie kurskim']);
    const full = extract(TEXT, { published: '2025-07-03', sourceId: 'test-article' }, buildLinker(lemmatizer, kb.entities, kb.ontology)).draft;
    expect(full.entities.find((e) => e.id === 'valery-gerasimov')).toMatchObject({
      known: true,
      mentions: [{ text: 'Gierasimow' }, { text: 'Walerij Gierasimow' }, { text: 'Gierasimow' }],
    });
  });

  it('proposes new entities, one per referent, with names in both languages', () => {
    const g = entity('valery-gerasimov');
    expect(g).toMatchObject({ type: 'Person', known: false, names: { pl: 'Walerij Gierasimow', en: 'Valery Gerasimov' } });
    expect(g!.mentions.map((m) => m.text)).toEqual(['Gierasimow', 'Walerij Gierasimow', 'Gierasimow']);
    expect(entity('kcna')).toMatchObject({ type: 'Media', names: { pl: 'KCNA' } });
    expect(draft.entities.find((e) => e.type === 'Organization')?.names.pl).toBe('Sztab Generalny Rosji');
    for (const e of draft.entities) for (const m of e.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds relations with their arguments, dates and places', () => {
    expect(relation('valery-gerasimov', 'MET_WITH', 'kim-jong-un')).toMatchObject({
      factuality: 'certain',
      status: 'occurred',
      qualifiers: { time: { value: '2025-07-01' }, place: { value: 'pyongyang' } },
    });
    const staff = draft.entities.find((e) => e.type === 'Organization')!.id;
    expect(relation('valery-gerasimov', 'HOLDS_OFFICE', staff)?.qualifiers.role?.en).toBe('head');
    expect(relation(staff, 'PART_OF', 'russia')).toBeDefined();
  });

  it('keeps who claims what and how firmly', () => {
    const contingent = draft.entities.find((e) => e.type === 'Contingent')!;
    expect(contingent.names.en).toBe('about 2,000 sappers');
    expect(relation(contingent.id, 'DEPLOYED_TO', 'russia')).toMatchObject({
      factuality: 'certain',
      claimedBy: ['kcna'],
      qualifiers: { quantity: { value: 2000, precision: 'approximate', basis: 'text' } },
    });
    // "wyśle" is a plan, not a sending that happened.
    expect(relation('north-korea', 'SENT', contingent.id)).toBeUndefined();
    const monument = draft.entities.find((e) => e.type === 'Memorial')!;
    expect(relation('valery-gerasimov', 'ANNOUNCED', monument.id)).toMatchObject({ factuality: 'certain', status: 'occurred' });
    expect(relation(monument.id, 'LOCATED_IN', 'kursk-oblast')).toMatchObject({ factuality: 'certain', status: 'planned', claimedBy: ['valery-gerasimov'] });
    // Each quote carries its own claim, as the knowledge base writes it.
    expect(relation(monument.id, 'LOCATED_IN', 'kursk-oblast')!.evidence[0]).toMatchObject({
      claimedBy: ['valery-gerasimov'],
      factuality: 'certain',
      status: 'planned',
    });
  });

  it('quotes the article verbatim, with offsets', () => {
    for (const r of draft.relations) for (const e of r.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
    expect(new Set(draft.relations.map((r) => r.id)).size).toBe(draft.relations.length);
  });

  it('keeps one entity per outlet or agency, with its acronym', () => {
    const text = 'Agencja KCNA i agencja TASS podały to samo. Według KCNA Narodowa Służba Wywiadowcza (NIS) Korei Południowej myli się, a NIS zaprzecza.';
    const d = extract(text, { published: '2025-07-03' }, buildLinker(lemmatizer, unknowing(kb), kb.ontology)).draft;
    const media = d.entities.filter((e) => e.type === 'Media').map((e) => [e.names.pl, e.mentions.length]);
    expect(media).toEqual([
      ['KCNA', 2],
      ['TASS', 1],
    ]);
    const nis = d.entities.find((e) => e.aliases.includes('NIS'))!;
    expect(nis).toMatchObject({ type: 'Organization', names: { pl: 'Narodowa Służba Wywiadowcza Korei Południowej' } });
    expect(nis.mentions).toHaveLength(2);
    expect(d.relations.find((r) => r.from === nis.id && r.type === 'PART_OF')?.to).toBe('south-korea');
  });
});

import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase, Relation } from '../src/model/types.ts';
import { seedGold } from './gold.ts';

const entity = (id: string, pl: string): Entity => ({ id, type: 'Country', name: { pl, en: id }, aliases: [], attributes: {} });
const evidence = (source: string, claimedBy: string[] = [], factuality = 'certain') => ({
  source,
  quote: 'q',
  claimedBy,
  factuality,
  polarity: 'positive',
  status: 'occurred',
});
const relation = (id: string, subject: string, object: string, ...ev: ReturnType<typeof evidence>[]) =>
  ({ id, subject, type: 'ALLIED_WITH', object, qualifiers: {}, evidence: ev }) as unknown as Relation;

const kb = {
  sources: [
    { id: 'seed', text: 'Rosja i Korea Północna zawarły sojusz. Chiny milczą.', published: '2025-01-01', title: { pl: 's', en: 's' } },
    { id: 'other', text: 'Rosja i Iran.', published: '2025-02-01', title: { pl: 'o', en: 'o' } },
  ],
  entities: [entity('ru', 'Rosja'), entity('nk', 'Korea Północna'), entity('cn', 'Chiny'), entity('ir', 'Iran'), entity('us', 'USA')],
  relations: [relation('r1', 'ru', 'nk', evidence('other', [], 'probable'), evidence('seed', ['us'])), relation('r2', 'ru', 'ir', evidence('other'))],
} as unknown as KnowledgeBase;

describe('seedGold', () => {
  const gold = seedGold(kb, 'seed');
  it('holds only the relations the seed article evidences, with the claim of its own quote', () => {
    expect(gold.relations.map((r) => `${r.subject}-${r.object}`)).toEqual(['ru-nk']);
    expect(gold.relations[0]).toMatchObject({ factuality: 'certain', claimedBy: ['us'] });
  });
  it('holds the entities those relations involve and the others the article names, not the rest of the knowledge base', () => {
    expect(gold.entities.map((e) => e.id).sort()).toEqual(['cn', 'nk', 'ru', 'us']);
    expect(gold.entities.find((e) => e.id === 'us')!.mentions).toEqual([]);
  });
});

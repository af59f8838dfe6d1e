import { describe, expect, it } from 'vitest';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import { extract } from './extract.ts';
import { buildLinker } from './linker.ts';

const linker = buildLinker(testLemmatizer());
const draftOf = (text: string) => extract(text, { published: '2024-11-22', sourceId: 't' }, linker).draft;

describe('supply and transfer', () => {
  it('containers with what they hold, several goods coordinated, and the count are one delivery', () => {
    const draft = draftOf('Korea Północna dostarczyła Rosji ponad 10 tys. kontenerów z amunicją i sprzętem wojskowym.');
    const goods = draft.entities.filter((e) => e.type === 'Resource');
    expect(goods.map((e) => e.mentions.map((m) => m.text))).toEqual([['ponad 10 tys. kontenerów z amunicją i sprzętem wojskowym']]);
    const supplies = draft.relations.find((r) => r.type === 'SUPPLIES' && r.to === goods[0]!.id);
    expect(supplies).toMatchObject({ from: 'north-korea', qualifiers: { quantity: { value: 10000, precision: 'at-least' } } });
    expect(draft.relations.some((r) => r.type === 'RECEIVES' && r.from === 'russia' && r.to === goods[0]!.id)).toBe(true);
  });

  it('"wysłał" goods is a delivery', () => {
    const draft = draftOf('Pjongjang wysłał Rosji pierwsze kontenery z amunicją.');
    const goods = draft.entities.find((e) => e.type === 'Resource');
    expect(goods).toBeDefined();
    expect(draft.relations.some((r) => r.type === 'SUPPLIES' && r.from === 'north-korea' && r.to === goods!.id)).toBe(true);
  });

  it('"milion" is a count, and a headline word for the goods is not a town', () => {
    const draft = draftOf('Ropa za pociski\n\nRosja dostarczyła Korei Północnej ponad milion baryłek ropy.');
    expect(draft.entities.filter((e) => e.type === 'Place')).toEqual([]);
    const oil = draft.entities.find((e) => e.type === 'Resource');
    expect(oil?.mentions.map((m) => m.text)).toEqual(['ponad milion baryłek ropy']);
    expect(draft.relations.find((r) => r.type === 'SUPPLIES' && r.to === oil!.id)?.qualifiers.quantity).toMatchObject({ value: 1e6, precision: 'at-least' });
  });
});

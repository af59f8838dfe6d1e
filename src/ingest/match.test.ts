import { describe, expect, it } from 'vitest';
import type { Ontology, Relation } from '../model/types.ts';
import type { DraftRelation } from '../extract/relations.ts';
import { sameClaim } from './match.ts';

const ontology = { relationTypes: { VISITED: { repeatable: true }, PART_OF: {}, DEPLOYED_TO: {} } } as unknown as Ontology;
const relation = (type: string, qualifiers: Relation['qualifiers'] = {}): Relation => ({
  id: 'r',
  subject: 'a',
  type,
  object: 'b',
  basis: 'text',
  qualifiers,
  evidence: [],
});
const draft = (type: string, qualifiers: DraftRelation['qualifiers'] = {}) => ({ from: 'a', type, to: 'b', qualifiers }) as DraftRelation;
const time = (value: string) => ({ time: { value, basis: 'text' as const } });
const troops = (value: number) => ({ quantity: { value, precision: 'approximate' as const, basis: 'text' as const } });

describe('sameClaim', () => {
  it('needs the same subject, type and object', () => {
    expect(sameClaim(relation('PART_OF'), draft('PART_OF'), ontology)).toBe(true);
    expect(sameClaim(relation('PART_OF'), { ...draft('PART_OF'), to: 'c' }, ontology)).toBe(false);
    expect(sameClaim(relation('PART_OF'), draft('VISITED'), ontology)).toBe(false);
  });

  it('tells claims apart by a qualifier both give, whatever its basis', () => {
    expect(sameClaim(relation('DEPLOYED_TO', troops(10000)), draft('DEPLOYED_TO', troops(12000)), ontology)).toBe(false);
    expect(
      sameClaim(relation('DEPLOYED_TO', troops(10000)), draft('DEPLOYED_TO', { quantity: { ...troops(10000).quantity, basis: 'inferred' } }), ontology),
    ).toBe(true);
    expect(sameClaim(relation('DEPLOYED_TO', time('2024-11')), draft('DEPLOYED_TO'), ontology)).toBe(true);
  });

  it('keeps two visits apart unless their times agree', () => {
    expect(sameClaim(relation('VISITED', time('2025-06-17')), draft('VISITED', time('2025-06-17')), ontology)).toBe(true);
    expect(sameClaim(relation('VISITED', time('2025-06-17')), draft('VISITED', time('2025-03-21')), ontology)).toBe(false);
    expect(sameClaim(relation('VISITED', time('2025-06-17')), draft('VISITED'), ontology)).toBe(false);
    expect(sameClaim(relation('VISITED'), draft('VISITED'), ontology)).toBe(true);
  });
});

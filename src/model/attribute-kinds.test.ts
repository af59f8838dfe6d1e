import { describe, expect, test } from 'vitest';
import { attributeKinds } from './attribute-kinds.ts';
import type { AttributeValue } from './types.ts';

describe('attributeKinds', () => {
  test('numbers, kinds with few values, and nothing else', () => {
    const records: Array<Record<string, AttributeValue> | undefined> = [
      { population: 100, country: 'PL', founded: 1990, alive: true, name: 'a', constant: 1 },
      { population: 2500, country: 'KR', alive: false, name: 'b', constant: 1 },
      { population: 7, country: 'PL', name: 'c', constant: 1 },
      undefined,
      { population: 'unknown', country: 'PL', name: 'd' },
    ];
    // At most three values a kind: `name` has four, and `population`, a kind once a text is
    // among its numbers, too; `constant` and `founded` have one value each.
    expect(attributeKinds(records, 3)).toEqual([
      { key: 'alive', kind: 'category', distinct: 2, count: 2 },
      { key: 'country', kind: 'category', distinct: 2, count: 4 },
    ]);
    expect(attributeKinds(records, 4).map((k) => [k.key, k.kind])).toEqual([
      ['alive', 'category'],
      ['country', 'category'],
      ['name', 'category'],
      ['population', 'category'],
    ]);
  });

  test('a numeric attribute with several values can size; one value cannot', () => {
    const kinds = attributeKinds([{ n: 1, one: 5 }, { n: 2, one: 5 }, { n: 3 }]);
    expect(kinds).toEqual([{ key: 'n', kind: 'number', distinct: 3, count: 3 }]);
  });

  test('keys from data are plain names, even __proto__', () => {
    const record = JSON.parse('{"__proto__": "x", "constructor": 2}') as Record<string, string | number>;
    const kinds = attributeKinds([record, { ...record, constructor: 3 }]);
    expect(kinds.map((k) => [k.key, k.kind])).toEqual([
      ['__proto__', 'category'],
      ['constructor', 'number'],
    ]);
  });
});

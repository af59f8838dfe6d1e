import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/types.ts';
import { claimantsPhrase, count, pluralCategory, unitFor } from './grammar.ts';
import { attribution, formatQuantity } from './relations.ts';

const sp = (s: string) => s.replace(/\s/g, ' ');

describe('counts agree with their nouns', () => {
  it.each([
    [1, '1 źródło'],
    [2, '2 źródła'],
    [4, '4 źródła'],
    [5, '5 źródeł'],
    [12, '12 źródeł'],
    [22, '22 źródła'],
    [25, '25 źródeł'],
    [0, '0 źródeł'],
  ])('%i outlets in Polish: %s', (n, text) => expect(count('pl', 'outlets', n)).toBe(text));

  it('English has one and other', () => {
    expect([count('en', 'outlets', 1), count('en', 'outlets', 2), count('en', 'relations', 21)]).toEqual(['1 outlet', '2 outlets', '21 relations']);
  });

  it('a file read counts nodes and edges in their own forms, large numbers grouped', () => {
    expect([count('pl', 'nodes', 1), count('pl', 'nodes', 3), count('pl', 'edges', 1), count('pl', 'edges', 7)]).toEqual([
      '1 węzeł',
      '3 węzły',
      '1 krawędź',
      '7 krawędzi',
    ]);
    expect(sp(count('pl', 'entities', 50000))).toBe('50 000 encji');
    expect(pluralCategory('pl', 1.5)).toBe('other');
  });
});

describe('quantities', () => {
  const killed = { pl: 'zabici', en: 'killed' };
  const forms = { pl: { one: 'zabity', few: 'zabici', many: 'zabitych' }, en: { one: 'killed', other: 'killed' } };
  it.each([
    [1, 'exact', '1 zabity'],
    [3, 'exact', '3 zabici'],
    [600, 'approximate', '≈ 600 zabitych'],
    [1022, 'at-least', '≥ 1022 zabici'],
    [11000, 'approximate', '≈ 11 000 zabitych'],
  ] as const)('%i (%s) → %s', (value, precision, text) => {
    expect(sp(formatQuantity({ value, precision, unit: killed, unitForms: forms, basis: 'text' }, 'pl'))).toBe(text);
  });

  it('without forms for the category the unit is kept as written', () => {
    expect(unitFor({ value: 600, unit: killed }, 'pl')).toBe('zabici');
    expect(unitFor({ value: 600, unit: killed, unitForms: { en: { other: 'killed' } } }, 'pl')).toBe('zabici');
    expect(unitFor({ value: 600 }, 'pl')).toBe('');
  });
});

describe('claimants', () => {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const entity = (id: string, pl: string, en: string, genitive?: string) =>
    graph.addNode(id, {
      label: pl,
      x: 0,
      y: 0,
      size: 1,
      color: '#000000',
      entityType: 'Organization',
      name: { pl, en },
      ...(genitive ? { genitive: { pl: genitive } } : {}),
      aliases: [],
      attributes: {},
      pagerank: 0,
      degree: 0,
    });
  entity('uk-mod', 'Ministerstwo Obrony Wielkiej Brytanii', 'UK Ministry of Defence', 'Ministerstwa Obrony Wielkiej Brytanii');
  entity('russian-media', 'media rosyjskie', 'Russian media', 'rosyjskich mediów');
  entity('reuters', 'Reuters', 'Reuters');

  it('Polish puts them in the genitive after "według"', () => {
    expect(attribution(graph, ['uk-mod'], 'pl')).toBe('według Ministerstwa Obrony Wielkiej Brytanii');
    expect(attribution(graph, ['russian-media', 'uk-mod'], 'pl')).toBe('według rosyjskich mediów, Ministerstwa Obrony Wielkiej Brytanii');
  });

  it('English keeps the names', () => {
    expect(attribution(graph, ['russian-media'], 'en')).toBe('according to Russian media');
  });

  it('a claimant without a genitive never follows "według" in the nominative', () => {
    expect(attribution(graph, ['reuters', 'uk-mod'], 'pl')).toBe('Kto twierdzi: Reuters, Ministerstwo Obrony Wielkiej Brytanii');
    expect(claimantsPhrase('pl', [{ name: 'X' }])).not.toMatch(/^według/);
  });

  it('no claimants, no phrase', () => expect(attribution(graph, [], 'pl')).toBe(''));
});

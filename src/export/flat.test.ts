import { describe, expect, it } from 'vitest';
import { ColumnSet, columnId, decodeKey, encodeKey, parseColumnId, rowValues, columnIndex, setPath } from './flat.ts';

describe('the flat encoding', () => {
  it.each([
    ['name', 'name'],
    ['dotted.key', 'dotted_x002E_key'],
    ['spaced key', 'spaced_x0020_key'],
    ['snake_case', 'snake_case'],
    ['_x0041_', '_x005F_x0041_'],
    ['ł', '_x0142_'],
    ['😀', '_x1F600_'],
    ['a:json', 'a_x003A_json'],
  ])('escapes the key %j as %j and back', (key, encoded) => {
    expect(encodeKey(key)).toBe(encoded);
    expect(decodeKey(encoded)).toBe(key);
  });

  it.each([
    [{ n: 1 }, 'n', 'integer', false],
    [{ n: 2 ** 40 }, 'n', 'long', false],
    [{ n: 2 ** 60 }, 'n', 'double', false],
    [{ n: 0.5 }, 'n', 'double', false],
    [{ n: true }, 'n', 'boolean', false],
    [{ n: 'x' }, 'n', 'string', false],
    [{ n: [1] }, 'n:json', 'string', true],
    [{ n: {} }, 'n:json', 'string', true],
    [{ n: null }, 'n:json', 'string', true],
    [{ n: { pl: 'a' } }, 'n.pl', 'string', false],
  ])('types %j as the column %s (%s)', (attributes, id, type, json) => {
    const set = new ColumnSet();
    set.observe(attributes);
    expect(set.columns()).toEqual([{ id, title: id.replace(':json', ''), path: id.replace(':json', '').split('.'), type, json }]);
  });

  it('widens numbers across elements and turns a path of mixed kinds into JSON', () => {
    const set = new ColumnSet();
    for (const a of [
      { n: 1, m: 1, s: 'a' },
      { n: 1.5, m: 'one', s: 'b' },
    ])
      set.observe(a);
    const columns = set.columns();
    expect(columns.map((c) => [c.id, c.type])).toEqual([
      ['n', 'double'],
      ['m:json', 'string'],
      ['s', 'string'],
    ]);
    expect(rowValues({ n: 1, m: 'one', s: 'b' }, columnIndex(columns)).map(([c, v]) => [c.id, v])).toEqual([
      ['n', '1'],
      ['m:json', '"one"'],
      ['s', 'b'],
    ]);
  });

  it("reads another tool's columns by their title, ours by their path", () => {
    expect(parseColumnId(columnId(['qualifiers', 'quantity', 'value'], false), 'qualifiers.quantity.value')).toEqual({
      path: ['qualifiers', 'quantity', 'value'],
      json: false,
    });
    expect(parseColumnId('aliases:json', 'aliases')).toEqual({ path: ['aliases'], json: true });
    expect(parseColumnId('0', 'Modularity Class')).toBeNull();
    expect(parseColumnId('d3', 'weight')).toBeNull();
  });

  it('reads own keys only, and takes null-prototype objects for the plain objects they are', () => {
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { pl: 'a', en: 'b' });
    const attributes = Object.assign(Object.create({ polluted: 'x' }) as Record<string, unknown>, { own: 1, name: nullProto });
    const set = new ColumnSet();
    set.observe(attributes);
    expect(set.columns().map((c) => c.id)).toEqual(['own', 'name.pl', 'name.en']);
    expect(rowValues(attributes, columnIndex(set.columns())).map(([c, v]) => [c.id, v])).toEqual([
      ['own', '1'],
      ['name.pl', 'a'],
      ['name.en', 'b'],
    ]);
  });

  it('sets "__proto__" and "constructor" on the way as own keys', () => {
    const target: Record<string, unknown> = {};
    setPath(target, ['__proto__', 'polluted'], true);
    setPath(target, ['constructor', 'prototype', 'polluted'], true);
    expect(Object.keys(target)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
  });
});

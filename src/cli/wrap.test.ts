import { describe, expect, it } from 'vitest';
import { fitColumns, fittedTable, outputWidth, wrap } from './wrap.ts';

describe('wrap', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const text = 'Korea Północna wyśle do obwodu kurskiego tysiąc saperów i pięć tysięcy budowniczych wojskowych';
    const lines = wrap(text, 20);
    expect(lines.every((l) => [...l].length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines[0]).toBe('Korea Północna wyśle');
  });
  it('cuts a word longer than the line, and keeps line breaks of the text', () => {
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrap('one\ntwo', 10)).toEqual(['one', 'two']);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(wrap('𝔸𝔹ℂ 𝔻', 3)).toEqual(['𝔸𝔹ℂ', '𝔻']);
  });
});

describe('fitted tables', () => {
  const header = ['FROM', 'TYPE', 'TO'];
  const rows = [['Siergiej Szojgu, sekretarz Rady Bezpieczeństwa Rosji', 'ANNOUNCED', 'Korea Północna']];
  it('fit the width, wrapping the widest cells', () => {
    const t = fittedTable(header, rows, 42);
    for (const line of [...t.head, ...t.rows.flat()]) expect([...line].length).toBeLessThanOrEqual(42);
    expect(t.rows[0]!.length).toBeGreaterThan(1);
    expect(t.rows[0]![0]).toMatch(/^Siergiej\b.*ANNOUNCED\s+Korea Północna$/);
    const [w] = fitColumns(header, rows, 42);
    const firstColumn = t.rows[0]!.map((l) => l.slice(0, w).trim()).join(' ');
    expect(firstColumn).toBe(rows[0]![0]);
  });
  it('cut words only when the width leaves no other way', () => {
    const t = fittedTable(header, rows, 30);
    for (const line of [...t.head, ...t.rows.flat()]) expect([...line].length).toBeLessThanOrEqual(30);
  });
  it('become records, a line per column, where no table fits', () => {
    const t = fittedTable(['FROM', 'FACTUALITY', 'STATUS', 'OUTLETS'], [['Kim Jong Un', 'certain', 'occurred', '1']], 24);
    expect(t.head).toEqual([]);
    expect(t.rows[0]).toEqual(['FROM:       Kim Jong Un', 'FACTUALITY: certain', 'STATUS:     occurred', 'OUTLETS:    1']);
  });
  it('leave a table that fits as it is', () => {
    expect(fitColumns(header, [['a', 'b', 'c']], 80)).toEqual([4, 4, 2]);
    expect(fittedTable(header, [['a', 'b', 'c']], 80).rows).toEqual([['a     b     c']]);
  });
  it('take the width of the terminal, else $COLUMNS, else 100', () => {
    expect(outputWidth(132, {})).toBe(132);
    expect(outputWidth(undefined, { COLUMNS: '90' })).toBe(90);
    expect(outputWidth(undefined, {})).toBe(100);
    expect(outputWidth(0, { COLUMNS: 'wide' })).toBe(100);
  });
});

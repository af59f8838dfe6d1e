import { describe, expect, it } from 'vitest';
import { nfcWithMap } from './nfc-map.ts';

describe('nfcWithMap', () => {
  it('leaves NFC text as it is', () => {
    const m = nfcWithMap('Szojgu przybył');
    expect(m.text).toBe('Szojgu przybył');
    expect(m.toOriginal(7)).toBe(7);
  });

  it('maps spans of the NFC text back onto the NFD original', () => {
    const original = 'Pjongjang i obwód kurski'.normalize('NFD');
    const m = nfcWithMap(original);
    expect(m.text).toBe('Pjongjang i obwód kurski');
    const start = m.text.indexOf('obwód');
    const end = start + 'obwód'.length;
    expect(original.slice(m.toOriginal(start), m.toOriginal(end))).toBe('obwód'.normalize('NFD'));
    expect(m.toOriginal(m.text.length)).toBe(original.length);
  });
});

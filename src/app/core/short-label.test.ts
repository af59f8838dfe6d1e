import { describe, expect, it } from 'vitest';
import { shortLabel } from './short-label.ts';

describe('shortLabel', () => {
  it('keeps short names whole', () => {
    expect(shortLabel('Kim Dzong Un')).toBe('Kim Dzong Un');
  });

  it('uses a trailing acronym', () => {
    expect(shortLabel('Wielostronny Zespół Monitorowania Sankcji (MSMT)')).toBe('MSMT');
  });

  it('drops asides, then cuts after a whole word, never on a preposition', () => {
    const short = shortLabel('Wcześniejsze spotkanie Szojgu z Kim Dzong Unem (w ciągu trzech miesięcy przed 17 czerwca 2025)');
    expect(short).toBe('Wcześniejsze spotkanie Szojgu…');
    expect(shortLabel('Porozumienie z czerwca 2025 r. o wysłaniu saperów')).toBe('Porozumienie z czerwca 2025…');
    expect(shortLabel('Traktat o wszechstronnym partnerstwie strategicznym między Rosją a KRLD').length).toBeLessThanOrEqual(30);
  });

  it('is the same for the same name', () => {
    const name = 'Północnokoreański kontyngent saperów i budowniczych do obwodu kurskiego (2025)';
    expect(shortLabel(name)).toBe(shortLabel(name));
  });
});

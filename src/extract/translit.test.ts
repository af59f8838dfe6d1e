import { describe, expect, it } from 'vitest';
import { slug, transliterate } from './translit.ts';

describe('transliterate', () => {
  it.each([
    ['Siergiej Ławrow', 'Sergei Lavrov'],
    ['Siergiej Szojgu', 'Sergei Shoigu'],
    ['Kim Dzong Un', 'Kim Jong Un'],
    ['Pjongjang', 'Pyongyang'],
    ['Władimir Putin', 'Vladimir Putin'],
    ['Walerij Gierasimow', 'Valery Gerasimov'],
    ['Czoe Son Hui', 'Choe Son Hui'],
    ['Jens Stoltenberg', 'Jens Stoltenberg'],
  ])('%s -> %s', (pl, en) => {
    expect(transliterate(pl)).toBe(en);
  });

  it('makes kebab-case ids', () => {
    expect(slug('Sergei Lavrov')).toBe('sergei-lavrov');
    expect(slug('Służba Bezpieczeństwa Ukrainy (SBU)')).toBe('sluzba-bezpieczenstwa-ukrainy-sbu');
  });
});

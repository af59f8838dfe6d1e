import { describe, expect, it } from 'vitest';
import type { RelationView } from '../query/index.ts';
import { relationsTable } from './format.ts';

const relation = {
  id: 'r-shoigu-announced',
  from: 'shoigu',
  to: 'contingent',
  type: 'ANNOUNCED',
  qualifiers: { quantity: { value: 6000, precision: 'exact', unit: { pl: 'żołnierzy', en: 'troops' } } },
  factuality: 'certain',
  status: 'occurred',
  polarity: 'positive',
  basis: 'text',
  claimedBy: ['ria'],
  corroboration: { independentOutlets: 2 },
  conflicts: [],
  evidence: [
    {
      source: 'seed',
      outlet: 'pap',
      quote: 'Porozumienie w tej sprawie zostało ogłoszone przez sekretarza Rady Bezpieczeństwa Rosji, Siergieja Szojgu, po jego rozmowach w Pjongjangu.',
      start: 236,
      end: 374,
      sentence: 2,
      claimedBy: ['ria'],
      factuality: 'certain',
      polarity: 'positive',
      status: 'occurred',
    },
  ],
} as unknown as RelationView;

const names: Record<string, { pl: string; en: string }> = {
  shoigu: { pl: 'Siergiej Szojgu', en: 'Sergei Shoigu' },
  contingent: { pl: 'kontyngent saperów', en: 'contingent of sappers' },
  ria: { pl: 'RIA Nowosti', en: 'RIA Novosti' },
};

describe('the relations table', () => {
  it('wraps a long quote under its opening mark, with where it is and who claims it after it', () => {
    const text = relationsTable([relation], { width: 60, lang: 'pl', nameOf: (id) => names[id]?.pl ?? id });
    const lines = text.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    const first = lines.findIndex((l) => l.startsWith('    „'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
    expect(text).toMatch(/Pjongjangu\.”\n {6}— seed 236–374; by RIA Nowosti; certain$/m);
    expect(text).toMatch(/quantity=6000 żołnierzy/);
    const wide = relationsTable([relation], { width: 120, lang: 'pl', nameOf: (id) => names[id]?.pl ?? id });
    expect(wide).toMatch(/^Siergiej Szojgu +ANNOUNCED +kontyngent saperów +certain +occurred +RIA Nowosti +2$/m);
  });

  it('speaks English names and units with lang en', () => {
    const text = relationsTable([relation], { width: 120, lang: 'en', nameOf: (id) => names[id]?.en ?? id });
    expect(text).toMatch(/^Sergei Shoigu +ANNOUNCED +contingent of sappers/m);
    expect(text).toMatch(/quantity=6000 troops/);
  });
});

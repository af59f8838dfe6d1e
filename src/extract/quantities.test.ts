import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.ts';
import { tokenize } from './tokens.ts';

const quantities = (text: string) => {
  const { tokens } = tokenize(text);
  return findQuantities(tokens).map((q) => ({ value: q.value, precision: q.precision, text: text.slice(q.start, q.end) }));
};

describe('findQuantities', () => {
  it.each([
    ['składający się z 1 tys. saperów', 1000, 'approximate', '1 tys.'],
    ['skierowano co najmniej 11 tys. żołnierzy', 11000, 'at-least', 'co najmniej 11 tys.'],
    ['około 6 tys. z nich zginęło', 6000, 'approximate', 'około 6 tys.'],
    ['straty sięgają 4,7 tys. żołnierzy', 4700, 'exact', '4,7 tys.'],
    ['ok. 3 tys. żołnierzy', 3000, 'approximate', 'ok. 3 tys.'],
    ['ponad 76 tys. ukraińskich żołnierzy', 76000, 'at-least', 'ponad 76 tys.'],
    ['niespełna 300 pocisków', 300, 'at-most', 'niespełna 300'],
    ['nie więcej niż 2 mln pocisków', 2e6, 'at-most', 'nie więcej niż 2 mln'],
    ['wysłano 1 000 żołnierzy', 1000, 'exact', '1 000'],
    ['tysiąc żołnierzy', 1000, 'exact', 'tysiąc'],
    ['dwóch północnokoreańskich wojskowych', 2, 'exact', 'dwóch'],
    ['miliony pocisków artyleryjskich', 1e6, 'at-least', 'miliony'],
    ['1,5 mln ton', 1.5e6, 'exact', '1,5 mln'],
    ['ponad milion baryłek ropy', 1e6, 'at-least', 'ponad milion'],
    ['miliard dolarów', 1e9, 'exact', 'miliard'],
  ])('%s', (text, value, precision, span) => {
    expect(quantities(text)[0]).toEqual({ value, precision, text: span });
  });
  it('reads "1 milion" as one quantity', () => {
    expect(quantities('dostarczyła 1 milion pocisków')).toEqual([{ value: 1e6, precision: 'approximate', text: '1 milion' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { defaultViewState } from './store.ts';
import { FULL_VIEW, TEST_CONTEXT } from './test-views.ts';
import { decodeState, encodeState } from './url.ts';

const ctx = TEST_CONTEXT;

describe('URL state', () => {
  test('round-trips a full view', () => {
    const state = FULL_VIEW;
    expect(decodeState(encodeState(state), ctx)).toEqual(state);
  });

  test.each([
    ['color=betweenness&size=attr:population', { colorBy: 'betweenness', sizeBy: 'attr:population' }],
    ['color=attr:country', { colorBy: 'attr:country' }],
    ['color=attr:population&size=betweenness&thick=certainty', { colorBy: 'attr:population', sizeBy: 'betweenness', edgeSizeBy: 'certainty' }],
  ] as const)('carries the appearance choice: %s', (query, expected) => {
    const state = decodeState(query, ctx);
    expect(state).toEqual({ ...defaultViewState(), ...expected });
    expect(decodeState(encodeState(state), ctx)).toEqual(state);
  });

  test('the default view has an empty query', () => {
    expect(encodeState(defaultViewState())).toBe('');
  });

  test.each([
    ['n=nobody', {}],
    ['e=r9&ev=2', {}],
    ['lang=de&size=huge', {}],
    ['ht=Alien&ht=Person&ht=Person', { filters: { ...defaultViewState().filters, entityTypes: ['Person'] } }],
    ['from=shoigu&to=ghost', {}],
    ['nb=kim&hops=5', {}],
    ['nb=ghost&hops=1', {}],
    ['nb=ghost&nb=kim&hops=1&orphans=yes', { neighbourhood: { around: ['kim'], hops: 1 } }],
    ['cam=1,2', {}],
    ['cam=0.5,0.5,-1', {}],
    ['cam=NaN,0,1', {}],
    ['e=r1&ev=-3', { selection: { kind: 'edge', id: 'r1', evidence: 0 } }],
    ['src=%3Cscript%3E', {}],
    ['hm=gamma&hm=alpha', { filters: { ...defaultViewState().filters, media: ['alpha'] } }],
    ['asof=2025-02-29', {}],
    ['asof=1900-02-29', {}],
    ['asof=2024-02-29', { asOf: '2024-02-29' }],
    ['asof=2025-6-1', {}],
    ['asof=2025-06-17T00:00', {}],
    ['period=2025-06-17,2024-10-01', {}],
    ['period=2024-10-01', {}],
    ['period=2024-10-01,2025-06-17,2025-07-01', {}],
    ['period=2024-10-01,2025-13-01', {}],
    ['period=2024-10-01,2025-06-17', { period: ['2024-10-01', '2025-06-17'] }],
    ['color=attr:unknown&size=attr:country&thick=wide', {}],
    ['color=attr:__proto__&size=attr:constructor', {}],
    ['color=rainbow&size=community', {}],
  ])('drops what does not fit the dataset: %s', (query, expected) => {
    expect(decodeState(query, ctx)).toEqual({ ...defaultViewState(), ...expected });
  });
});

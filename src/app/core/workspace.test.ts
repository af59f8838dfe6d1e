import { describe, expect, test } from 'vitest';
import { defaultViewState } from './store.ts';
import { FULL_VIEW, TEST_CONTEXT } from './test-views.ts';
import { readWorkspace, writeWorkspace } from './workspace.ts';

const ctx = TEST_CONTEXT;

const full = FULL_VIEW;

const SAVED = new Date('2026-01-02T03:04:05Z');
const withView = (view: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'faktograf-workspace', version: 1, dataset: 'kb', saved: SAVED.toISOString(), view, ...extra });

describe('workspace files', () => {
  test('round-trip the whole view, with nothing to report', () => {
    const text = writeWorkspace(full, 'kb', SAVED);
    expect(JSON.parse(text)).toMatchObject({ format: 'faktograf-workspace', version: 1, dataset: 'kb', saved: '2026-01-02T03:04:05.000Z' });
    expect(readWorkspace(text, ctx, 'kb')).toEqual({ ok: true, state: full, problems: [] });
  });

  test('a part the file leaves out keeps its default', () => {
    const read = readWorkspace(withView({ lang: 'en' }), ctx, 'kb');
    expect(read).toEqual({ ok: true, state: { ...defaultViewState(), lang: 'en' }, problems: [] });
  });

  test('refuse what is not a workspace of this version, saying why', () => {
    const error = (text: string) => {
      const read = readWorkspace(text, ctx, 'kb');
      return read.ok ? null : read.error;
    };
    expect(error('{"format": "faktograf-workspace", ')).toMatch(/^not JSON/);
    expect(error('{"nodes": []}')).toMatch(/not a Faktograf workspace/);
    expect(error('[]')).toMatch(/not a Faktograf workspace/);
    expect(error(withView({}, { version: 2 }))).toBe('workspace version 2 is not one this explorer reads (version 1): save it again from a matching explorer');
    expect(error(withView({}, { version: '1' }))).toMatch(/version "1" is not/);
    expect(error(JSON.stringify({ format: 'faktograf-workspace', version: 1 }))).toMatch(/no "view"/);
  });

  test('name every id this graph does not have, and keep the rest', () => {
    const read = readWorkspace(
      withView({
        ...full,
        selection: { kind: 'node', id: 'lavrov' },
        filters: { ...full.filters, entityTypes: ['Place', 'Ship'], claimants: ['kcna', 7] },
        path: { from: 'shoigu', to: 'nobody' },
        neighbourhood: { around: ['kim', 'ghost'], hops: 1 },
        source: 's9',
      }),
      ctx,
      'kb',
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.problems).toEqual([
      'the entity "lavrov" (view.selection) is not in this graph: nothing selected',
      'the entity type "Ship" (view.filters.entityTypes) is not in this graph: not hidden',
      'the claimant 7 (view.filters.claimants) is not in this graph: not hidden',
      'the entity "nobody" (view.path.to) is not in this graph: no path',
      'the source "s9" (view.source) is not in this graph: no text shown',
      'the entity "ghost" (view.neighbourhood.around) is not in this graph',
    ]);
    expect(read.state.selection).toBeNull();
    expect(read.state.filters.entityTypes).toEqual(['Place']);
    expect(read.state.filters.claimants).toEqual(['kcna']);
    expect(read.state.path).toBeNull();
    expect(read.state.neighbourhood).toEqual({ around: ['kim'], hops: 1 });
    expect(read.state.camera).toEqual(full.camera);
  });

  test('name malformed values, unknown parts and another graph', () => {
    const read = readWorkspace(
      withView(
        {
          lang: 'de',
          camera: { x: 0, y: 0, ratio: -1 },
          asOf: '2025-02-30',
          period: ['2025-06-01', '2025-01-01'],
          neighbourhood: { around: ['kim'], hops: 7 },
          hideOrphans: 'yes',
          colourBy: 'x',
          filters: { planets: [] },
        },
        { dataset: 'other.gexf' },
      ),
      ctx,
      'kb',
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.problems).toEqual([
      'saved over "other.gexf", opened over "kb"',
      'view.colourBy is not part of a view this explorer knows: ignored',
      'view.filters.planets is not a filter this explorer knows: ignored',
      'view.lang "de" is not pl or en: Polish',
      'view.camera {"x":0,"y":0,"ratio":-1} is not a camera (x, y, ratio > 0): the whole graph is shown',
      'view.asOf "2025-02-30" is not a day (YYYY-MM-DD): all sources',
      'view.period ["2025-06-01","2025-01-01"] is not two days in order: the whole period',
      'view.neighbourhood {"around":["kim"],"hops":7} is not a neighbourhood (around: entity ids, hops: 1, 2 or 3): everything shown',
      'view.hideOrphans "yes" is not true or false: orphans shown',
    ]);
    expect(read.state).toEqual(defaultViewState());
  });

  test('a key from the file never reaches the prototype', () => {
    const read = readWorkspace(`{"format":"faktograf-workspace","version":1,"view":{"__proto__":{"lang":"en"},"filters":{"__proto__":{"x":1}}}}`, ctx, 'kb');
    if (!read.ok) throw new Error(read.error);
    expect(read.state.lang).toBe('pl');
    expect(({} as Record<string, unknown>).lang).toBeUndefined();
    expect(read.problems).toContain('view.__proto__ is not part of a view this explorer knows: ignored');
  });
});

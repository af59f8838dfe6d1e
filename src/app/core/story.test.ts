import { describe, expect, test } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { BuiltSource, EdgeAttributes } from '../../model/types.ts';
import { dayNumber, isoOfDay, outletNames, timelineMarks, timelineModel } from './story.ts';
import type { KnowledgeGraphData } from './types.ts';

const source = (id: string, published: string, outlet: BuiltSource['outlet']): BuiltSource => ({
  id,
  published,
  outlet,
  title: { pl: id, en: id },
  language: 'pl',
  text: '',
  sentences: [],
});

describe('days', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-02-01', 31],
    ['2024-11-31', dayNumber('2024-11-30')],
    ['2025-02-31', dayNumber('2025-02-28')],
    ['2024-02-31', dayNumber('2024-02-29')],
  ])('%s is day %d', (day, n) => expect(dayNumber(day)).toBe(n));

  test('round-trips through ISO days', () => {
    for (const day of ['2024-02-29', '2025-06-17', '1999-12-31']) expect(isoOfDay(dayNumber(day))).toBe(day);
  });
});

describe('timeline model', () => {
  const sources = new Map([
    ['a', source('a', '2025-06-17', { id: 'alpha', name: 'Alpha' })],
    ['b', source('b', '2025-04-01', { name: 'Beta' })],
    ['c', source('c', '2025-06-17', { id: 'alpha' })],
  ]);
  const graph: KnowledgeGraphData = new MultiDirectedGraph();
  graph.addNode('x', {} as never);
  graph.addNode('y', {} as never);
  const edge = (key: string, time: string | null, evidence: string[]) =>
    graph.addDirectedEdgeWithKey(key, 'x', 'y', {
      relationType: 'T',
      qualifiers: time ? { time: { value: time, basis: 'text' } } : {},
      evidence: evidence.map((s) => ({ source: s, outlet: s, quote: 'q', claimedBy: [], factuality: 'certain', polarity: 'positive', status: 'occurred' })),
    } as unknown as EdgeAttributes);
  edge('r-event', '2024-10', ['a']);
  edge('r-told', null, ['a', 'b', 'c']);

  test('places each relation at its event’s days, else once per publication date', () => {
    const model = timelineModel(graph, sources);
    expect(model.events.map((e) => [e.relation, e.date, e.dated, isoOfDay(e.start), isoOfDay(e.end)])).toEqual([
      ['r-event', '2024-10', 'event', '2024-10-01', '2024-10-31'],
      ['r-told', '2025-04-01', 'published', '2025-04-01', '2025-04-01'],
      ['r-told', '2025-06-17', 'published', '2025-06-17', '2025-06-17'],
    ]);
    expect(model.sources.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(model.publicationDays).toEqual(['2025-04-01', '2025-06-17']);
    expect(model.extent!.map(isoOfDay)).toEqual(['2024-10-01', '2025-06-17']);
  });

  test('names outlets by their id, a source without one as an outlet of its own', () => {
    expect([...outletNames(sources.values())]).toEqual([
      ['alpha', 'Alpha'],
      ['source:b', 'Beta'],
    ]);
  });

  test('has no extent when nothing is dated', () => {
    expect(timelineModel(new MultiDirectedGraph(), new Map()).extent).toBeNull();
  });
});

describe('timeline marks', () => {
  const event = (relation: string, type: string, date: string) => ({
    relation,
    type,
    date,
    dated: 'published' as const,
    start: dayNumber(date),
    end: dayNumber(date),
  });
  const events = [event('r1', 'A', '2025-01-01'), event('r2', 'A', '2025-01-01'), event('r3', 'B', '2025-01-01'), event('r4', 'A', '2025-02-01')];

  test('one mark per relation and date while they are few', () => {
    expect(timelineMarks(events).map((m) => m.relations)).toEqual([['r1'], ['r2'], ['r3'], ['r4']]);
  });

  test('one mark per type and date past the limit', () => {
    expect(timelineMarks(events, 3).map((m) => [m.type, m.date, m.relations])).toEqual([
      ['A', '2025-01-01', ['r1', 'r2']],
      ['B', '2025-01-01', ['r3']],
      ['A', '2025-02-01', ['r4']],
    ]);
  });
});

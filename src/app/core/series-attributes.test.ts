import { describe, expect, test } from 'vitest';
import { MultiDirectedGraph } from '../../model/graph.ts';
import { seriesList } from './claim-attributes.ts';
import { normalizeGraph } from './dataset.ts';

const point = { relation: 'r1', time: '2025-04-01', value: 4000, precision: 'approximate', claimedBy: ['mod'] };
const series = { id: 's1', subject: 'a', type: 'SUFFERED', object: 'b', points: [point, { ...point, relation: 'r2', time: '2025-06-17', value: 6000 }] };

describe('series of a graph', () => {
  test('keeps the well-formed series and drops the rest', () => {
    expect(seriesList([series])).toEqual([series]);
    expect(seriesList('nope')).toEqual([]);
    expect(
      seriesList([
        { ...series, points: [] },
        { ...series, id: 7 },
        { ...series, points: [{ ...point, value: 'many' }] },
        { ...series, points: [{ ...point, precision: 'roughly' }] },
        null,
      ]),
    ).toEqual([]);
  });

  test('come through the explorer’s dataset step, so the series chart can draw them', () => {
    const g = new MultiDirectedGraph();
    g.replaceAttributes({ series: [series] });
    expect(normalizeGraph(g, 'test').getAttribute('series')).toEqual([series]);
  });
});

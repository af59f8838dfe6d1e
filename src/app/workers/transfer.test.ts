// A dataset sent to or from the extraction worker arrives whole: structured clone of the
// transfer form, then the dataset rebuilt from it.
import { readFileSync } from 'node:fs';
import { Graph } from '../../model/graph.ts';
import { describe, expect, test } from 'vitest';
import { makeDataset, normalizeGraph } from '../core/dataset.ts';
import { datasetData, datasetOf } from './transfer.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');

describe('datasetData and datasetOf', () => {
  test('a dataset survives structured clone', () => {
    const raw = new Graph({ multi: true, type: 'mixed' });
    raw.import(JSON.parse(fixture('graph.json')));
    const graph = normalizeGraph(raw, 'fixture');
    const edge = graph.edges()[0]!;
    const dataset = makeDataset(graph, JSON.parse(fixture('sources.json')), 'fixture.json', {
      source: 'pap-2024-09-13',
      relations: [edge],
      mentions: [],
      draft: { source: { id: 'pap-2024-09-13', title: { pl: 't', en: 't' }, language: 'pl', published: '2024-09-13' }, entities: [], relations: [] },
      files: [{ path: 'sources/x.txt', content: 'x' }],
      dropped: [],
    });
    const back = datasetOf(structuredClone(datasetData(dataset)));
    expect(back.graph.export()).toEqual(dataset.graph.export());
    expect(back.graph.type).toBe('directed');
    expect(back.graph.multi).toBe(true);
    expect([...back.sources]).toEqual([...dataset.sources]);
    expect(back.article).toEqual(dataset.article);
    expect(back.drafts.edges).toEqual(new Set([edge]));
    expect([back.fileName, back.hasEvidence, back.hasPagerank]).toEqual([dataset.fileName, dataset.hasEvidence, dataset.hasPagerank]);
  });
});

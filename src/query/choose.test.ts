// Which entity a typed name means, and when it means several about equally.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from '../model/graph.ts';
import { KnowledgeGraph } from './knowledge-graph.ts';
import { NameIndex } from './name-index.ts';

function graphOf(entities: Array<{ id: string; pl: string; en: string; aliases?: string[] }>): KnowledgeGraph {
  const graph = new MultiDirectedGraph();
  for (const e of entities) graph.addNode(e.id, { label: e.en, name: { pl: e.pl, en: e.en }, aliases: e.aliases ?? [] });
  return new KnowledgeGraph(graph as unknown as KnowledgeGraph['graph']);
}

const kg = graphOf([
  { id: 'north-korea', pl: 'Korea Północna', en: 'North Korea', aliases: ['KRLD', 'Korei Północnej'] },
  { id: 'south-korea', pl: 'Korea Południowa', en: 'South Korea' },
  { id: 'us-intelligence', pl: 'amerykański wywiad', en: 'US intelligence' },
  { id: 'sk-intelligence', pl: 'południowokoreański wywiad', en: 'South Korean intelligence' },
  { id: 'shoigu', pl: 'Siergiej Szojgu', en: 'Sergei Shoigu', aliases: ['Szojgu'] },
  { id: 'kursk-oblast', pl: 'obwód kurski', en: 'Kursk Oblast' },
  { id: 'treaty', pl: 'Traktat o partnerstwie między Rosją a KRLD', en: 'Treaty on partnership' },
  { id: 'war', pl: 'wojna w Ukrainie', en: 'war in Ukraine' },
]);

describe('KnowledgeGraph.resolveEntity', () => {
  it('tells an exact name or id from an alias', () => {
    expect(kg.resolveEntity('north-korea')).toMatchObject({ match: 'exact', id: 'north-korea' });
    expect(kg.resolveEntity('korea poludniowa')).toMatchObject({ match: 'exact', id: 'south-korea' });
    expect(kg.resolveEntity('krld')).toMatchObject({ match: 'alias', id: 'north-korea', matched: 'KRLD' });
  });

  it('lists the entities a name means about equally, instead of guessing', () => {
    const korea = kg.resolveEntity('Korea');
    expect(korea.match).toBe('ambiguous');
    expect(korea.candidates.map((c) => c.id).sort()).toEqual(['north-korea', 'south-korea']);
    expect(kg.findEntity('Korea')).toBeUndefined();
    const wywiad = kg.resolveEntity('wywiad');
    expect(wywiad.match).toBe('ambiguous');
    expect(wywiad.candidates.map((c) => c.id).sort()).toEqual(['sk-intelligence', 'us-intelligence']);
  });

  it('says when it matched only a stem or the words of a longer name', () => {
    expect(kg.resolveEntity('szojgo')).toMatchObject({ match: 'fuzzy', id: 'shoigu', matched: 'Szojgu' });
    expect(kg.resolveEntity('kurskim')).toMatchObject({ match: 'fuzzy', id: 'kursk-oblast' });
    expect(kg.findEntity('szojgo')?.id).toBe('shoigu');
  });

  it('lets single letters and function words match nothing but an entity named so', () => {
    for (const word of ['a', 'o', 'w', 'i', 'z', 'na', 'do', 'the', 'W']) expect(kg.resolveEntity(word), word).toEqual({ match: 'none', candidates: [] });
    const named = new NameIndex([{ id: 'w', names: ['W'], aliases: [], weight: 0 }]);
    expect(named.resolve('w').map((m) => m.id)).toEqual(['w']);
  });

  it('answers none for a name nothing has', () => {
    expect(kg.resolveEntity('Zełenski')).toEqual({ match: 'none', candidates: [] });
  });
});

// Every layer throws an error of its own, named, for the input it cannot work with (as the
// knowledge base has KnowledgeBaseError and import ImportError), so a caller can tell them apart.
import { describe, expect, it } from 'vitest';
import { runBuild } from './compile/pipeline.ts';
import { ExtractError } from './extract/errors.ts';
import { extract, MAX_ARTICLE_CHARS } from './extract/extract.ts';
import { readFixture } from './kb/fixtures/read-fixture.ts';
import { LayoutError } from './layout/errors.ts';
import { layoutPositions } from './layout/forceatlas2.ts';
import { LexiconError } from './lexicon/errors.ts';
import { parseDictionaryInfo } from './lexicon/morfologik.ts';
import { MultiDirectedGraph } from './model/graph.ts';
import { QueryError } from './query/errors.ts';
import { KnowledgeGraph } from './query/knowledge-graph.ts';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}

describe('named errors', () => {
  it('layout: LayoutError', () => {
    const e = thrown(() => layoutPositions(new MultiDirectedGraph(), { iterations: -1 }));
    expect(e).toBeInstanceOf(LayoutError);
    expect(e).toMatchObject({ name: 'LayoutError', message: expect.stringMatching(/^faktograf\/layout: iterations/) });
  });

  it('query: QueryError', () => {
    const built = runBuild(readFixture('mini'), { layout: false });
    if (!built.ok) throw new Error('fixture invalid');
    const e = thrown(() => new KnowledgeGraph(built.graph).shortestPath('kim', 'nobody'));
    expect(e).toBeInstanceOf(QueryError);
    expect(e).toMatchObject({ name: 'QueryError', message: 'faktograf/query: no entity "nobody"' });
  });

  it('extract: ExtractError', () => {
    const e = thrown(() => extract('a'.repeat(MAX_ARTICLE_CHARS + 1), { published: '2025-06-17', sourceId: 's' }, null as never));
    expect(e).toBeInstanceOf(ExtractError);
    expect(e).toMatchObject({ name: 'ExtractError', message: expect.stringMatching(/^faktograf\/extract: the article has 200,001 characters/) });
  });

  it('lexicon: LexiconError', () => {
    const e = thrown(() => parseDictionaryInfo('fsa.dict.encoder=INFIX\n'));
    expect(e).toBeInstanceOf(LexiconError);
    expect(e).toMatchObject({ name: 'LexiconError', message: expect.stringMatching(/^faktograf\/lexicon: dictionary encoder INFIX/) });
  });
});

// The article pipeline of the explorer on the knowledge base in graph/: the built graph
// back to files, and an article extracted, merged, rebuilt and placed.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../compile/graph.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { LAVROV_ARTICLE, LAVROV_PUBLISHED, NOTHING_NEW_ARTICLE } from '../fixtures/articles.ts';
import { dictionaryFiles, knowledgeBaseDataset } from '../fixtures/knowledge-base.ts';
import { ArticleError } from './article.ts';
import { createDraftMaker, type DraftMaker } from './draft.ts';
import { knowledgeBaseFiles } from './kb-files.ts';
import type { Dataset } from './types.ts';

let base: Dataset;
let maker: DraftMaker;
beforeAll(async () => {
  base = await knowledgeBaseDataset();
  const { dictionary, info } = dictionaryFiles();
  maker = createDraftMaker(base, dictionary, info);
});

describe('knowledgeBaseFiles', () => {
  test('the built graph goes back to files that load and build the same graph', () => {
    const loaded = loadKnowledgeBase(knowledgeBaseFiles(base.graph, base.sources.values()));
    expect(loaded.diagnostics).toEqual([]);
    if (!loaded.ok) return;
    const rebuilt = buildGraph(loaded.value);
    const strip = ({ x: _x, y: _y, ...rest }: { x: number; y: number }) => rest;
    expect(rebuilt.order).toBe(base.graph.order);
    expect(rebuilt.size).toBe(base.graph.size);
    base.graph.forEachNode((id, a) => expect(strip(rebuilt.getNodeAttributes(id))).toEqual(strip(a)));
    base.graph.forEachEdge((id, a, s, t) => {
      expect(rebuilt.extremities(id)).toEqual([s, t]);
      expect(rebuilt.getEdgeAttributes(id)).toEqual(a);
    });
    expect(loaded.value.kb.sources.map((s) => s.text)).toEqual([...base.sources.values()].map((s) => s.text));
  });
});

describe('createDraftMaker', () => {
  let draft: Dataset;
  beforeAll(() => {
    draft = maker.make(LAVROV_ARTICLE, LAVROV_PUBLISHED);
  });

  test('merges the article: new entities and relations, marked as drafts', () => {
    const article = draft.article!;
    expect(draft.graph.order).toBe(base.graph.order + draft.drafts.nodes.size);
    expect(draft.graph.size).toBe(base.graph.size + draft.drafts.edges.size);
    expect(draft.drafts.nodes).toContain('sergei-lavrov');
    expect(draft.graph.getNodeAttribute('sergei-lavrov', 'attributes')).toEqual({ draft: true });
    expect(draft.sources.get(article.source)!.text).toBe(LAVROV_ARTICLE.trimEnd());
    expect(article.files.map((f) => f.path)).toContain(`relations/draft-${article.source}.yaml`);
  });

  test('links Kim Jong Un to the knowledge base instead of adding him again', () => {
    expect(draft.drafts.nodes).not.toContain('kim-jong-un');
    expect(draft.graph.filterNodes((_n, a) => a.entityType === 'Person' && /Kim Dzong Un/.test(a.name.pl))).toEqual(['kim-jong-un']);
    const met = draft.graph.edges('sergei-lavrov', 'kim-jong-un');
    expect(met.some((e) => draft.drafts.edges.has(e) && draft.graph.getEdgeAttribute(e, 'relationType') === 'MET_WITH')).toBe(true);
  });

  test('every draft relation quotes the article at its offsets', () => {
    const text = draft.sources.get(draft.article!.source)!.text;
    for (const edge of draft.drafts.edges) {
      for (const ev of draft.graph.getEdgeAttribute(edge, 'evidence')) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    const quantity = [...draft.drafts.edges].map((e) => draft.graph.getEdgeAttribute(e, 'qualifiers').quantity).find(Boolean);
    expect(quantity).toMatchObject({ value: 3000 });
  });

  test('keeps built positions and sets new entities beside their neighbours', () => {
    base.graph.forEachNode((id, a) => expect([draft.graph.getNodeAttribute(id, 'x'), draft.graph.getNodeAttribute(id, 'y')]).toEqual([a.x, a.y]));
    // Closer to the entities it is linked to than most of the graph is. (Measured against the
    // built layout of graph/, so the margin moves with the knowledge base: closer than three
    // quarters of it before the claims migration, two thirds after.)
    const known = draft.graph
      .neighbors('sergei-lavrov')
      .filter((n) => base.graph.hasNode(n))
      .map((n) => base.graph.getNodeAttributes(n));
    const centre = { x: known.reduce((s, p) => s + p.x, 0) / known.length, y: known.reduce((s, p) => s + p.y, 0) / known.length };
    const from = (p: { x: number; y: number }) => Math.hypot(p.x - centre.x, p.y - centre.y);
    const others = base.graph.mapNodes((_n, a) => from(a)).sort((a, b) => a - b);
    expect(known.length).toBeGreaterThan(0);
    expect(from(draft.graph.getNodeAttributes('sergei-lavrov'))).toBeLessThan(others[Math.floor(others.length / 3)]!);
  });

  test('mentions mark the article without overlaps, each of an entity in the graph', () => {
    const { mentions } = draft.article!;
    const text = draft.sources.get(draft.article!.source)!.text;
    expect(mentions.length).toBeGreaterThan(5);
    mentions.forEach((m, i) => {
      expect(draft.graph.hasNode(m.entity)).toBe(true);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    });
    expect(mentions.filter((m) => m.entity === 'kim-jong-un').map((m) => text.slice(m.start, m.end))).toContain('Kim Dzong Unem');
  });

  test('the same article again gives the same draft: each extraction starts from the knowledge base', () => {
    expect(maker.make(LAVROV_ARTICLE, LAVROV_PUBLISHED).article!.source).toBe(draft.article!.source);
  });

  test.each([
    ['', LAVROV_PUBLISHED, 'errEmptyText'],
    [' \n\n ', LAVROV_PUBLISHED, 'errEmptyText'],
    [LAVROV_ARTICLE, '2025-02-30', 'errInvalidDate'],
    [LAVROV_ARTICLE, '', 'errInvalidDate'],
    ['lorem ipsum dolor sit amet', LAVROV_PUBLISHED, 'errNothingFound'],
    [NOTHING_NEW_ARTICLE, LAVROV_PUBLISHED, 'errNothingNew'],
  ])('%j on %j fails with %s', (text, published, key) => {
    expect(() => maker.make(text, published)).toThrow(ArticleError);
    try {
      maker.make(text, published);
    } catch (e) {
      expect((e as ArticleError).key).toBe(key);
    }
  });
});

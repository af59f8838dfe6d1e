import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXT } from './annotations.ts';
import { DEFAULT_BASE, exportAnnotations } from './index.ts';
import { kbGraph } from './test-support.ts';

const SEED = 'seed-kp-kursk-2025';
const SOURCES = join(import.meta.dirname, '..', '..', 'graph', 'sources');
/** Every source text of graph/, by source id (the text file is named after it). */
const texts = new Map(
  readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, -4), readFileSync(join(SOURCES, f), 'utf8')]),
);

interface Annotation {
  id: string;
  type: string;
  body: Array<{ id?: string; purpose: string; value?: string }>;
  creator?: Array<{ id: string }>;
  target: { source: string; selector: Array<Record<string, unknown>> };
}

describe('Web Annotation export', () => {
  it('gives every quote as an annotation its source anchors exactly, with prefix, suffix and position', async () => {
    const graph = await kbGraph(false);
    const { text: out, warnings } = exportAnnotations(graph, texts);
    const doc = JSON.parse(out) as { '@context': string; type: string; total: number; first: { items: Annotation[] } };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const quotes = graph.reduceEdges((n, _e, a) => n + (a.evidence as unknown[]).length, 0);
    expect(doc.total).toBe(quotes);
    expect(doc.first.items).toHaveLength(quotes);
    expect(warnings).toEqual([]);
    for (const a of doc.first.items) {
      const [quote, position] = a.target.selector as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
      const source = a.target.source.slice(`${DEFAULT_BASE}source/`.length);
      const text = texts.get(source)!;
      // The selectors agree with each other and with the text.
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length).toBe(Math.min(CONTEXT, position.start));
      expect(text, a.target.source).toBeDefined();
    }
    expect(doc.first.items.filter((a) => a.target.source === `${DEFAULT_BASE}source/${SEED}`).length).toBeGreaterThan(0);
    const losses = doc.first.items.find((a) => a.id === `${DEFAULT_BASE}evidence/r-contingent-2024-suffered-losses-1`)!;
    expect(losses.creator).toEqual([{ id: `${DEFAULT_BASE}entity/uk-ministry-of-defence` }]);
    expect(losses.body.map((b) => b.value ?? b.id)).toEqual([
      'kursk-contingent-2024 SUFFERED kursk-contingent-2024-losses',
      `${DEFAULT_BASE}relation/r-contingent-2024-suffered-losses`,
      'factuality:certain',
      'status:occurred',
    ]);
  });

  it('says so when the source texts are not at hand', async () => {
    const { text: out, warnings } = exportAnnotations(await kbGraph(false), new Map());
    const first = (JSON.parse(out) as { first: { items: Annotation[] } }).first.items[0]!;
    expect(first.target.selector[0]).not.toHaveProperty('prefix');
    expect(warnings[0]).toMatch(/no prefix or suffix/);
  });
});

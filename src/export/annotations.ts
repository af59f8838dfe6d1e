// Evidence as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): one
// annotation per quote, targeting its source with a TextQuoteSelector (exact, prefix,
// suffix) and a TextPositionSelector (start, end: `text.slice(start, end)` of the source);
// the body says which relation the quote grounds, who claims it and how firmly. A reader
// such as Hypothesis or any Web Annotation store anchors them in the article.
import { exportOf, Notes } from './notes.ts';
import type { AnyGraph, Export } from './types.ts';

/** Characters of context kept on either side of a quote. */
export const CONTEXT = 32;

export interface AnnotationOptions {
  /** Namespace of the IRIs (the same as the Turtle export's). */
  base: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * `texts`: the sources' texts by id, for the prefix and suffix (the graph holds only the
 * offsets); without a source's text, its quotes carry no prefix or suffix, said so.
 */
export function annotations(graph: AnyGraph, texts: ReadonlyMap<string, string>, options: AnnotationOptions): Export {
  const notes = new Notes();
  const iri = (kind: string, id: string) => `${options.base}${kind}/${encodeURIComponent(id)}`;
  const items: Obj[] = [];
  for (const { edge, attributes: e, source, target } of graph.edgeEntries()) {
    if (!Array.isArray(e.evidence)) continue;
    const label = typeof e.relationType === 'string' ? e.relationType : typeof e.label === 'string' ? e.label : 'related';
    e.evidence.forEach((ev: unknown, i: number) => {
      if (!isObj(ev) || typeof ev.source !== 'string' || typeof ev.quote !== 'string') return;
      const text = texts.get(ev.source);
      const positioned = typeof ev.start === 'number' && typeof ev.end === 'number';
      const quote: Obj = { type: 'TextQuoteSelector', exact: positioned && text ? text.slice(ev.start as number, ev.end as number) : ev.quote };
      if (text && positioned) {
        quote.prefix = text.slice(Math.max(0, (ev.start as number) - CONTEXT), ev.start as number);
        quote.suffix = text.slice(ev.end as number, (ev.end as number) + CONTEXT);
      } else notes.add('no-context', 'quotes whose source text is not at hand carry no prefix or suffix');
      const selector = positioned ? [quote, { type: 'TextPositionSelector', start: ev.start, end: ev.end }] : [quote];
      const claimants = strings(ev.claimedBy);
      items.push({
        id: iri('evidence', `${edge}-${i + 1}`),
        type: 'Annotation',
        motivation: 'describing',
        body: [
          { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `${source} ${label} ${target}` },
          { id: iri('relation', edge), purpose: 'linking' },
          ...(typeof ev.factuality === 'string' ? [{ type: 'TextualBody', purpose: 'tagging', value: `factuality:${ev.factuality}` }] : []),
          ...(ev.polarity === 'negative' ? [{ type: 'TextualBody', purpose: 'tagging', value: 'polarity:negative' }] : []),
          ...(typeof ev.status === 'string' ? [{ type: 'TextualBody', purpose: 'tagging', value: `status:${ev.status}` }] : []),
        ],
        // The claimants are who asserts the annotated words (the outlet itself when none).
        ...(claimants.length ? { creator: claimants.map((c) => ({ id: iri('entity', c) })) } : {}),
        target: { source: iri('source', ev.source), selector },
      });
    });
  }
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${options.base}annotations`,
    type: 'AnnotationCollection',
    label: typeof graph.getAttribute('name') === 'string' ? graph.getAttribute('name') : 'Faktograf evidence',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
  return exportOf([{ name: 'annotations.jsonld', chunks: [`${JSON.stringify(collection, null, 1)}\n`] }], notes);
}

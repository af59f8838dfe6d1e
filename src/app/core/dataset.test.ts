// An opened graph in the explorer's shape: names from the file, however odd, are data.
import { Graph } from '../../model/graph.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { normalizeGraph } from './dataset.ts';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();

afterEach(() => {
  // Should a test fail by polluting, the next ones must not inherit it.
  for (const key of prototypeKeys()) if (!before.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
});

function graphOf(nodes: Record<string, Record<string, unknown>>, edges: Array<[string, string, Record<string, unknown>]> = []): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  for (const [key, attrs] of Object.entries(nodes)) g.addNode(key, attrs);
  for (const [source, target, attrs] of edges) g.addDirectedEdge(source, target, attrs);
  return g;
}

describe('normalizeGraph with hostile names', () => {
  test('dotted names through __proto__ and constructor are nested own keys, never the prototype', () => {
    const handlers = { onfocus: 'run()', autofocus: '' };
    const g = normalizeGraph(
      graphOf(
        {
          a: { label: 'A', '__proto__.attrs': handlers, '__proto__.polluted': 'yes', 'constructor.prototype.polluted': 'yes', 'name.pl': 'Ala' },
          b: { label: 'B', ['__proto__']: 'plain', toString: 'text' },
        },
        [['a', 'b', { relationType: 'r', '__proto__.attrs': handlers, 'qualifiers.time': '2024' }]],
      ),
      'hostile.json',
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).attrs).toBeUndefined();
    expect(g.getNodeAttribute('a', 'name').pl).toBe('Ala');
    expect(g.getNodeAttribute('a', 'attributes')).toEqual({
      '__proto__.attrs.onfocus': 'run()',
      '__proto__.attrs.autofocus': '',
      '__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
    });
    const b = g.getNodeAttribute('b', 'attributes');
    expect(Object.getOwnPropertyDescriptor(b, '__proto__')?.value).toBe('plain');
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(b.toString).toBe('text');
    expect(g.getEdgeAttributes(g.edges()[0]!).qualifiers).toEqual({ time: '2024' });
  });

  test('types named __proto__, constructor or toString get their own legend entries', () => {
    const g = normalizeGraph(
      graphOf({ a: { entityType: '__proto__' }, b: { entityType: 'constructor' }, c: { entityType: 'toString' } }, [
        ['a', 'b', { relationType: 'hasOwnProperty', factuality: 'valueOf' }],
      ]),
      'types.json',
    );
    const { entityTypes, relationTypes, factuality } = g.getAttribute('ontology');
    expect(Object.keys(entityTypes)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(entityTypes['constructor']!.label.en).toBe('constructor');
    // biome-ignore lint/suspicious/noProto: the test is about a type named __proto__
    expect(entityTypes['__proto__']!.color).toMatch(/^#/);
    expect(Object.keys(relationTypes)).toEqual(['hasOwnProperty']);
    // The claim vocabularies are fixed: a value from data is never one of their keys.
    expect(Object.hasOwn(factuality, 'valueOf')).toBe(false);
    expect(Object.keys(factuality)).toEqual(['certain', 'probable', 'possible', 'underspecified']);
    // A lookup by an unknown name finds nothing, not Object.prototype's members.
    expect(entityTypes['hasOwnProperty']).toBeUndefined();
  });

  test("a file's own ontology is looked up by own names only", () => {
    const input = graphOf({ a: { entityType: 'constructor' } });
    input.setAttribute('ontology', {
      entityTypes: { person: { label: { pl: 'Osoba', en: 'Person' }, color: '#111111' } },
      relationTypes: {},
      factuality: { certain: { label: { pl: 'pewne', en: 'certain' }, rank: 4 } },
      status: {},
    });
    const { entityTypes } = normalizeGraph(input, 'kb.json').getAttribute('ontology');
    expect(entityTypes['person']!.color).toBe('#111111');
    expect(entityTypes['constructor']).toBeUndefined();
  });
});

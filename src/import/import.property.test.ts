// Property-based tests: a mutated GEXF, GraphML or JSON file is either read or refused
// with an ImportError; never another exception, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../compile/pipeline.ts';
import { exportGexf, exportGraphml, exportJson } from '../export/index.ts';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { ImportError, importGraph } from './index.ts';

const built = runBuild(readFixture('mini'), { layout: { iterations: 10 } });
if (!built.ok) throw new Error('fixture invalid');
const FILES = {
  gexf: exportGexf(built.graph).text,
  'gexf-1.2': exportGexf(built.graph, { version: '1.2draft' }).text,
  graphml: exportGraphml(built.graph).text,
  json: exportJson(built.graph).text,
};
const RUNS = 3000;

function readsOrRefuses(text: string): void {
  try {
    const { graph } = importGraph(text);
    // What is read is a real graph: every edge joins nodes it holds.
    graph.forEachEdge((_e, _a, s, t) => expect(graph.hasNode(s) && graph.hasNode(t)).toBe(true));
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.message.length).toBeGreaterThan(0);
  }
}

const mutation = fc.record({
  file: fc.constantFrom(...(Object.keys(FILES) as Array<keyof typeof FILES>)),
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  op: fc.integer({ min: 0, max: 4 }),
  junk: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(
      '<',
      '>',
      '&',
      '&lol;',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      '"',
      '{',
      '}',
      '[',
      ']',
      '__proto__',
      '<node id="n1"/>',
      '<edge source="x" target="y"/>',
      'type="foo"',
      '1e999',
      '\u0000',
    ),
  ),
});

describe('importGraph under mutation', () => {
  it('reads or refuses every mutated file', () => {
    fc.assert(
      fc.property(mutation, ({ file, at, length, op, junk }) => {
        const text = FILES[file];
        const i = at % text.length;
        const mutated =
          op === 0
            ? text.slice(0, i) + text.slice(i + length) // delete
            : op === 1
              ? text.slice(0, i) + junk + text.slice(i) // insert
              : op === 2
                ? text.slice(0, i) // truncate
                : op === 3
                  ? text.slice(0, i) + junk + text.slice(i + length) // replace
                  : text.slice(0, i) + text.slice(i, i + length).repeat(3) + text.slice(i + length); // repeat
        readsOrRefuses(mutated);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets an imported attribute reach Object.prototype', () => {
    readsOrRefuses('{"nodes":[{"key":"a","attributes":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}],"edges":[]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Property-based tests: whatever is done to a valid knowledge base, loading it ends in a
// success or in positioned diagnostics, never in an exception or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readFixture } from './fixtures/read-fixture.ts';
import { loadKnowledgeBase, type TextFile } from './load.ts';

const mini = readFixture('mini');
const yamlFiles = mini.filter((f) => f.path.endsWith('.yaml')).map((f) => f.path);
const RUNS = 2000;

function assertWellFormed(files: TextFile[]): void {
  const result = loadKnowledgeBase(files);
  if (result.ok) {
    // What loads is consistent: references resolve and quotes sit inside their sources.
    const { kb, evidence } = result.value;
    const ids = new Set(kb.entities.map((e) => e.id));
    for (const r of kb.relations) {
      expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
      for (const e of evidence.get(r.id)!) {
        const text = kb.sources.find((s) => s.id === e.source)!.text;
        expect(e.start).toBeLessThan(e.end);
        expect(e.end).toBeLessThanOrEqual(text.length);
      }
    }
    return;
  }
  const paths = new Set([...files.map((f) => f.path), 'ontology.yaml']);
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(paths.has(d.file), d.file).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.hint.length).toBeGreaterThan(0);
  }
}

const replaceFile = (path: string, content: string) => mini.map((f) => (f.path === path ? { ...f, content } : f));

/** Values that stress a loader: wrong types, odd Unicode, huge numbers, prototype keys. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'kim',
    'putin',
    'treaty',
    'SIGNED',
    'Person',
    'stated',
    '',
    '\u0000',
    'Korei Północnej'.normalize('NFD'),
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'pl', 'en', 'x'), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

type Json = unknown;

/** Applies a structural mutation at a random place of a parsed YAML document. */
function mutate(data: Json, picks: number[], value: unknown, op: number): Json {
  if (data === null || typeof data !== 'object' || picks.length === 0) return op % 2 ? value : data;
  const [pick, ...rest] = picks as [number, ...number[]];
  if (Array.isArray(data)) {
    if (data.length === 0) return [value];
    const i = pick % data.length;
    const copy = [...data];
    if (op === 0 && rest.length === 0) copy.splice(i, 1);
    else if (op === 1 && rest.length === 0)
      copy.push(structuredClone(copy[i])); // duplicate: same id twice
    else copy[i] = mutate(copy[i], rest, value, op);
    return copy;
  }
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return { k: value };
  const [key, child] = entries[pick % entries.length]!;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  if (op === 0 && rest.length === 0) delete copy[key];
  else if (op === 2 && rest.length === 0) Object.defineProperty(copy, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  else if (op === 3 && key === 'object' && typeof copy.subject === 'string')
    copy.object = copy.subject; // self-reference
  else copy[key] = mutate(child, rest, value, op);
  return copy;
}

describe('loadKnowledgeBase under mutation', () => {
  it('never throws on structurally mutated files', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...yamlFiles),
        fc.array(fc.nat(), { minLength: 0, maxLength: 5 }),
        nasty,
        fc.integer({ min: 0, max: 4 }),
        (path, picks, value, op) => {
          const original = parse(mini.find((f) => f.path === path)!.content);
          assertWellFormed(replaceFile(path, stringify(mutate(original, picks, value, op))));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on textually mutated files (deleted, repeated or garbled lines)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...yamlFiles),
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (path, at, op, junk) => {
          const lines = mini.find((f) => f.path === path)!.content.split('\n');
          const i = at % lines.length;
          if (op === 0) lines.splice(i, 1);
          else if (op === 1) lines.splice(i, 0, lines[i]!);
          else if (op === 2) lines[i] = `${lines[i]!.slice(0, at % 7)}${junk}${lines[i]!.slice(at % 7)}`;
          else lines[i] = lines[i]!.replace(/\d+/, '99999999999999999999999999');
          assertWellFormed(replaceFile(path, lines.join('\n')));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws when files go missing or unknown ones appear', () => {
    fc.assert(
      fc.property(
        fc.subarray(mini),
        fc.array(fc.record({ path: fc.string({ maxLength: 12 }), content: fc.string({ maxLength: 40 }) }), { maxLength: 3 }),
        (kept, extra) => {
          assertWellFormed([...kept, ...extra]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lets a key reach Object.prototype', () => {
    const polluted = replaceFile(
      'entities/all.yaml',
      'entities:\n  - {id: a, type: Person, name: {pl: a, en: a}, __proto__: {polluted: yes}, attributes: {__proto__: {polluted: yes}}}\n',
    );
    loadKnowledgeBase(polluted);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../kb/load.ts';
import type { Ontology } from '../model/types.ts';
import { synthFiles, synthesize } from './index.ts';
import { scalar } from './emit.ts';

const ontologyYaml = readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'ontology.yaml'), 'utf8');
const ontology = parse(ontologyYaml) as Ontology;
const files = (seed: number, entities = 120, relations = 600) => [
  ...synthFiles(synthesize(ontology, { entities, relations, seed, quotesPerSource: 40 }), ontologyYaml),
];

function load(seed: number, entities?: number, relations?: number) {
  const result = loadKnowledgeBase(files(seed, entities, relations));
  if (!result.ok)
    throw new Error(
      result.diagnostics
        .slice(0, 5)
        .map((d) => `${d.file}:${d.line}: ${d.message}`)
        .join('\n'),
    );
  return result.value;
}

describe('synthesize', () => {
  it('writes a knowledge base the validator accepts, every quote found in its source', () => {
    const { kb, evidence } = load(1);
    expect(kb.entities).toHaveLength(120);
    expect(kb.relations).toHaveLength(600);
    expect(kb.sources.length).toBeGreaterThanOrEqual(15);
    for (const r of kb.relations) {
      const located = evidence.get(r.id)!;
      expect(located).toHaveLength(r.evidence.length);
      for (const ev of located) expect(kb.sources.find((s) => s.id === ev.source)!.text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('uses every entity type and every relation type of the ontology, and names every entity', () => {
    const { kb } = load(2);
    expect(new Set(kb.entities.map((e) => e.type))).toEqual(new Set(Object.keys(ontology.entityTypes)));
    expect(new Set(kb.relations.map((r) => r.type))).toEqual(new Set(Object.keys(ontology.relationTypes)));
    const named = new Set(kb.relations.flatMap((r) => [r.subject, r.object]));
    expect(kb.entities.filter((e) => !named.has(e.id))).toEqual([]);
  });

  it('carries qualifiers, claimants, every factuality and status, and second sources', () => {
    const { kb } = load(3);
    expect(kb.relations.some((r) => r.qualifiers.time)).toBe(true);
    expect(kb.relations.some((r) => r.qualifiers.place)).toBe(true);
    expect(kb.relations.some((r) => r.qualifiers.quantity)).toBe(true);
    expect(kb.relations.some((r) => r.evidence.some((e) => e.claimedBy.length))).toBe(true);
    expect(kb.relations.some((r) => r.evidence.length > 1)).toBe(true);
    expect(new Set(kb.relations.map((r) => r.evidence[0]!.factuality)).size).toBe(Object.keys(ontology.factuality).length);
    expect(new Set(kb.relations.map((r) => r.evidence[0]!.status)).size).toBe(Object.keys(ontology.status).length);
    // Every qualifier is said by its sentence: the validator's text checks passed on load.
    expect(kb.relations.every((r) => Object.values(r.qualifiers).every((q) => q.basis === 'text'))).toBe(true);
  });

  it('gives heavy-tailed degrees: hubs far above the median entity', () => {
    const kb = synthesize(ontology, { entities: 1000, relations: 5000, seed: 4 });
    const degree = new Map<string, number>();
    for (const r of kb.relations) for (const id of [r.subject, r.object]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    expect(sorted[sorted.length - 1]!).toBeGreaterThan(20 * median);
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(files(5)).toEqual(files(5));
    expect(files(5)).not.toEqual(files(6));
  });

  it('refuses sizes too small to hold every type', () => {
    expect(() => synthesize(ontology, { entities: 5, relations: 100 })).toThrow(/entities must be at least the number of entity types \(12\)/);
    expect(() => synthesize(ontology, { entities: 50, relations: 10 })).toThrow(/relations must be at least/);
  });
});

describe('scalar', () => {
  it.each([
    ['Jan Kowalski', 'Jan Kowalski'],
    ['obwód kurski', 'obwód kurski'],
    ['true', '"true"'],
    ['Doniesienia: X', '"Doniesienia: X"'],
    ['a, b', '"a, b"'],
    ['„cytat”', '"„cytat”"'],
    [12, '12'],
    [false, 'false'],
  ])('%s → %s', (value, yaml) => {
    expect(scalar(value)).toBe(yaml);
    expect(parse(`v: ${scalar(value)}`).v).toBe(value);
  });
});

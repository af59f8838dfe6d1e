import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEvidence, hasRelation, replaceScalar } from './yaml-edit.ts';

const BLOCK = `# Header comment, kept.
relations:
  - id: r-a
    subject: kim # who
    type: MET_WITH
    object: putin
    evidence:
      - source: s1
        quote: "spotkał się"   # odd spacing kept

  # A comment between relations.
  - id: r-b
    subject: putin
    type: VISITED
    object: korea
    evidence: [{source: s1, quote: "przybył"}]
`;

describe('appendEvidence', () => {
  it('appends to a block list and leaves every other byte as it was', () => {
    const out = appendEvidence(BLOCK, 'r-a', [{ source: 's2', quote: 'rozmawiał "z nim"', claimedBy: ['tass'] }]);
    const added = '      - source: "s2"\n        quote: "rozmawiał \\"z nim\\""\n        claimedBy: ["tass"]\n';
    const at = BLOCK.indexOf('odd spacing kept\n') + 'odd spacing kept\n'.length;
    expect(out).toBe(BLOCK.slice(0, at) + added + BLOCK.slice(at));
    const parsed = parse(out);
    expect(parsed.relations[0].evidence).toEqual([
      { source: 's1', quote: 'spotkał się' },
      { source: 's2', quote: 'rozmawiał "z nim"', claimedBy: ['tass'] },
    ]);
    expect(parsed.relations[1]).toEqual(parse(BLOCK).relations[1]);
  });

  it('appends to a flow list', () => {
    const out = appendEvidence(BLOCK, 'r-b', [{ source: 's3', quote: 'był' }]);
    expect(out).toBe(BLOCK.replace('quote: "przybył"}]', 'quote: "przybył"}, {"source":"s3","quote":"był"}]'));
    expect(parse(out).relations[1].evidence).toHaveLength(2);
  });

  it('appends at the end of a file without a final line break', () => {
    const text = 'relations:\n  - id: r\n    subject: a\n    type: T\n    object: b\n    evidence:\n      - {source: s, quote: q}';
    expect(parse(appendEvidence(text, 'r', [{ source: 't', quote: 'p' }])).relations[0].evidence).toEqual([
      { source: 's', quote: 'q' },
      { source: 't', quote: 'p' },
    ]);
  });

  it('refuses a relation the file does not hold', () => {
    expect(hasRelation(BLOCK, 'r-b')).toBe(true);
    expect(hasRelation(BLOCK, 'r-c')).toBe(false);
    expect(() => appendEvidence(BLOCK, 'r-c', [{ source: 's', quote: 'q' }])).toThrow(/no relation "r-c"/);
  });
});

describe('replaceScalar', () => {
  it('replaces references, not ids, quotes or keys', () => {
    const text =
      'relations:\n  - id: putin\n    subject: "putin"\n    type: MET_WITH\n    object: kim\n    claimedBy: [putin, tass]\n    evidence:\n      - {source: s, quote: putin}\n';
    expect(replaceScalar(text, 'putin', 'vladimir-putin', new Set(['id', 'quote']))).toBe(
      'relations:\n  - id: putin\n    subject: "vladimir-putin"\n    type: MET_WITH\n    object: kim\n    claimedBy: [vladimir-putin, tass]\n    evidence:\n      - {source: s, quote: putin}\n',
    );
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { parseSimpleYaml } from './fast-yaml.ts';

/** What the full parser makes of a text: its data, or null when it reports anything. */
function reference(text: string): { value: unknown } | null {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length || doc.warnings.length ? null : { value: doc.toJS({ maxAliasCount: 100 }) };
}

// Texts the fast reader must read exactly as the full parser does.
const READ = [
  'id: kim\ntype: Person\n',
  "entities:\n  - id: a\n    name: {pl: Kim Dzong Un, en: Kim Jong Un}\n    aliases: [Kima, \"Kim, Dzong\", 'it''s']\n\n  - id: b\n",
  'entities:\n- id: a\n- id: b\nnext: 1\n',
  'a:\n  b:\n    - x\n    -   y: 1\n        z: 2\n  c: ~\nd:\n',
  'n: [1, -2, +3, 0o17, 0x1F, 1.5, .5, -.inf, .NaN, 1e3, 007, 1_000, 2024-06-19, 2024-06, 2024]\n',
  'b: [true, False, TRUE, null, Null, ~, yes, no, on]\n',
  'q: "Przywódca \\"Korei\\" Północnej, \\u0141 \\n tab\\t"\ns: \'single # not a comment\'\n',
  'k: value # a comment\n# whole line\nl: "x # y" # trailing\n',
  'quote: „Decyzja” została podjęta, a „kontyngent” — wysłany.\n',
  'nbsp: ends with a no-break space\u00a0\n',
  'nested: {quantity: {value: 1000, precision: exact, unit: {pl: saperzy, en: sappers}}, e: {}, f: []}\n',
  'url: http://example.org/a?b=c\nratio: a:b\n',
  'attributes: {born: 1984, title: "gen.", active: true}\n',
  '- a\n- [b, c]\n- {d: e}\n-\n  - f\n',
  'plain value with [brackets] and {braces}\n',
  'a: b # c "d\n',
  // Keys that share a length and a first letter, one after the other, and a '#' that
  // starts no comment before one that does.
  'rows:\n  - type: a\n    tone: b\n  - tone: c\n    type: d # e\nx: a#b\ny: c # d\n',
];

// Texts it must leave to the full parser (valid or not).
const LEFT = [
  'note: >-\n  folded\n  text\n',
  'note: |\n  literal\n',
  'a: multi\n  line plain\n',
  'a: "multi\n  line quoted"\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  '---\na: 1\n',
  'a: 1\na: 2\n',
  'a: {b: 1, b: 2}\n',
  'a:\n\t- b\n',
  'a: 1\r\nb: 2\r\n',
  'a: b: c\n',
  'a: "x" y\n',
  'a: [b, c,]\n',
  'a: {b:1}\n',
  'a: "\\x41"\n',
  'a:\n  - b\n c: 1\n',
  '? complex\n: key\n',
  '"quoted key": 1\n',
  'true: 1\n',
  // A reserved key after an ordinary key of the same length and first letter (the reader
  // reuses the string of a key it has seen: the reserved one must still be refused).
  'type: a\ntrue: 1\n',
  '- name: a\n- null: 1\n',
  '__proto__: 1\n',
  '',
  '# only a comment\n',
];

describe('parseSimpleYaml', () => {
  it.each(READ)('reads %j as the yaml library does', (text) => {
    const fast = parseSimpleYaml(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  it.each(LEFT)('leaves %j to the full parser', (text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it('reads every YAML file of graph/ and the fixtures as the yaml library does, or leaves it', () => {
    const root = join(import.meta.dirname, '..', '..');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : /\.ya?ml$/.test(f) ? [join(dir, f)] : []));
    const files = [...walk(join(root, 'graph')), ...walk(join(root, 'src', 'kb', 'fixtures'))];
    let read = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const fast = parseSimpleYaml(text);
      if (!fast) continue;
      read++;
      expect(fast, path).toEqual(reference(text));
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('reads what the yaml library writes, block or flow, exactly as it reads it back (or leaves it)', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(
        '2024-06',
        'Kim Dzong Un',
        'a: b',
        '#x',
        'x #y',
        '- y',
        'null',
        'True',
        '0x1F',
        '1e3',
        '„cytat”',
        ' lead',
        'trail ',
        "it's",
        'a, b',
        '[x]',
      ),
    );
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/), tie('node'), { maxKeys: 4 }),
      ),
    }));
    let read = 0;
    fc.assert(
      fc.property(node, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : {});
        const fast = parseSimpleYaml(text);
        if (fast) {
          read++;
          expect(fast).toEqual(reference(text));
        }
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(1000);
  });

  it('never reads a damaged file differently from the yaml library', () => {
    const base = readFileSync(join(import.meta.dirname, 'fixtures', 'mini', 'relations', 'all.yaml'), 'utf8');
    const edit = fc.tuple(
      fc.nat(base.length),
      fc.nat(3),
      fc.constantFrom('', ' ', '  ', '-', ':', '"', "'", '#', '\n', '{', '[', ',', '}', ']', '- ', ': ', 'x'),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = base;
        for (const [at, remove, insert] of edits) text = text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + remove);
        const fast = parseSimpleYaml(text);
        if (fast) expect(fast).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

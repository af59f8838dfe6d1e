import { describe, expect, it } from 'vitest';
import { edit, readFixture } from './fixtures/read-fixture.ts';
import { loadKnowledgeBase, type TextFile } from './load.ts';

const mini = readFixture('mini');

function problems(files: TextFile[]) {
  const result = loadKnowledgeBase(files);
  if (result.ok) throw new Error('expected the knowledge base to be rejected');
  return result.diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, message: d.message, hint: d.hint }));
}

describe('loadKnowledgeBase on a valid knowledge base', () => {
  it('loads entities, relations and sources sorted by id', () => {
    const result = loadKnowledgeBase(mini);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kb.entities.map((e) => e.id)).toEqual(['kim', 'north-korea', 'putin', 'treaty']);
    expect(result.value.kb.relations.map((r) => r.id)).toEqual(['r-kim-leads', 'r-kim-signed', 'r-putin-signed']);
  });

  it('resolves quotes to offsets and sentences, forgiving whitespace runs only', () => {
    const result = loadKnowledgeBase(mini);
    if (!result.ok) throw new Error('invalid');
    const text = result.value.kb.sources[0]!.text;
    const [ev] = result.value.evidence.get('r-kim-leads')!;
    expect(text.slice(ev!.start, ev!.end)).toBe('Przywódca Korei Północnej,   Kim Dzong Un');
    expect(ev!.sentence).toBe(1);
    expect(result.value.evidence.get('r-kim-signed')![0]).toMatchObject({ start: 0, end: 29, sentence: 0 });
  });

  it('takes several sources, each quote resolved in its own', () => {
    const files = [
      ...mini,
      { path: 'sources/second.txt', content: 'Szojgu spotkał się z Kim Dzong Unem.\n' },
      {
        path: 'sources/second.yaml',
        content: 'id: second\ntitle: {pl: Drugi, en: Second}\nlanguage: pl\npublished: 2025-06-04\noutlet: {name: Example}\ntext: second.txt\n',
      },
    ];
    const withRelation = files.map((f) =>
      f.path === 'relations/all.yaml'
        ? {
            ...f,
            content: `${f.content}  - {id: r-second, subject: putin, type: SIGNED, object: treaty, evidence: [{source: second, quote: spotkał się, factuality: possible}, {source: mini, quote: z Władimirem Putinem, claimedBy: [kim]}]}\n`,
          }
        : f,
    );
    const result = loadKnowledgeBase(withRelation);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    expect(result.value.kb.sources.map((s) => s.id)).toEqual(['mini', 'second']);
    // Each quote keeps its own claim; unwritten fields take their defaults; no outlet id: the source is its own.
    expect(result.value.evidence.get('r-second')).toEqual([
      {
        source: 'second',
        quote: 'spotkał się',
        start: 7,
        end: 18,
        sentence: 0,
        outlet: 'source:second',
        claimedBy: [],
        factuality: 'possible',
        polarity: 'positive',
        status: 'occurred',
      },
      {
        source: 'mini',
        quote: 'z Władimirem Putinem',
        start: 30,
        end: 50,
        sentence: 0,
        outlet: 'source:mini',
        claimedBy: ['kim'],
        factuality: 'certain',
        polarity: 'positive',
        status: 'occurred',
      },
    ]);
  });

  it.each(['https://www.example.org/a/b?c=d&e=f#g', 'http://example.org', 'https://[2001:db8::1]:8443/x', 'https://dziennik.example.pl/świat/kursk'])(
    'accepts the web address %s',
    (url) => {
      const result = loadKnowledgeBase(edit(mini, 'sources/mini.yaml', 'outlet: {note: a fixture}', `outlet: {note: a fixture, url: "${url}"}\nurl: "${url}"`));
      expect(result.diagnostics).toEqual([]);
    },
  );

  it('says the same of an infinite number whichever YAML reader read the file', () => {
    const broken = edit(
      mini,
      'relations/all.yaml',
      'qualifiers: {time: {value: 2024-06-19, basis: metadata, rule: the signing date in the source metadata}}',
      'qualifiers: {quantity: {value: -.Inf, precision: exact, basis: text}}',
    );
    // A document start marker sends the file to the full parser.
    const full = edit(broken, 'relations/all.yaml', /^/, '---\n');
    const messages = (files: TextFile[]) => problems(files).map((p) => `${p.at.replace(/:\d+:/, ':')} ${p.message} ${p.hint}`);
    expect(messages(broken)).toEqual(messages(full));
    expect(messages(broken)).toEqual([expect.stringContaining('relations[0].qualifiers.quantity.value must be a finite number, found -.inf')]);
  });

  it('turns a year written as a number into an ISO string', () => {
    const result = loadKnowledgeBase(mini);
    if (!result.ok) throw new Error('invalid');
    expect(result.value.kb.relations.find((r) => r.id === 'r-kim-leads')!.qualifiers.time).toEqual({ value: '2011', basis: 'text' });
  });
});

// Each row breaks the fixture in one way and names where the error must point.
const BROKEN: Array<{ name: string; files: () => TextFile[]; expected: Array<{ at: string; message: RegExp }> }> = [
  {
    name: 'a quote not in the source',
    files: () => edit(mini, 'relations/all.yaml', 'quote: Kim Dzong Un podpisał traktat', 'quote: Kim Dzong Un podpisał umowę'),
    expected: [{ at: 'relations/all.yaml:10:16', message: /quote is not found verbatim in source "mini"/ }],
  },
  {
    name: 'a quote that differs in more than whitespace (case)',
    files: () => edit(mini, 'relations/all.yaml', 'quote: traktat z Władimirem', 'quote: Traktat z Władimirem'),
    expected: [{ at: 'relations/all.yaml:18:16', message: /not found verbatim/ }],
  },
  {
    name: 'a reference to a missing entity',
    files: () => edit(mini, 'relations/all.yaml', 'subject: putin', 'subject: putn'),
    expected: [{ at: 'relations/all.yaml:12:14', message: /missing entity "putn" as subject/ }],
  },
  {
    name: 'an ontology violation',
    files: () => edit(mini, 'relations/all.yaml', /object: north-korea/, 'object: putin'),
    expected: [{ at: 'relations/all.yaml:22:13', message: /LEADS does not allow Person "putin" as its object \(allowed: Country\)/ }],
  },
  {
    name: 'an unknown key',
    files: () => edit(mini, 'entities/all.yaml', 'wikidata: Q56226', 'wikidata: Q56226\n    wikipedia: Kim'),
    expected: [{ at: 'entities/all.yaml:7:5', message: /unknown key "wikipedia" in entities\[0\]/ }],
  },
  {
    name: 'keys that could reach a prototype',
    files: () => edit(mini, 'entities/all.yaml', 'wikidata: Q56226', 'wikidata: Q56226\n    __proto__: {x: 1}\n    attributes: {constructor: x, ok: 1}'),
    expected: [
      { at: 'entities/all.yaml:7:5', message: /unknown key "__proto__"/ },
      { at: 'entities/all.yaml:8:18', message: /the name "constructor" in entities\[0\]\.attributes is not allowed/ },
    ],
  },
  {
    name: 'a wrong type',
    files: () => edit(mini, 'entities/all.yaml', 'aliases: [Kim Dzong Una]', 'aliases: Kim Dzong Una'),
    expected: [{ at: 'entities/all.yaml:5:14', message: /entities\[0\]\.aliases must be a list, found a text/ }],
  },
  {
    name: 'a duplicate id',
    files: () => edit(mini, 'entities/all.yaml', /$/, '  - {id: putin, type: Person, name: {pl: P, en: P}}\n'),
    expected: [{ at: 'entities/all.yaml:18:10', message: /duplicate entity id "putin" \(first defined at entities\/all.yaml:7\)/ }],
  },
  {
    name: 'an unparseable date',
    files: () => edit(mini, 'relations/all.yaml', 'time: {value: 2024-06-19', 'time: {value: 2024-06-31'),
    expected: [{ at: 'relations/all.yaml:7:32', message: /time "2024-06-31" is not an ISO date/ }],
  },
  {
    name: 'an unknown relation type',
    files: () => edit(mini, 'relations/all.yaml', 'type: LEADS', 'type: LEAD'),
    expected: [{ at: 'relations/all.yaml:21:11', message: /unknown type "LEAD"/ }],
  },
  {
    // The claim vocabularies are fixed: a value outside them is a schema error.
    name: 'an unknown factuality, and a status that is an Object.prototype member',
    files: () => edit(mini, 'relations/all.yaml', 'quote: "Przywódca', 'factuality: rumoured\n        status: constructor\n        quote: "Przywódca'),
    expected: [
      { at: 'relations/all.yaml:27:21', message: /evidence\[0\]\.factuality "rumoured" is not an allowed value/ },
      { at: 'relations/all.yaml:28:17', message: /evidence\[0\]\.status "constructor" is not an allowed value/ },
    ],
  },
  {
    name: 'type names that are Object.prototype members',
    files: () => edit(edit(mini, 'relations/all.yaml', 'type: LEADS', 'type: __proto__'), 'entities/all.yaml', 'type: Country', 'type: toString'),
    expected: [
      { at: 'entities/all.yaml:12:11', message: /unknown type "toString"/ },
      { at: 'relations/all.yaml:21:11', message: /unknown type "__proto__"/ },
    ],
  },
  {
    name: 'a claimant that is not an entity',
    files: () => edit(mini, 'relations/all.yaml', 'quote: traktat z Władimirem Putinem', 'quote: traktat z Władimirem Putinem\n        claimedBy: [kcna]'),
    expected: [{ at: 'relations/all.yaml:19:21', message: /relation "r-putin-signed" names the missing entity "kcna" as claimant \(claimedBy\)/ }],
  },
  {
    name: 'a metadata date without its rule, and an inferred one without its note',
    files: () =>
      edit(
        edit(mini, 'relations/all.yaml', ', rule: the signing date in the source metadata', ''),
        'relations/all.yaml',
        '{time: {value: 2011, basis: text}}',
        '{time: {value: 2011, basis: inferred}}',
      ),
    expected: [
      { at: 'relations/all.yaml:7:51', message: /the time of relation "r-kim-signed" comes from metadata but names no rule/ },
      { at: 'relations/all.yaml:24:45', message: /the time of relation "r-kim-leads" is inferred but has no note/ },
    ],
  },
  {
    name: 'a text date, number or place that the evidence sentence does not give',
    files: () =>
      edit(
        edit(mini, 'relations/all.yaml', 'basis: metadata, rule: the signing date in the source metadata', 'basis: text'),
        'relations/all.yaml',
        '{time: {value: 2011, basis: text}}',
        '{time: {value: 2012, basis: text}, quantity: {value: 11, precision: exact, basis: text}, place: {value: north-korea, basis: text}}',
      ),
    expected: [
      { at: 'relations/all.yaml:7:51', message: /the time "2024-06-19" of relation "r-kim-signed" has basis text, but no sentence of its evidence gives it/ },
      { at: 'relations/all.yaml:24:45', message: /the time "2012" of relation "r-kim-leads" has basis text/ },
      { at: 'relations/all.yaml:24:99', message: /the quantity "11" of relation "r-kim-leads" has basis text/ },
    ],
  },
  {
    name: 'a YAML syntax error',
    files: () => edit(mini, 'entities/all.yaml', 'type: Country', 'type: Country: x'),
    expected: [{ at: 'entities/all.yaml:12:11', message: /YAML syntax/ }],
  },
  {
    name: 'numbers YAML reads as infinite or not a number',
    files: () =>
      edit(
        edit(
          mini,
          'relations/all.yaml',
          'qualifiers: {time: {value: 2024-06-19, basis: metadata, rule: the signing date in the source metadata}}',
          'qualifiers: {time: {value: .inf, basis: text}, quantity: {value: .inf, precision: exact, basis: text}}',
        ),
        'entities/all.yaml',
        'wikidata: Q56226',
        'wikidata: Q56226\n    attributes: {born: -.inf, height: .NaN}',
      ),
    expected: [
      { at: 'entities/all.yaml:7:24', message: /^entities\[0\]\.attributes\.born must be a text or a finite number or true or false, found -\.inf$/ },
      { at: 'entities/all.yaml:7:39', message: /^entities\[0\]\.attributes\.height must be a text or a finite number or true or false, found \.nan$/ },
      { at: 'relations/all.yaml:7:32', message: /^relations\[0\]\.qualifiers\.time\.value must be a text or an integer, found \.inf$/ },
      { at: 'relations/all.yaml:7:70', message: /^relations\[0\]\.qualifiers\.quantity\.value must be a finite number, found \.inf$/ },
    ],
  },
  ...[
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['relative', '/articles/kursk'],
    ['scheme-relative', '//example.org/a'],
    ['with a space', 'https://example.org/a b'],
    ['without a host', 'https:///path'],
    ['ftp:', 'ftp://example.org/a'],
    ['a line break', '"https://example.org/a\\nb"'],
  ].map(([what, url]) => ({
    name: `a source url that is ${what}`,
    files: () => edit(mini, 'sources/mini.yaml', 'language: pl', `language: pl\nurl: ${url}`),
    expected: [{ at: 'sources/mini.yaml:4:6', message: /^url ".*" has the wrong form$/s }],
  })),
  {
    name: "an outlet's url that is not a web address",
    files: () => edit(mini, 'sources/mini.yaml', 'outlet: {note: a fixture}', 'outlet: {note: a fixture, url: "javascript:void(0)"}'),
    expected: [{ at: 'sources/mini.yaml:5:32', message: /^outlet\.url "javascript:void\(0\)" has the wrong form$/ }],
  },
  {
    name: 'a url of the right form that does not parse',
    files: () => edit(mini, 'sources/mini.yaml', 'language: pl', 'language: pl\nurl: https://example.org:99999/a'),
    expected: [{ at: 'sources/mini.yaml:4:6', message: /^the address "https:\/\/example.org:99999\/a" is not a valid web address$/ }],
  },
  {
    name: 'a missing source text file',
    files: () => mini.filter((f) => f.path !== 'sources/mini.txt'),
    expected: [{ at: 'sources/mini.yaml:6:7', message: /source text "sources\/mini.txt" does not exist/ }],
  },
];

describe('loadKnowledgeBase on broken knowledge bases', () => {
  it.each(BROKEN)('reports $name at the right place', ({ files, expected }) => {
    const found = problems(files());
    expect(found).toHaveLength(expected.length);
    for (const e of expected) expect(found).toContainEqual(expect.objectContaining({ at: e.at, message: expect.stringMatching(e.message) }));
    for (const f of found) expect(f.hint.length).toBeGreaterThan(5);
  });

  it('reports every problem at once, sorted by file and line', () => {
    let files = edit(mini, 'relations/all.yaml', 'quote: Kim Dzong Un podpisał traktat', 'quote: Kim podpisał');
    files = edit(files, 'relations/all.yaml', 'subject: putin', 'subject: putn');
    files = edit(files, 'relations/all.yaml', /object: north-korea/, 'object: putin');
    files = edit(files, 'entities/all.yaml', /$/, '  - {id: kim, type: Person, name: {pl: Kim, en: Kim}}\n');
    const found = problems(files);
    expect(found.map((f) => f.at)).toEqual(['entities/all.yaml:18:10', 'relations/all.yaml:10:16', 'relations/all.yaml:12:14', 'relations/all.yaml:22:13']);
  });

  it('refuses a file over the size limit with a clear message', () => {
    const huge = `entities:\n${'  - {id: a, type: Person, name: {pl: a, en: a}}\n'.repeat(1_500_000)}`;
    const found = problems([...mini, { path: 'entities/huge.yaml', content: huge }]);
    expect(found).toEqual([
      expect.objectContaining({
        at: 'entities/huge.yaml:1:1',
        message: expect.stringMatching(/too large \(\d+\.\d MiB; the limit is 64 MiB\)/),
        hint: 'split it into several files in the same folder',
      }),
    ]);
  });

  it('suggests the nearest id for a misspelt reference', () => {
    const [problem] = problems(edit(mini, 'relations/all.yaml', 'subject: putin', 'subject: putn'));
    expect(problem!.hint).toMatch(/did you mean "putin"/);
  });

  it('rejects a YAML file in a place the loader does not read, and a missing ontology', () => {
    const found = problems([...mini.filter((f) => f.path !== 'ontology.yaml'), { path: 'facts.yaml', content: 'a: 1\n' }]);
    expect(found.map((f) => f.at)).toEqual(expect.arrayContaining(['facts.yaml:1:1', 'ontology.yaml:1:1']));
  });
});

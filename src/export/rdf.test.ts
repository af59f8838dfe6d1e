import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Graph } from '../model/graph.ts';
import { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportTurtle } from './index.ts';
import { namespaces } from './rdf.ts';
import { baseIriProblem, calendarType, numberLexical } from './rdf-terms.ts';
import { hostileGraph, kbGraph, miniGraph, tempDir } from './test-support.ts';
import type { AnyGraph } from './types.ts';

const NS = namespaces('https://example.org/faktograf/');
const PREFIXES = Object.entries(NS)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join('\n');

function load(turtle: string): Store {
  const store = new Store();
  store.load(turtle, { format: 'text/turtle' });
  return store;
}

function select(store: Store, query: string): Array<Record<string, string>> {
  const rows = store.query(`${PREFIXES}\n${query}`) as Array<Map<string, { value: string }>>;
  return rows.map((b) => Object.fromEntries([...b.entries()].map(([k, v]) => [k, v.value])));
}

/** Debian's rapper (raptor2-utils), a second, independent Turtle parser. */
function rapperCount(turtle: string): { triples: number; errors: string } {
  const file = join(tempDir(), 'graph.ttl');
  writeFileSync(file, turtle);
  const r = spawnSync('rapper', ['-i', 'turtle', '-c', file], { encoding: 'utf8' });
  if (r.error) throw new Error('rapper is missing: apt-get install -y raptor2-utils (.ci/run installs it)');
  return { triples: Number(/returned (\d+) triples/.exec(r.stderr)?.[1] ?? NaN), errors: r.status === 0 ? '' : r.stderr };
}

let kbTurtle: string;
let kbRelations: number;
beforeAll(async () => {
  const kb = await kbGraph(false);
  kbTurtle = exportTurtle(kb).text;
  kbRelations = kb.size;
});

describe('RDF Turtle export', () => {
  it('parses with rapper and loads into oxigraph with the same number of triples', () => {
    const { triples, errors } = rapperCount(kbTurtle);
    expect(errors).toBe('');
    expect(triples).toBeGreaterThan(1500);
    expect(load(kbTurtle).size).toBe(triples);
  });

  it("answers who announced the sappers' deployment, with how firm it is and the quote", () => {
    const store = load(kbTurtle);
    // The deployment of the sappers: a DEPLOYED_TO relation whose subject is called "saperzy";
    // the claimant and the factuality are the quote's own, in PROV-O.
    const byAttribution = select(
      store,
      `SELECT DISTINCT ?name ?factuality ?status ?quote WHERE {
         ?sappers skos:altLabel "saperzy" .
         ?deployment rdf:subject ?sappers ; rdf:predicate prop:DEPLOYED_TO ; prov:wasDerivedFrom ?ev .
         ?ev prov:wasAttributedTo ?who ; fk:factuality ?f ; fk:status ?s ; fk:quote ?quote .
         ?who a prov:Agent ; rdfs:label ?name . FILTER(lang(?name) = "en")
         ?f rdfs:label ?factuality . FILTER(lang(?factuality) = "en")
         ?s rdfs:label ?status . FILTER(lang(?status) = "en")
       }`,
    );
    expect(byAttribution).toEqual([
      { name: 'Sergei Shoigu', factuality: 'certain', status: 'planned', quote: 'Zadaniem północnokoreańskich saperów będzie rozminowywanie terytorium' },
    ]);
    // And through the graph: who ANNOUNCED the contingent the sappers are part of.
    const byAnnouncement = select(
      store,
      `SELECT DISTINCT ?name ?time WHERE {
         ?sappers skos:altLabel "saperzy" ; prop:PART_OF ?contingent .
         ?who prop:ANNOUNCED ?contingent ; rdfs:label ?name . FILTER(lang(?name) = "en")
         ?s rdf:subject ?who ; rdf:predicate prop:ANNOUNCED ; rdf:object ?contingent ; fk:time ?time .
       }`,
    );
    expect(byAnnouncement).toEqual([{ name: 'Sergei Shoigu', time: '2025-06-17' }]);
  });

  it('carries qualifiers, attribution, evidence offsets, Wikidata and the ontology', () => {
    const store = load(kbTurtle);
    expect(
      select(
        store,
        `SELECT ?value ?precision ?unit ?basis ?start ?end ?source WHERE {
           rel:r-sappers-part-of-contingent-2025 fk:quantity ?q ; prov:wasDerivedFrom ?ev .
           ?q rdf:value ?value ; fk:precision ?precision ; fk:unit ?unit ; fk:basis ?basis . FILTER(lang(?unit) = "en")
           ?ev fk:start ?start ; fk:end ?end ; prov:hadPrimarySource ?source .
         }`,
      ),
    ).toEqual([
      { value: '1000', precision: 'approximate', unit: 'sappers', basis: `${NS.claim}text`, start: '63', end: '108', source: `${NS.src}seed-kp-kursk-2025` },
    ]);
    // A date the text does not give names its basis and rule.
    expect(select(store, 'SELECT ?basis ?rule WHERE { rel:r-ratification-concerns-treaty fk:timeBasis ?basis ; fk:timeRule ?rule }')).toEqual([
      { basis: `${NS.claim}metadata`, rule: "'w listopadzie', after a June 2024 signing and before a June 2025 publication = November 2024" },
    ]);
    expect(select(store, 'SELECT ?wd WHERE { ent:kim-jong-un owl:sameAs ?wd }')).toEqual([{ wd: 'http://www.wikidata.org/entity/Q56226' }]);
    expect(select(store, 'SELECT ?rank WHERE { claim:certain a fk:Factuality ; fk:rank ?rank }')).toEqual([{ rank: '4' }]);
    expect(select(store, 'SELECT (COUNT(?s) AS ?n) WHERE { ?s a fk:Relation }')).toEqual([{ n: String(kbRelations) }]);
    expect(select(store, 'SELECT ?n WHERE { rel:r-kim-signed-treaty fk:independentOutlets ?n }')).toEqual([{ n: '1' }]);
  });

  it('types dates, takes a base IRI, and says what it leaves out', () => {
    const { text, warnings } = exportTurtle(miniGraph(), { base: 'https://faktograf.test/kb/' });
    expect(text).toContain('@prefix ent: <https://faktograf.test/kb/entity/>.');
    expect(text).toContain('fk:time "2024-06-19"^^xsd:date');
    expect(text).toContain('fk:time "2011"^^xsd:gYear');
    expect(warnings).toEqual([
      'RDF here does not carry the graph attribute name (the ontology and the source ids are written)',
      'layout and display attributes (label, x, y, size, color, degree) are not written: RDF carries the facts',
    ]);
    expect(rapperCount(text).errors).toBe('');
  });

  it('writes conflicts as resources with both sides', () => {
    const g = miniGraph();
    const side = (relation: string, value: string, quote: string) => ({
      relation,
      value,
      claimedBy: ['kim'],
      evidence: [{ source: 'mini', outlet: 'source:mini', quote, start: 0, end: 1, claimedBy: ['kim'], factuality: 'certain', polarity: 'positive' }],
    });
    g.setAttribute('conflicts', [
      {
        id: 'c-time-r-kim-signed-r-putin-signed',
        kind: 'time',
        subject: 'kim',
        type: 'SIGNED',
        object: 'treaty',
        sides: [side('r-kim-signed', '2024-06-19', 'Kim'), side('r-putin-signed', '2024-06-20', 'Putin')],
      },
    ]);
    const { text } = exportTurtle(g);
    expect(rapperCount(text).errors).toBe('');
    expect(
      select(
        load(text),
        'SELECT ?kind ?relation ?value ?quote WHERE { ?c a fk:Conflict ; fk:kind ?kind ; fk:side ?s . ?s fk:relation ?relation ; rdf:value ?value ; fk:quote ?quote } ORDER BY ?value',
      ),
    ).toEqual([
      { kind: 'time', relation: `${NS.rel}r-kim-signed`, value: '2024-06-19', quote: 'Kim' },
      { kind: 'time', relation: `${NS.rel}r-putin-signed`, value: '2024-06-20', quote: 'Putin' },
    ]);
  });
});

describe('RDF Turtle export of one slot claimed several times', () => {
  it('writes each triple once: the asserted triple of a slot, and a quote two sources share', () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('b');
    for (const [edge, value] of [
      ['r-1', 100],
      ['r-2', 300],
    ] as const)
      g.addEdgeWithKey(edge, 'a', 'b', {
        relationType: 'SUFFERED',
        qualifiers: { quantity: { value, precision: 'approximate', basis: 'text' } },
        evidence: [{ source: 's', quote: 'q' }],
      });
    const side = (relation: string) => ({
      relation,
      value: relation,
      claimedBy: [],
      evidence: [
        { source: 'wire', quote: 'the same words' },
        { source: 'reprint', quote: 'the same words' },
      ],
    });
    g.setAttribute('conflicts', [{ id: 'c-1', kind: 'quantity', subject: 'a', type: 'SUFFERED', object: 'b', sides: [side('r-1'), side('r-2')] }]);
    const turtle = exportTurtle(g as unknown as AnyGraph).text;
    const { triples, errors } = rapperCount(turtle);
    expect(errors).toBe('');
    expect(load(turtle).size).toBe(triples);
    expect(select(load(turtle), 'SELECT ?s WHERE { ?s rdf:subject ent:a ; rdf:predicate prop:SUFFERED }')).toHaveLength(2);
  });
});

describe('RDF Turtle export of hostile values', () => {
  const objects = (store: Store, subject: string, predicate: string) =>
    select(store, `SELECT ?o (DATATYPE(?o) AS ?type) WHERE { ${subject} ${predicate} ?o }`).map((r) => `${r.o} ${r.type!.replace(/.*#/, '')}`);

  it('types numbers as XML Schema reads them: exponents and unsafe integers as xsd:double, INF and NaN', () => {
    const { text } = exportTurtle(hostileGraph());
    const store = load(text);
    const written = Object.fromEntries([...text.matchAll(/attr:(\w+) ([^;\n]+?)(?: \.|;)\n/g)].map((m) => [m[1], m[2]]));
    expect(written).toMatchObject({
      big: '1.0E21',
      huge: '1.152921504606847E18',
      tiny: '-1.5E-7',
      half: '5.0E-1',
      nan: '"NaN"^^xsd:double',
      inf: '"INF"^^xsd:double',
      ninf: '"-INF"^^xsd:double',
      count: '6',
    });
    const type = (k: string) => objects(store, 'ent:a', `attr:${k}`)[0]!.replace(/.* /, '');
    expect(['big', 'huge', 'tiny', 'half', 'nan', 'inf', 'ninf', 'count'].map(type)).toEqual([
      'double',
      'double',
      'double',
      'double',
      'double',
      'double',
      'double',
      'integer',
    ]);
    // Oxigraph reads every literal as valid for its datatype (an ill-typed one has no value).
    expect(select(store, 'SELECT (COUNT(?o) AS ?n) WHERE { ent:a ?p ?o FILTER(isNumeric(?o)) }')).toEqual([{ n: '8' }]);
    expect(numberLexical(-0)).toEqual({ value: '0', type: 'integer' });
  });

  it('types only real calendar dates, and says which were not', () => {
    const { text, warnings } = exportTurtle(hostileGraph());
    const store = load(text);
    const time = (key: string) => objects(store, `rel:${key}`, 'fk:time');
    expect(time('leap')).toEqual(['2024-02-29 date']);
    expect(time('year-month')).toEqual(['2025-06 gYearMonth']);
    for (const key of ['not-leap', 'thirtieth', 'month', 'year-zero', 'words']) expect(time(key)[0]).toMatch(/ string$/);
    expect(warnings).toContain('times that look like dates but are not real ones (first: "2025-02-29") were written as plain text, not typed (4 times)');
    expect([calendarType('1900-02-29'), calendarType('2000-02-29'), calendarType('2025-04-31'), calendarType('2025')]).toEqual([null, 'date', null, 'gYear']);
  });

  it('writes a language key that is not a language tag, and a lone surrogate, without breaking the document', () => {
    const { text, warnings } = exportTurtle(hostileGraph());
    expect(rapperCount(text).errors).toBe('');
    const store = load(text);
    expect(objects(store, 'ent:a', 'rdfs:label').sort()).toEqual(['A langString', 'injected? string']);
    // Hostile ids, types and keys stay inside their IRIs, percent-encoded.
    expect(
      select(
        store,
        'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "https://evil") || STRSTARTS(STR(?p), "https://evil") || STRSTARTS(STR(?o), "https://evil")) }',
      ),
    ).toEqual([{ n: '0' }]);
    expect(select(store, 'SELECT ?p WHERE { ent:a ?p ?o FILTER(STRSTARTS(STR(?o), STR(ent:c))) }')).toEqual([
      { p: `${NS.prop}R%3E%20%3Chttps%3A%2F%2Fevil.example%2Fp` },
    ]);
    expect(objects(store, 'ent:a', 'attr:lone')).toEqual(['broken \ufffd half string']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'texts keyed by something that is not a language tag (first: "en> <https://evil.example/p> "x") were written without a language',
        'unpaired UTF-16 surrogates, which UTF-8 cannot hold, were replaced by U+FFFD',
      ]),
    );
  });

  it('puts a space between a number and the final dot of its statement, for Virtuoso', () => {
    const { text } = exportTurtle(hostileGraph());
    expect(text).toContain('fk:rank 4 .\n');
    expect(text).not.toMatch(/\d\.\n/);
    expect(exportTurtle(miniGraph(false)).text).not.toMatch(/\d\.\n/);
  });

  it('refuses a base IRI that could end its @prefix early or is not an absolute IRI', () => {
    const injection = 'https://example.net/kb/> . <https://evil.example/s> <https://evil.example/p> <https://evil.example/o';
    expect(() => exportTurtle(miniGraph(false), { base: injection })).toThrow(/the base IRI ".*" may not contain ">"/);
    expect(baseIriProblem('https://example.net/kb>/')).toMatch(/may not contain ">"/);
    expect(baseIriProblem('https://example.net/k\nb/')).toMatch(/control character U\+000A/);
    expect(baseIriProblem('https://example.net/{kb}/')).toMatch(/may not contain "\{"/);
    expect(baseIriProblem('example.net/kb/')).toMatch(/must be an absolute IRI/);
    expect(baseIriProblem('https://example.net/kb')).toMatch(/must end with "\/"/);
    expect(baseIriProblem('https://example.net/kb#')).toMatch(/may not hold "#"/);
    expect(baseIriProblem('https://example.net/100%/')).toMatch(/percent-escape/);
    expect(baseIriProblem('http://[::1/')).toBe('is not a valid IRI');
    for (const ok of ['https://example.net/kb/', 'urn:faktograf:', 'https://przykład.pl/baza%20wiedzy/', 'http://localhost:8890/kb/'])
      expect(baseIriProblem(ok)).toBeUndefined();
    const { text } = exportTurtle(miniGraph(false), { base: 'https://przykład.pl/baza%20wiedzy/' });
    expect(rapperCount(text).errors).toBe('');
  });
});

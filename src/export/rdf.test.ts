import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportTurtle } from './index.ts';
import { namespaces } from './rdf.ts';
import { kbGraph, miniGraph, tempDir } from './test-support.ts';

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
beforeAll(async () => {
  kbTurtle = exportTurtle(await kbGraph(false)).text;
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
    expect(byAttribution).toEqual([{ name: 'Sergei Shoigu', factuality: 'certain', status: 'planned', quote: 'Zadaniem północnokoreańskich saperów będzie rozminowywanie terytorium' }]);
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
    ).toEqual([{ value: '1000', precision: 'approximate', unit: 'sappers', basis: `${NS.claim}text`, start: '63', end: '108', source: `${NS.src}seed-kp-kursk-2025` }]);
    // A date the text does not give names its basis and rule.
    expect(select(store, 'SELECT ?basis ?rule WHERE { rel:r-ratification-concerns-treaty fk:timeBasis ?basis ; fk:timeRule ?rule }')).toEqual([
      { basis: `${NS.claim}metadata`, rule: "'w listopadzie', after a June 2024 signing and before a June 2025 publication = November 2024" },
    ]);
    expect(select(store, 'SELECT ?wd WHERE { ent:kim-jong-un owl:sameAs ?wd }')).toEqual([{ wd: 'http://www.wikidata.org/entity/Q56226' }]);
    expect(select(store, 'SELECT ?rank WHERE { claim:certain a fk:Factuality ; fk:rank ?rank }')).toEqual([{ rank: '4' }]);
    expect(select(store, 'SELECT (COUNT(?s) AS ?n) WHERE { ?s a fk:Relation }')).toEqual([{ n: '83' }]);
    expect(select(store, 'SELECT ?n WHERE { rel:r-kim-signed-treaty fk:independentOutlets ?n }')).toEqual([{ n: '1' }]);
  });

  it('types dates, takes a base IRI, and says what it leaves out', () => {
    const { text, warnings } = exportTurtle(miniGraph(), { base: 'https://faktograf.test/kb/' });
    expect(text).toContain('@prefix ent: <https://faktograf.test/kb/entity/>.');
    expect(text).toContain('fk:time "2024-06-19"^^xsd:date');
    expect(text).toContain('fk:time "2011"^^xsd:gYear');
    expect(warnings).toEqual([
      'RDF here does not carry the graph attributes name, series (the ontology and the source ids are written)',
      'layout and display attributes (label, x, y, size, color, pagerank, degree) are not written: RDF carries the facts',
    ]);
    expect(rapperCount(text).errors).toBe('');
  });

  it('writes conflicts as resources with both sides', () => {
    const g = miniGraph();
    const side = (relation: string, value: string, quote: string) => ({ relation, value, claimedBy: ['kim'], evidence: [{ source: 'mini', outlet: 'source:mini', quote, start: 0, end: 1, claimedBy: ['kim'], factuality: 'certain', polarity: 'positive' }] });
    g.setAttribute('conflicts', [{ id: 'c-time-r-kim-signed-r-putin-signed', kind: 'time', subject: 'kim', type: 'SIGNED', object: 'treaty', sides: [side('r-kim-signed', '2024-06-19', 'Kim'), side('r-putin-signed', '2024-06-20', 'Putin')] }]);
    const { text } = exportTurtle(g);
    expect(rapperCount(text).errors).toBe('');
    expect(select(load(text), 'SELECT ?kind ?relation ?value ?quote WHERE { ?c a fk:Conflict ; fk:kind ?kind ; fk:side ?s . ?s fk:relation ?relation ; rdf:value ?value ; fk:quote ?quote } ORDER BY ?value')).toEqual([
      { kind: 'time', relation: `${NS.rel}r-kim-signed`, value: '2024-06-19', quote: 'Kim' },
      { kind: 'time', relation: `${NS.rel}r-putin-signed`, value: '2024-06-20', quote: 'Putin' },
    ]);
  });
});

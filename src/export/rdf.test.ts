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
    // The deployment of the sappers: a DEPLOYED_TO relation whose subject is called "saperzy".
    const byAttribution = select(
      store,
      `SELECT DISTINCT ?name ?certainty ?quote WHERE {
         ?sappers skos:altLabel "saperzy" .
         ?deployment rdf:subject ?sappers ; rdf:predicate prop:DEPLOYED_TO ;
                     prov:wasAttributedTo ?who ; fk:certainty ?c ; prov:wasDerivedFrom ?ev .
         ?who rdfs:label ?name . FILTER(lang(?name) = "en")
         ?c rdfs:label ?certainty . FILTER(lang(?certainty) = "en")
         ?ev fk:quote ?quote .
       }`,
    );
    expect(byAttribution).toEqual([{ name: 'Sergei Shoigu', certainty: 'announced', quote: 'Zadaniem północnokoreańskich saperów będzie rozminowywanie terytorium' }]);
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
        `SELECT ?value ?precision ?unit ?start ?end ?source WHERE {
           rel:r-sappers-part-of-contingent-2025 fk:quantity ?q ; prov:wasDerivedFrom ?ev .
           ?q rdf:value ?value ; fk:precision ?precision ; fk:unit ?unit . FILTER(lang(?unit) = "en")
           ?ev fk:start ?start ; fk:end ?end ; prov:hadPrimarySource ?source .
         }`,
      ),
    ).toEqual([{ value: '1000', precision: 'exact', unit: 'sappers', start: '63', end: '108', source: `${NS.src}seed-kp-kursk-2025` }]);
    expect(select(store, 'SELECT ?wd WHERE { ent:kim-jong-un owl:sameAs ?wd }')).toEqual([{ wd: 'http://www.wikidata.org/entity/Q56226' }]);
    expect(select(store, 'SELECT ?rank WHERE { cert:stated fk:rank ?rank }')).toEqual([{ rank: '6' }]);
    expect(select(store, 'SELECT (COUNT(?s) AS ?n) WHERE { ?s a fk:Relation }')).toEqual([{ n: '81' }]);
  });

  it('types dates, takes a base IRI, and says what it leaves out', () => {
    const { text, warnings } = exportTurtle(miniGraph(), { base: 'https://faktograf.test/kb/' });
    expect(text).toContain('@prefix ent: <https://faktograf.test/kb/entity/>.');
    expect(text).toContain('fk:time "2024-06-19"^^xsd:date');
    expect(text).toContain('fk:time "2011"^^xsd:gYear');
    expect(warnings).toEqual([
      'RDF here does not carry the graph attribute name (the ontology and the source ids are written)',
      'layout and display attributes (label, x, y, size, color, pagerank, degree) are not written: RDF carries the facts',
    ]);
    expect(rapperCount(text).errors).toBe('');
  });
});

// The namespaces of the RDF that the Turtle export writes and `faktograf load` sends, and
// the option that sets them. Kept apart from the statements (rdf-statements.ts), whose types
// come from n3, so that the package's public declarations need no n3 types.
export interface TurtleOptions {
  /** Namespace of the graph's IRIs; set your own before publishing (checked: see baseIriProblem). */
  base: string;
}

export const DEFAULT_BASE = 'https://example.org/faktograf/';

export const W3 = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  wd: 'http://www.wikidata.org/entity/',
};

export function namespaces(base: string) {
  return {
    ...W3,
    fk: `${base}vocab#`,
    ent: `${base}entity/`,
    rel: `${base}relation/`,
    ev: `${base}evidence/`,
    src: `${base}source/`,
    type: `${base}type/`,
    prop: `${base}property/`,
    claim: `${base}claim/`,
    conflict: `${base}conflict/`,
    series: `${base}series/`,
    attr: `${base}attribute/`,
  };
}

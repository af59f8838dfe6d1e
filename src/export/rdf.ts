// RDF Turtle through n3: the path to triple stores for graphs that outgrow one machine.
// Entities are IRIs (`owl:sameAs` Wikidata); each relation is asserted as a triple and
// described as an `rdf:Statement` (standard reification, which every Turtle parser and
// store reads, unlike RDF-star) carrying its certainty, qualifiers, attribution
// (`prov:wasAttributedTo`) and evidence (`prov:wasDerivedFrom` quotes located in their
// source). Layout and display attributes are not facts and are left out, said so.
// The vocabulary is documented in docs/interchange.md.
import { DataFactory, Writer } from 'n3';
import type { Quad_Object, Quad_Predicate, Quad_Subject } from 'n3';
import { exportOf, Notes } from './notes.ts';
import { baseIriProblem, calendarType, isLanguageTag, LONE_SURROGATE, numberLexical } from './rdf-terms.ts';
import type { AnyGraph, Export } from './types.ts';

const { namedNode, literal } = DataFactory;

export interface TurtleOptions {
  /** Namespace of the graph's IRIs; set your own before publishing (checked: see baseIriProblem). */
  base: string;
}

export const DEFAULT_BASE = 'https://example.org/faktograf/';

const W3 = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  wd: 'http://www.wikidata.org/entity/',
};

/** Node and edge attributes that describe the drawing, not the facts. */
const DISPLAY = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'pagerank', 'degree']);
const NODE_MODEL = new Set(['entityType', 'name', 'aliases', 'wikidata', 'description', 'attributes']);
const EDGE_MODEL = new Set(['relationType', 'certainty', 'attributedTo', 'qualifiers', 'evidence']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function namespaces(base: string) {
  return { ...W3, fk: `${base}vocab#`, ent: `${base}entity/`, rel: `${base}relation/`, ev: `${base}evidence/`, src: `${base}source/`, type: `${base}type/`, prop: `${base}property/`, cert: `${base}certainty/`, attr: `${base}attribute/` };
}

export function turtle(graph: AnyGraph, options: Partial<TurtleOptions> = {}): Export {
  const base = options.base ?? DEFAULT_BASE;
  const problem = baseIriProblem(base);
  if (problem) throw new RangeError(`the base IRI "${base}" ${problem}`);
  const ns = namespaces(base);
  const notes = new Notes();
  const xsd = (type: string) => namedNode(W3.xsd + type);
  /** Unpaired surrogates cannot be written as UTF-8: they become U+FFFD, said so. */
  const wellFormed = (s: string) =>
    s.replace(LONE_SURROGATE, () => {
      notes.add('surrogate', 'unpaired UTF-16 surrogates, which UTF-8 cannot hold, were replaced by U+FFFD');
      return '\uFFFD';
    });
  const iri = (prefix: keyof typeof ns, local: string) => namedNode(ns[prefix] + encodeURIComponent(wellFormed(local)));
  const v = (prefix: keyof typeof ns, local: string) => namedNode(ns[prefix] + local);
  const a = v('rdf', 'type');
  const text = (value: string, language?: string) => {
    if (language !== undefined && !isLanguageTag(language)) {
      notes.add('language', `texts keyed by something that is not a language tag (first: "${language}") were written without a language`);
      language = undefined;
    }
    return literal(wellFormed(value), language);
  };
  const scalarLiteral = (value: unknown) => {
    if (typeof value === 'number') {
      const { value: lexical, type } = numberLexical(value);
      return literal(lexical, xsd(type));
    }
    if (typeof value === 'boolean') return literal(String(value), xsd('boolean'));
    if (typeof value === 'string') return text(value);
    return literal(wellFormed(JSON.stringify(value) ?? 'null'), namedNode(`${W3.rdf}JSON`));
  };
  const timeLiteral = (t: string) => {
    const type = calendarType(t);
    if (type === null) notes.add('time', `times that look like dates but are not real ones (first: "${t}") were written as plain text, not typed`);
    return type ? literal(t, xsd(type)) : text(t);
  };

  function* chunks(): Generator<string> {
    let buffer: string[] = [];
    const display = new Set<string>();
    // Virtuoso's loader rejects a number directly followed by the statement's final dot
    // (`fk:rank 6.`); n3 writes that dot at the start of a piece, so a space goes before it.
    let digitLast = false;
    const write = (piece: string) => {
      if (digitLast && piece.startsWith('.')) buffer.push(' ');
      if (piece) digitLast = /\d$/.test(piece);
      buffer.push(piece);
    };
    const writer = new Writer({ write, end: () => undefined }, { prefixes: ns });
    const add = (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object) => writer.addQuad(s, p, o);
    const flush = () => {
      const out = buffer.join('');
      buffer = [];
      return out;
    };
    const langText = (s: Quad_Subject, p: Quad_Predicate, value: unknown) => {
      if (isObj(value)) for (const [lang, t] of Object.entries(value)) if (typeof t === 'string') add(s, p, text(t, lang));
    };
    const generic = (s: Quad_Subject, attrs: Obj, known: Set<string>) => {
      for (const [k, val] of Object.entries(attrs)) {
        if (known.has(k) || val === undefined) continue;
        if (DISPLAY.has(k)) display.add(k);
        else add(s, iri('attr', k), scalarLiteral(val));
      }
    };

    const unwritten = Object.keys(graph.getAttributes()).filter((k) => k !== 'ontology' && k !== 'sources');
    if (unwritten.length) notes.add('graph-attributes', `RDF here does not carry the graph attribute${unwritten.length > 1 ? 's' : ''} ${unwritten.join(', ')} (the ontology and the source ids are written)`);
    vocabulary(graph.getAttribute('ontology'));
    for (const id of Array.isArray(graph.getAttribute('sources')) ? (graph.getAttribute('sources') as unknown[]) : [])
      if (typeof id === 'string') add(iri('src', id), a, v('prov', 'Entity'));
    yield flush();

    for (const { node, attributes: n } of graph.nodeEntries()) {
      const s = iri('ent', node);
      add(s, a, typeof n.entityType === 'string' ? iri('type', n.entityType) : v('fk', 'Entity'));
      if (isObj(n.name)) langText(s, v('rdfs', 'label'), n.name);
      else if (typeof n.label === 'string') add(s, v('rdfs', 'label'), text(n.label));
      if (Array.isArray(n.aliases)) for (const alias of n.aliases) if (typeof alias === 'string') add(s, v('skos', 'altLabel'), text(alias));
      if (typeof n.wikidata === 'string') add(s, v('owl', 'sameAs'), iri('wd', n.wikidata));
      langText(s, v('rdfs', 'comment'), n.description);
      if (isObj(n.attributes)) for (const [k, val] of Object.entries(n.attributes)) add(s, iri('attr', k), scalarLiteral(val));
      generic(s, n, NODE_MODEL);
      if (buffer.length > 512) yield flush();
    }

    for (const { edge, attributes: e, source, target, undirected } of graph.edgeEntries()) {
      const [s, o] = [iri('ent', source), iri('ent', target)];
      const p = iri('prop', str(e.relationType) ?? str(e.label) ?? 'related');
      const st = iri('rel', edge);
      add(s, p, o);
      add(st, a, v('rdf', 'Statement'));
      add(st, a, v('fk', 'Relation'));
      add(st, v('rdf', 'subject'), s);
      add(st, v('rdf', 'predicate'), p);
      add(st, v('rdf', 'object'), o);
      if (undirected) add(st, v('fk', 'undirected'), literal('true', xsd('boolean')));
      if (typeof e.certainty === 'string') add(st, v('fk', 'certainty'), iri('cert', e.certainty));
      if (Array.isArray(e.attributedTo)) for (const who of e.attributedTo) if (typeof who === 'string') add(st, v('prov', 'wasAttributedTo'), iri('ent', who));
      if (isObj(e.qualifiers)) qualifiers(st, e.qualifiers);
      if (Array.isArray(e.evidence))
        e.evidence.forEach((ev, i) => {
          if (!isObj(ev)) return;
          const evidence = iri('ev', `${edge}-${i + 1}`);
          add(st, v('prov', 'wasDerivedFrom'), evidence);
          add(evidence, a, v('fk', 'Evidence'));
          add(evidence, a, v('prov', 'Entity'));
          if (typeof ev.source === 'string') add(evidence, v('prov', 'hadPrimarySource'), iri('src', ev.source));
          if (typeof ev.quote === 'string') add(evidence, v('fk', 'quote'), text(ev.quote));
          for (const k of ['start', 'end', 'sentence']) if (typeof ev[k] === 'number') add(evidence, v('fk', k), scalarLiteral(ev[k]));
        });
      generic(st, e, EDGE_MODEL);
      if (buffer.length > 512) yield flush();
    }
    writer.end();
    if (display.size) notes.add('display', `layout and display attributes (${[...display].join(', ')}) are not written: RDF carries the facts`);
    yield flush();

    function qualifiers(st: Quad_Subject, q: Obj) {
      if (typeof q.time === 'string') add(st, v('fk', 'time'), timeLiteral(q.time));
      if (typeof q.place === 'string') add(st, v('fk', 'place'), iri('ent', q.place));
      langText(st, v('fk', 'purpose'), q.purpose);
      langText(st, v('fk', 'role'), q.role);
      if (isObj(q.quantity)) {
        const { value, precision, unit } = q.quantity;
        const parts: Array<{ predicate: Quad_Predicate; object: Quad_Object }> = [{ predicate: a, object: v('fk', 'Quantity') }];
        if (typeof value === 'number') parts.push({ predicate: v('rdf', 'value'), object: scalarLiteral(value) });
        if (typeof precision === 'string') parts.push({ predicate: v('fk', 'precision'), object: text(precision) });
        if (isObj(unit)) for (const [lang, t] of Object.entries(unit)) if (typeof t === 'string') parts.push({ predicate: v('fk', 'unit'), object: text(t, lang) });
        add(st, v('fk', 'quantity'), writer.blank(parts));
      }
      for (const [k, val] of Object.entries(q)) if (!['time', 'place', 'purpose', 'role', 'quantity'].includes(k)) add(st, iri('attr', k), scalarLiteral(val));
    }

    function vocabulary(ontology: unknown) {
      if (!isObj(ontology)) return;
      const describe = (s: Quad_Subject, def: Obj) => {
        langText(s, v('rdfs', 'label'), def.label);
        langText(s, v('rdfs', 'comment'), def.description);
        if (typeof def.color === 'string') add(s, v('fk', 'color'), text(def.color));
      };
      for (const [id, def] of Object.entries(isObj(ontology.entityTypes) ? ontology.entityTypes : {})) {
        const s = iri('type', id);
        add(s, a, v('owl', 'Class'));
        add(s, v('rdfs', 'subClassOf'), v('fk', 'Entity'));
        if (isObj(def)) describe(s, def);
      }
      for (const [id, def] of Object.entries(isObj(ontology.relationTypes) ? ontology.relationTypes : {})) {
        const s = iri('prop', id);
        add(s, a, v('owl', 'ObjectProperty'));
        if (!isObj(def)) continue;
        describe(s, def);
        for (const [key, pred] of [['subject', 'subjectType'], ['object', 'objectType']] as const)
          if (Array.isArray(def[key])) for (const t of def[key] as unknown[]) if (typeof t === 'string') add(s, v('fk', pred), iri('type', t));
      }
      for (const [id, def] of Object.entries(isObj(ontology.certainty) ? ontology.certainty : {})) {
        const s = iri('cert', id);
        add(s, a, v('fk', 'CertaintyLevel'));
        if (!isObj(def)) continue;
        describe(s, def);
        if (typeof def.rank === 'number') add(s, v('fk', 'rank'), scalarLiteral(def.rank));
      }
    }
  }

  return exportOf([{ name: 'graph.ttl', chunks: chunks() }], notes);
}

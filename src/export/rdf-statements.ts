// The knowledge graph as RDF statements, in the vocabulary that the Turtle export writes and
// `faktograf load` sends to a triple store. Entities are IRIs (`owl:sameAs` Wikidata); each
// relation is asserted as a triple and described as an `rdf:Statement` (standard
// reification, which every Turtle parser and store reads, unlike RDF-star) carrying its
// derived claim (factuality, polarity, status, claimants as `prov:wasAttributedTo`,
// corroboration), qualifiers with their basis and evidence (`prov:wasDerivedFrom` quotes
// located in their source, each with its own factuality and claimants, attributed to them
// in PROV-O). Conflicts are resources with their two sides. Layout and display attributes
// are not facts and are left out, said so. The vocabulary is documented in docs/interchange.md.
import { DataFactory } from 'n3';

/**
 * An RDF term as n3's DataFactory makes it. Not n3's own types: they are a dev dependency,
 * and the published declarations (faktograf/export) must not need them.
 */
export interface RdfTerm {
  readonly termType: string;
  readonly value: string;
}
type Quad_Subject = RdfTerm;
type Quad_Predicate = RdfTerm;
type Quad_Object = RdfTerm;
import type { Notes } from './notes.ts';
import { baseIriProblem, calendarType, isLanguageTag, LONE_SURROGATE, numberLexical } from './rdf-terms.ts';
import { DEFAULT_BASE, namespaces, W3, type TurtleOptions } from './rdf-namespaces.ts';
import type { AnyGraph } from './types.ts';

const { namedNode, literal } = DataFactory;

/** A blank node written in place (`[ … ]` in Turtle) with its predicates and objects. */
export interface BlankNodeOf {
  parts: Part[];
}
export interface Part {
  predicate: Quad_Predicate;
  object: Quad_Object;
}
/** One triple, or a triple and the blank node that is its object. */
export interface Statement {
  subject: Quad_Subject;
  predicate: Quad_Predicate;
  object: Quad_Object | BlankNodeOf;
}

/** Node and edge attributes that describe the drawing, not the facts. */
const DISPLAY = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'degree']);
const NODE_MODEL = new Set(['entityType', 'name', 'genitive', 'aliases', 'wikidata', 'description', 'attributes', 'pagerank']);
const EDGE_MODEL = new Set([
  'relationType',
  'factuality',
  'polarity',
  'status',
  'basis',
  'note',
  'claimedBy',
  'corroboration',
  'conflicts',
  'qualifiers',
  'evidence',
]);
/** The claim vocabularies of the ontology, written as `claim:<id>` individuals of these classes. */
const CLAIM_VOCABULARIES: Array<[key: string, cls: string]> = [
  ['factuality', 'Factuality'],
  ['polarity', 'Polarity'],
  ['status', 'Status'],
  ['basis', 'Basis'],
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The graph's RDF statements in batches (a few hundred, in a fixed order), each statement
 * whole: a blank node comes with all its triples. What RDF does not carry goes to `notes`.
 * Throws a RangeError for a base IRI that cannot be one (see baseIriProblem).
 */
export function rdfStatements(graph: AnyGraph, options: Partial<TurtleOptions>, notes: Notes): Generator<Statement[]> {
  const base = options.base ?? DEFAULT_BASE;
  const problem = baseIriProblem(base);
  if (problem) throw new RangeError(`the base IRI "${base}" ${problem}`);
  const ns = namespaces(base);
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
  /** Any value as an `rdf:JSON` literal (lists whose order matters, objects). */
  const jsonLiteral = (value: unknown) => literal(wellFormed(JSON.stringify(value) ?? 'null'), namedNode(`${W3.rdf}JSON`));
  const scalarLiteral = (value: unknown) => {
    if (typeof value === 'number') {
      const { value: lexical, type } = numberLexical(value);
      return literal(lexical, xsd(type));
    }
    if (typeof value === 'boolean') return literal(String(value), xsd('boolean'));
    if (typeof value === 'string') return text(value);
    return jsonLiteral(value);
  };
  const timeLiteral = (t: string) => {
    const type = calendarType(t);
    if (type === null) notes.add('time', `times that look like dates but are not real ones (first: "${t}") were written as plain text, not typed`);
    return type ? literal(t, xsd(type)) : text(t);
  };

  function* chunks(): Generator<Statement[]> {
    let batch: Statement[] = [];
    const display = new Set<string>();
    const agents = new Set<string>();
    const add = (subject: Quad_Subject, predicate: Quad_Predicate, object: Quad_Object | BlankNodeOf) => batch.push({ subject, predicate, object });
    const blank = (parts: Part[]): BlankNodeOf => ({ parts });
    const flush = () => {
      const out = batch;
      batch = [];
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

    const unwritten = Object.keys(graph.getAttributes()).filter((k) => k !== 'ontology' && k !== 'sources' && k !== 'conflicts' && k !== 'series');
    if (unwritten.length)
      notes.add(
        'graph-attributes',
        `RDF here does not carry the graph attribute${unwritten.length > 1 ? 's' : ''} ${unwritten.join(', ')} (the ontology and the source ids are written)`,
      );
    vocabulary(graph.getAttribute('ontology'));
    for (const id of Array.isArray(graph.getAttribute('sources')) ? (graph.getAttribute('sources') as unknown[]) : [])
      if (typeof id === 'string') add(iri('src', id), a, v('prov', 'Entity'));
    conflicts(graph.getAttribute('conflicts'));
    series(graph.getAttribute('series'));
    yield flush();

    for (const { node, attributes: n } of graph.nodeEntries()) {
      const s = iri('ent', node);
      add(s, a, typeof n.entityType === 'string' ? iri('type', n.entityType) : v('fk', 'Entity'));
      if (isObj(n.name)) langText(s, v('rdfs', 'label'), n.name);
      else if (typeof n.label === 'string') add(s, v('rdfs', 'label'), text(n.label));
      if (Array.isArray(n.aliases)) for (const alias of n.aliases) if (typeof alias === 'string') add(s, v('skos', 'altLabel'), text(alias));
      // RDF values are a set: the aliases' order (the first is the one to show) as a list too.
      ordered(s, v('fk', 'aliasList'), n.aliases);
      // The name index ranks equally good matches by it (the SPARQL backend reads it).
      if (typeof n.pagerank === 'number') add(s, v('fk', 'pagerank'), scalarLiteral(n.pagerank));
      if (typeof n.wikidata === 'string') add(s, v('owl', 'sameAs'), iri('wd', n.wikidata));
      langText(s, v('rdfs', 'comment'), n.description);
      // The name as "według …" needs it (Polish genitive), per language.
      langText(s, v('fk', 'genitive'), n.genitive);
      if (isObj(n.attributes)) for (const [k, val] of Object.entries(n.attributes)) add(s, iri('attr', k), scalarLiteral(val));
      if (isObj(n.attributes)) ordered(s, v('fk', 'attributeOrder'), Object.keys(n.attributes));
      generic(s, n, NODE_MODEL);
      if (batch.length > 512) yield flush();
    }

    // The asserted triple once per subject, predicate and object: several claims of one slot
    // (one claimant's figure at several times) are several statements of one triple.
    const asserted = new Set<string>();
    for (const { edge, attributes: e, source, target, undirected } of graph.edgeEntries()) {
      const [s, o] = [iri('ent', source), iri('ent', target)];
      const p = iri('prop', str(e.relationType) ?? str(e.label) ?? 'related');
      const st = iri('rel', edge);
      const key = `${s.value}\u0000${p.value}\u0000${o.value}`;
      if (!asserted.has(key)) add(s, p, o);
      asserted.add(key);
      add(st, a, v('rdf', 'Statement'));
      add(st, a, v('fk', 'Relation'));
      add(st, v('rdf', 'subject'), s);
      add(st, v('rdf', 'predicate'), p);
      add(st, v('rdf', 'object'), o);
      if (undirected) add(st, v('fk', 'undirected'), literal('true', xsd('boolean')));
      claim(st, e);
      if (typeof e.note === 'string') add(st, v('rdfs', 'comment'), text(e.note));
      if (isObj(e.corroboration))
        for (const k of ['sources', 'outlets', 'independentOutlets'])
          if (typeof e.corroboration[k] === 'number') add(st, v('fk', k), scalarLiteral(e.corroboration[k]));
      if (Array.isArray(e.conflicts)) for (const c of e.conflicts) if (typeof c === 'string') add(st, v('fk', 'inConflict'), iri('conflict', c));
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
          if (typeof ev.outlet === 'string') add(evidence, v('fk', 'outlet'), text(ev.outlet));
          for (const k of ['start', 'end', 'sentence']) if (typeof ev[k] === 'number') add(evidence, v('fk', k), scalarLiteral(ev[k]));
          claim(evidence, ev);
          // A quote's claimants in their order (the relation's are sorted).
          ordered(evidence, v('fk', 'claimantList'), ev.claimedBy);
        });
      generic(st, e, EDGE_MODEL);
      if (batch.length > 512) yield flush();
    }
    if (display.size) notes.add('display', `layout and display attributes (${[...display].join(', ')}) are not written: RDF carries the facts`);
    yield flush();

    /** Factuality, polarity, status and claimants (agents in PROV-O) of a relation or one quote. */
    function claim(s: Quad_Subject, c: Obj) {
      for (const [key] of CLAIM_VOCABULARIES) if (typeof c[key] === 'string') add(s, v('fk', key), iri('claim', c[key] as string));
      if (Array.isArray(c.claimedBy))
        for (const who of c.claimedBy)
          if (typeof who === 'string') {
            add(s, v('prov', 'wasAttributedTo'), iri('ent', who));
            if (!agents.has(who)) add(iri('ent', who), a, v('prov', 'Agent'));
            agents.add(who);
          }
    }

    /** A list of two or more texts in its order, as one JSON literal beside the set of its values. */
    function ordered(s: Quad_Subject, p: Quad_Predicate, list: unknown) {
      const texts = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
      if (texts.length > 1) add(s, p, jsonLiteral(texts));
    }

    /** Where a qualifier value comes from: `fk:<name>Basis`, with its rule or note. */
    function basis(st: Quad_Subject, name: string, q: Obj) {
      if (typeof q.basis === 'string') add(st, v('fk', `${name}Basis`), iri('claim', q.basis));
      if (typeof q.rule === 'string') add(st, v('fk', `${name}Rule`), text(q.rule));
      if (typeof q.note === 'string') add(st, v('fk', `${name}Note`), text(q.note));
    }

    function qualifiers(st: Quad_Subject, q: Obj) {
      if (isObj(q.time) && typeof q.time.value === 'string') add(st, v('fk', 'time'), timeLiteral(q.time.value));
      if (isObj(q.place) && typeof q.place.value === 'string') add(st, v('fk', 'place'), iri('ent', q.place.value));
      for (const k of ['time', 'place', 'purpose', 'role']) if (isObj(q[k])) basis(st, k, q[k] as Obj);
      const langOf = (t: unknown) => (isObj(t) ? { pl: t.pl, en: t.en } : t);
      langText(st, v('fk', 'purpose'), langOf(q.purpose));
      langText(st, v('fk', 'role'), langOf(q.role));
      if (isObj(q.quantity)) {
        const { value, precision, unit } = q.quantity;
        const parts: Part[] = [{ predicate: a, object: v('fk', 'Quantity') }];
        if (typeof value === 'number') parts.push({ predicate: v('rdf', 'value'), object: scalarLiteral(value) });
        if (typeof precision === 'string') parts.push({ predicate: v('fk', 'precision'), object: text(precision) });
        if (isObj(unit))
          for (const [lang, t] of Object.entries(unit)) if (typeof t === 'string') parts.push({ predicate: v('fk', 'unit'), object: text(t, lang) });
        // The unit by plural category ({pl: {one, few, many}, en: {one, other}}), whole, as JSON.
        if (isObj(q.quantity.unitForms)) parts.push({ predicate: v('fk', 'unitForms'), object: jsonLiteral(q.quantity.unitForms) });
        if (typeof q.quantity.basis === 'string') parts.push({ predicate: v('fk', 'basis'), object: iri('claim', q.quantity.basis) });
        for (const k of ['rule', 'note']) if (typeof q.quantity[k] === 'string') parts.push({ predicate: v('fk', k), object: text(q.quantity[k] as string) });
        add(st, v('fk', 'quantity'), blank(parts));
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
      let position = 0;
      for (const [id, def] of Object.entries(isObj(ontology.relationTypes) ? ontology.relationTypes : {})) {
        const s = iri('prop', id);
        add(s, a, v('owl', 'ObjectProperty'));
        // The ontology's order, which lists of known types follow.
        add(s, v('fk', 'position'), scalarLiteral(position++));
        if (!isObj(def)) continue;
        describe(s, def);
        for (const [key, pred] of [
          ['subject', 'subjectType'],
          ['object', 'objectType'],
        ] as const)
          if (Array.isArray(def[key])) for (const t of def[key] as unknown[]) if (typeof t === 'string') add(s, v('fk', pred), iri('type', t));
      }
      for (const [key, cls] of CLAIM_VOCABULARIES)
        for (const [id, def] of Object.entries(isObj(ontology[key]) ? (ontology[key] as Obj) : {})) {
          const s = iri('claim', id);
          add(s, a, v('fk', cls));
          if (!isObj(def)) continue;
          describe(s, def);
          if (typeof def.rank === 'number') add(s, v('fk', 'rank'), scalarLiteral(def.rank));
        }
    }

    /** Each series: its slot (subject, relation type, object) and its points, each with its relation, time, value, precision and claimants. */
    function series(list: unknown) {
      if (!Array.isArray(list)) return;
      for (const c of list) {
        if (!isObj(c) || typeof c.id !== 'string' || !Array.isArray(c.points)) continue;
        const s = iri('series', c.id);
        add(s, a, v('fk', 'Series'));
        // Not rdf:subject…: a series is no statement.
        if (typeof c.subject === 'string') add(s, v('fk', 'subject'), iri('ent', c.subject));
        if (typeof c.type === 'string') add(s, v('fk', 'predicate'), iri('prop', c.type));
        if (typeof c.object === 'string') add(s, v('fk', 'object'), iri('ent', c.object));
        for (const point of c.points) {
          if (!isObj(point) || typeof point.relation !== 'string') continue;
          const parts: Part[] = [{ predicate: v('fk', 'relation'), object: iri('rel', point.relation) }];
          if (typeof point.time === 'string') parts.push({ predicate: v('fk', 'time'), object: text(point.time) });
          if (typeof point.value === 'number') parts.push({ predicate: v('rdf', 'value'), object: scalarLiteral(point.value) });
          if (typeof point.precision === 'string') parts.push({ predicate: v('fk', 'precision'), object: text(point.precision) });
          if (Array.isArray(point.claimedBy))
            for (const who of point.claimedBy) if (typeof who === 'string') parts.push({ predicate: v('prov', 'wasAttributedTo'), object: iri('ent', who) });
          add(s, v('fk', 'point'), blank(parts));
        }
      }
    }

    /** Each conflict: its kind and slot, and its two sides with their relation, value, claimants and quotes. */
    function conflicts(list: unknown) {
      if (!Array.isArray(list)) return;
      for (const c of list) {
        if (!isObj(c) || typeof c.id !== 'string' || !Array.isArray(c.sides)) continue;
        const s = iri('conflict', c.id);
        add(s, a, v('fk', 'Conflict'));
        if (typeof c.kind === 'string') add(s, v('fk', 'kind'), text(c.kind));
        for (const side of c.sides) {
          if (!isObj(side) || typeof side.relation !== 'string') continue;
          const parts: Part[] = [{ predicate: v('fk', 'relation'), object: iri('rel', side.relation) }];
          if (typeof side.value === 'string') parts.push({ predicate: v('rdf', 'value'), object: text(side.value) });
          if (Array.isArray(side.claimedBy))
            for (const who of side.claimedBy) if (typeof who === 'string') parts.push({ predicate: v('prov', 'wasAttributedTo'), object: iri('ent', who) });
          // One triple per distinct quote: a wire story and its reprint give one side the same words twice.
          const quotes = new Set<string>();
          if (Array.isArray(side.evidence)) for (const ev of side.evidence) if (isObj(ev) && typeof ev.quote === 'string') quotes.add(ev.quote);
          for (const quote of quotes) parts.push({ predicate: v('fk', 'quote'), object: text(quote) });
          add(s, v('fk', 'side'), blank(parts));
        }
      }
    }
  }

  return chunks();
}

// Reading the Turtle export's vocabulary (src/export/rdf.ts) back into the query API's
// views: the triples of one entity, or of one relation with its quantity and evidence,
// become exactly the EntityView and RelationView the embedded graph gives.
import type { namespaces } from '../export/rdf.ts';
import { ownRecord } from '../model/own.ts';
import type { AttributeValue, LangText, Qualifiers } from '../model/types.ts';
import type { ResultTerm } from '../sparql/select.ts';
import type { EntityView, EvidenceView, RelationView } from './knowledge-graph.ts';

export type Namespaces = ReturnType<typeof namespaces>;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_JSON = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON';
const NUMERIC = new Set(['integer', 'int', 'long', 'short', 'byte', 'decimal', 'double', 'float', 'nonNegativeInteger'].map((t) => XSD + t));

/** One predicate and object of a subject. */
export interface Triple {
  p: string;
  o: ResultTerm;
}

/** The local name of an IRI in a namespace (percent-decoded, as the export encoded it), or undefined. */
export function localName(iri: string, ns: string): string | undefined {
  if (!iri.startsWith(ns)) return undefined;
  try {
    return decodeURIComponent(iri.slice(ns.length));
  } catch {
    return undefined;
  }
}

/** A literal's JavaScript value: numbers and booleans by their datatype, else its text. */
export function literalValue(t: ResultTerm): AttributeValue {
  if (t.datatype && NUMERIC.has(t.datatype)) return t.value === 'INF' ? Infinity : t.value === '-INF' ? -Infinity : Number(t.value);
  if (t.datatype === `${XSD}boolean`) return t.value === 'true' || t.value === '1';
  return t.value;
}

const lang = (t: ResultTerm) => t['xml:lang']?.toLowerCase();

/** Language-tagged texts as {pl, en, …}: Polish, then English, then the others by tag. */
export function langText(terms: ResultTerm[]): Record<string, string> | undefined {
  const tagged = terms.filter((t) => lang(t));
  if (!tagged.length) return undefined;
  const rank = (tag: string) => (tag === 'pl' ? 0 : tag === 'en' ? 1 : 2);
  tagged.sort((a, b) => rank(lang(a)!) - rank(lang(b)!) || (lang(a)! < lang(b)! ? -1 : 1));
  return ownRecord(tagged.map((t) => [lang(t)!, t.value]));
}

/** Values in the order of an `fk:…List` JSON literal when there is one, else as they are. */
function inOrder(values: string[], list: ResultTerm | undefined): string[] {
  if (!list) return values;
  const order = JSON.parse(list.value) as unknown;
  return Array.isArray(order) && order.every((x) => typeof x === 'string') ? order : values;
}

class Triples {
  constructor(readonly triples: readonly Triple[]) {}

  all(p: string): ResultTerm[] {
    return this.triples.filter((t) => t.p === p).map((t) => t.o);
  }

  one(p: string): ResultTerm | undefined {
    return this.triples.find((t) => t.p === p)?.o;
  }

  text(p: string): string | undefined {
    return this.triples.find((t) => t.p === p && !lang(t.o))?.o.value;
  }

  number(p: string): number | undefined {
    const o = this.one(p);
    return o === undefined ? undefined : Number(literalValue(o));
  }

  ids(p: string, ns: string): string[] {
    return this.all(p).flatMap((o) => localName(o.value, ns) ?? []);
  }
}

/** The entity the triples of `id` describe, or undefined when they describe none. */
export function entityView(id: string, triples: readonly Triple[], ns: Namespaces): EntityView | undefined {
  const t = new Triples(triples);
  const types = t.all(`${ns.rdf}type`).map((o) => o.value);
  const type = types.map((x) => localName(x, ns.type)).find((x) => x !== undefined);
  if (type === undefined && !types.includes(`${ns.fk}Entity`)) return undefined;
  const labels = t.all(`${ns.rdfs}label`);
  const tagged = langText(labels);
  const plain = labels.find((l) => !lang(l))?.value ?? id;
  const description = langText(t.all(`${ns.rdfs}comment`));
  const wikidata = t.ids(`${ns.owl}sameAs`, ns.wd)[0];
  const attrs = triples.filter((x) => x.p.startsWith(ns.attr) && x.o.datatype !== RDF_JSON);
  const byKey = new Map(attrs.map((x) => [localName(x.p, ns.attr)!, literalValue(x.o)]));
  const keys = inOrder([...byKey.keys()], t.one(`${ns.fk}attributeOrder`));
  return {
    id,
    type: type ?? 'Unknown',
    name: (tagged as unknown as LangText | undefined) ?? { pl: plain, en: plain },
    aliases: inOrder(
      t.all(`${ns.skos}altLabel`).map((o) => o.value),
      t.one(`${ns.fk}aliasList`),
    ),
    ...(wikidata ? { wikidata } : {}),
    ...(description ? { description: description as unknown as LangText } : {}),
    attributes: ownRecord(keys.flatMap((k) => (byKey.has(k) ? [[k, byKey.get(k)!] as const] : []))),
  };
}

/** A qualifier's basis, rule and note: `fk:timeBasis`… for `time`, `fk:basis`… inside a quantity (name ''). */
function basisOf(t: Triples, name: string, ns: Namespaces): Record<string, string> {
  const key = (k: string) => `${ns.fk}${name ? `${name}${k[0]!.toUpperCase()}${k.slice(1)}` : k}`;
  const out: Record<string, string> = {};
  const basis = t.ids(key('basis'), ns.claim)[0];
  if (basis !== undefined) out.basis = basis;
  const rule = t.text(key('rule'));
  if (rule !== undefined) out.rule = rule;
  const note = t.text(key('note'));
  if (note !== undefined) out.note = note;
  return out;
}

/** A JSON literal holding an object (a quantity's unitForms), or nothing if it holds anything else. */
function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function qualifiersOf(t: Triples, quantity: readonly Triple[] | undefined, ns: Namespaces): Qualifiers {
  const q: Record<string, unknown> = {};
  if (quantity) {
    const qt = new Triples(quantity);
    const value = qt.number(`${ns.rdf}value`);
    const precision = qt.text(`${ns.fk}precision`);
    const unit = langText(qt.all(`${ns.fk}unit`));
    const unitForms = jsonObject(qt.one(`${ns.fk}unitForms`)?.value);
    q.quantity = {
      ...(value !== undefined ? { value } : {}),
      ...(precision !== undefined ? { precision } : {}),
      ...(unit ? { unit } : {}),
      ...(unitForms ? { unitForms } : {}),
      ...basisOf(qt, '', ns),
    };
  }
  const time = t.one(`${ns.fk}time`);
  const timeBasis = basisOf(t, 'time', ns);
  if (time || Object.keys(timeBasis).length) q.time = { ...(time ? { value: time.value } : {}), ...timeBasis };
  const place = t.ids(`${ns.fk}place`, ns.ent)[0];
  const placeBasis = basisOf(t, 'place', ns);
  if (place !== undefined || Object.keys(placeBasis).length) q.place = { ...(place !== undefined ? { value: place } : {}), ...placeBasis };
  for (const k of ['purpose', 'role']) {
    const text = langText(t.all(`${ns.fk}${k}`));
    const basis = basisOf(t, k, ns);
    if (text || Object.keys(basis).length) q[k] = { ...text, ...basis };
  }
  for (const x of t.triples) {
    const k = localName(x.p, ns.attr);
    if (k !== undefined) q[k] = literalValue(x.o);
  }
  return q as Qualifiers;
}

function evidenceView(triples: readonly Triple[], ns: Namespaces): EvidenceView {
  const t = new Triples(triples);
  const claim = (k: string) => t.ids(`${ns.fk}${k}`, ns.claim)[0];
  return {
    source: t.ids(`${ns.prov}hadPrimarySource`, ns.src)[0]!,
    outlet: t.text(`${ns.fk}outlet`)!,
    quote: t.text(`${ns.fk}quote`)!,
    start: t.number(`${ns.fk}start`)!,
    end: t.number(`${ns.fk}end`)!,
    sentence: t.number(`${ns.fk}sentence`)!,
    claimedBy: inOrder(t.ids(`${ns.prov}wasAttributedTo`, ns.ent), t.one(`${ns.fk}claimantList`)),
    factuality: claim('factuality') as EvidenceView['factuality'],
    polarity: claim('polarity') as EvidenceView['polarity'],
    status: claim('status') as EvidenceView['status'],
  };
}

/** The relation `id` from its statement's triples, its quantity's and its evidence's (by evidence IRI). */
export function relationView(
  id: string,
  triples: readonly Triple[],
  quantity: readonly Triple[] | undefined,
  evidence: ReadonlyMap<string, readonly Triple[]>,
  ns: Namespaces,
): RelationView {
  const t = new Triples(triples);
  const claim = (k: string) => t.ids(`${ns.fk}${k}`, ns.claim)[0];
  const note = t.text(`${ns.rdfs}comment`);
  const number = (k: string) => t.number(`${ns.fk}${k}`);
  const sources = number('sources');
  const prefix = `${ns.ev}${encodeURIComponent(id)}-`;
  const items = [...evidence]
    .map(([iri, ev]) => ({ index: Number(iri.startsWith(prefix) ? iri.slice(prefix.length) : Number.NaN), ev }))
    .sort((a, b) => a.index - b.index);
  return {
    id,
    from: t.ids(`${ns.rdf}subject`, ns.ent)[0]!,
    to: t.ids(`${ns.rdf}object`, ns.ent)[0]!,
    // Virtuoso answers `1` for `true`.
    ...(t.one(`${ns.fk}undirected`) && literalValue(t.one(`${ns.fk}undirected`)!) === true ? { undirected: true as const } : {}),
    type: t.ids(`${ns.rdf}predicate`, ns.prop)[0] ?? 'RELATED',
    qualifiers: qualifiersOf(t, quantity, ns),
    factuality: (claim('factuality') ?? 'underspecified') as RelationView['factuality'],
    status: (claim('status') ?? 'occurred') as RelationView['status'],
    polarity: (claim('polarity') ?? 'positive') as RelationView['polarity'],
    basis: (claim('basis') ?? 'text') as RelationView['basis'],
    ...(note !== undefined ? { note } : {}),
    claimedBy: t.ids(`${ns.prov}wasAttributedTo`, ns.ent).sort(),
    corroboration:
      sources === undefined
        ? { sources: 0, outlets: 0, independentOutlets: 0 }
        : { sources, outlets: number('outlets') ?? 0, independentOutlets: number('independentOutlets') ?? 0 },
    conflicts: t.ids(`${ns.fk}inConflict`, ns.conflict).sort(),
    evidence: items.map(({ ev }) => evidenceView(ev, ns)),
  };
}

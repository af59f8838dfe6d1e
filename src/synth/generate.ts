// A synthetic knowledge base for scale tests: N entities of every ontology type, M
// relations of every relation type that respect the ontology's subject and object
// constraints, with heavy-tailed degrees, qualifiers, claimants and evidence quotes
// held by generated Polish-ish source texts. The same options give the same records.
import { CollapsedText } from '../kb/quotes.ts';
import { seededRng } from '../layout/rng.ts';
import {
  FACTUALITIES,
  STATUSES,
  type AttributeValue,
  type Entity,
  type Evidence,
  type Factuality,
  type Ontology,
  type Qualifiers,
  type Relation,
  type Source,
  type Status,
} from '../model/types.ts';
import { entityName, pick, slug, type Rng } from './names.ts';
import { apportion, WeightedIndex, zipfWeights } from './sample.ts';
import { fillerSentence, relationSentence } from './sentences.ts';

export interface SynthOptions {
  entities: number;
  relations: number;
  seed: number;
  /** Evidence quotes per generated source text (the last source may hold fewer). */
  quotesPerSource: number;
  /** Exponent of the Zipf weights that pick relation ends: higher is more hub-heavy. */
  zipfExponent: number;
}

export const SYNTH_DEFAULTS: Omit<SynthOptions, 'entities' | 'relations'> = { seed: 1, quotesPerSource: 100, zipfExponent: 0.8 };

export interface SynthKnowledgeBase {
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
}

/** Relative share of each entity type of the seed ontology; other types get 5. */
const TYPE_SHARE: Record<string, number> = {
  Person: 30,
  Organization: 14,
  Place: 12,
  Country: 2,
  Media: 4,
  Agreement: 6,
  Contingent: 6,
  Meeting: 8,
  Event: 8,
  Memorial: 4,
  Resource: 6,
};
const UNITS = [
  { pl: 'żołnierzy', en: 'soldiers' },
  { pl: 'saperów', en: 'sappers' },
  { pl: 'sztuk', en: 'units' },
  { pl: 'zabitych', en: 'killed' },
];
const PURPOSES = [
  { pl: 'rozminowanie terenu', en: 'demining' },
  { pl: 'odbudowa infrastruktury', en: 'rebuilding infrastructure' },
  { pl: 'szkolenie', en: 'training' },
];
const ROLES = [
  { pl: 'sekretarz', en: 'secretary' },
  { pl: 'rzecznik', en: 'spokesperson' },
  { pl: 'dowódca', en: 'commander' },
  { pl: 'minister', en: 'minister' },
];

export function validateSynthOptions(ontology: Ontology, o: SynthOptions): string | null {
  const nTypes = Object.keys(ontology.entityTypes).length;
  const nRelTypes = Object.keys(ontology.relationTypes).length;
  for (const key of ['entities', 'relations', 'quotesPerSource'] as const)
    if (!Number.isInteger(o[key]) || o[key] < 1) return `${key} must be a positive integer, got ${o[key]}`;
  if (o.entities < nTypes) return `entities must be at least the number of entity types (${nTypes}), got ${o.entities}`;
  if (o.relations < nRelTypes) return `relations must be at least the number of relation types (${nRelTypes}), got ${o.relations}`;
  if (!(o.zipfExponent >= 0)) return `zipfExponent must be a number >= 0, got ${o.zipfExponent}`;
  return null;
}

export function synthesize(ontology: Ontology, options: Pick<SynthOptions, 'entities' | 'relations'> & Partial<SynthOptions>): SynthKnowledgeBase {
  const o: SynthOptions = { ...SYNTH_DEFAULTS, ...options };
  const problem = validateSynthOptions(ontology, o);
  if (problem) throw new Error(`faktograf/synth: ${problem}`);
  const rng = seededRng(o.seed);
  const pool = makeEntities(rng, ontology, o);
  const relations = makeRelations(rng, ontology, pool, o);
  const sources = makeSources(rng, ontology, pool, relations, o);
  return { entities: pool.entities, relations: relations.map((r) => r.relation), sources };
}

// ---- Entities ------------------------------------------------------------------------

interface EntityPool {
  entities: Entity[];
  /** Entity indices per type, in Zipf rank order (the first is the biggest hub). */
  byType: Map<string, { members: number[]; index: WeightedIndex }>;
  draw(rng: Rng, types: string[]): number;
}

function makeEntities(rng: Rng, ontology: Ontology, o: SynthOptions): EntityPool {
  const types = Object.keys(ontology.entityTypes);
  const counts = apportion(
    o.entities,
    types.map((t) => TYPE_SHARE[t] ?? 5),
  );
  const entities: Entity[] = [];
  const taken = new Map<string, number>();
  const byType: EntityPool['byType'] = new Map();
  types.forEach((type, t) => {
    const members: number[] = [];
    for (let k = 0; k < counts[t]!; k++) {
      const { name, aliases } = entityName(rng, type, ontology.entityTypes[type]!.label);
      const stem = slug(name.en);
      const n = (taken.get(stem) ?? 0) + 1;
      taken.set(stem, n);
      const entity: Entity = { id: n === 1 ? stem : `${stem}-${n}`, type, name, aliases, attributes: attributesFor(rng, type) };
      if (rng() < 0.2) entity.wikidata = `Q${1 + Math.floor(rng() * 9e7)}`;
      if (rng() < 0.1)
        entity.description = {
          pl: `${ontology.entityTypes[type]!.label.pl} opisany w syntetycznych źródłach.`,
          en: `A ${ontology.entityTypes[type]!.label.en.toLowerCase()} described in synthetic sources.`,
        };
      members.push(entities.length);
      entities.push(entity);
    }
    byType.set(type, { members, index: new WeightedIndex(zipfWeights(members.length, o.zipfExponent)) });
  });
  const unions = new Map<string, WeightedIndex>();
  const draw = (r: Rng, allowed: string[]) => {
    const key = allowed.join();
    let union = unions.get(key);
    if (!union) unions.set(key, (union = new WeightedIndex(allowed.map((t) => byType.get(t)?.index.total ?? 0))));
    const group = byType.get(allowed[union.draw(r)]!)!;
    return group.members[group.index.draw(r)]!;
  };
  return { entities, byType, draw };
}

function attributesFor(rng: Rng, type: string): Record<string, AttributeValue> {
  if (rng() < 0.5) return {};
  if (type === 'Person') return { born: 1940 + Math.floor(rng() * 60) };
  if (type === 'Country') return { population: Math.floor(rng() * 1e8), landlocked: rng() < 0.3 };
  if (type === 'Organization' || type === 'Media') return { founded: 1900 + Math.floor(rng() * 120) };
  return { note: 'syntetyczny' };
}

// ---- Relations -----------------------------------------------------------------------

interface PlannedRelation {
  relation: Relation;
  subject: number;
  object: number;
  /** What each of its quotes claims: the claimants, the factuality and the status. */
  claimedBy: string[];
  factuality: Factuality;
  status: Status;
}

function makeRelations(rng: Rng, ontology: Ontology, pool: EntityPool, o: SynthOptions): PlannedRelation[] {
  const relTypes = Object.keys(ontology.relationTypes);
  // Firmer claims are commoner, as in news.
  const factualityIndex = new WeightedIndex(FACTUALITIES.map((f) => Math.max(1, ontology.factuality[f].rank)));
  const types = Object.keys(ontology.entityTypes);
  const claimantTypes = ['Media', 'Organization'].filter((t) => pool.byType.has(t));
  const places = pool.byType.has('Place') ? ['Place'] : [];
  // Which (relation type, role) pairs can hold an entity of each type.
  const slots = new Map(types.map((t) => [t, [] as Array<[string, 'subject' | 'object']>]));
  for (const rt of relTypes)
    for (const role of ['subject', 'object'] as const) for (const t of ontology.relationTypes[rt]![role]) slots.get(t)?.push([rt, role]);

  const planned: PlannedRelation[] = [];
  const add = (type: string, fixed?: { role: 'subject' | 'object'; entity: number }) => {
    const def = ontology.relationTypes[type]!;
    let subject = fixed?.role === 'subject' ? fixed.entity : pool.draw(rng, def.subject);
    let object = fixed?.role === 'object' ? fixed.entity : pool.draw(rng, def.object);
    // Self-loops are allowed, but rare in news: draw the free end again a few times.
    for (let tries = 0; subject === object && tries < 5; tries++)
      if (fixed?.role === 'subject') object = pool.draw(rng, def.object);
      else subject = pool.draw(rng, def.subject);
    const qualifiers: Qualifiers = {};
    // Every qualifier is written into the generated sentence (sentences.ts): basis text.
    if (rng() < 0.4) qualifiers.time = { value: randomTime(rng), basis: 'text' };
    if (places.length && rng() < 0.15) qualifiers.place = { value: pool.entities[pool.draw(rng, places)]!.id, basis: 'text' };
    if (rng() < 0.08)
      qualifiers.quantity = {
        value: 10 * (1 + Math.floor(rng() * 999)),
        precision: pick(rng, ['exact', 'approximate', 'at-least'] as const),
        unit: pick(rng, UNITS),
        basis: 'text',
      };
    if (rng() < 0.05) qualifiers.purpose = { ...pick(rng, PURPOSES), basis: 'text' };
    if (type === 'HOLDS_OFFICE' || rng() < 0.02) qualifiers.role = { ...pick(rng, ROLES), basis: 'text' };
    const claimedBy = claimantTypes.length && rng() < 0.2 ? [pool.entities[pool.draw(rng, claimantTypes)]!.id] : [];
    const factuality = FACTUALITIES[factualityIndex.draw(rng)]!;
    const status: Status = rng() < 0.85 ? 'occurred' : pick(rng, STATUSES);
    const id = `r-${String(planned.length + 1).padStart(7, '0')}-${slug(type)}`;
    const relation: Relation = { id, subject: pool.entities[subject]!.id, type, object: pool.entities[object]!.id, basis: 'text', qualifiers, evidence: [] };
    planned.push({ relation, subject, object, claimedBy, factuality, status });
  };

  // Every relation type once, then every entity at least once (as far as M allows), then
  // the rest with preferential ends.
  for (const type of relTypes) add(type);
  const order = shuffled(rng, pool.entities.length);
  for (let k = 0; k < order.length && planned.length < o.relations; k++) {
    const e = order[k]!;
    const choices = slots.get(pool.entities[e]!.type)!;
    if (!choices.length) continue;
    const [type, role] = pick(rng, choices);
    add(type, { role, entity: e });
  }
  while (planned.length < o.relations) add(pick(rng, relTypes));
  return planned;
}

/** An ISO year, month or day between 2014 and 2025. */
function randomTime(rng: Rng, precision?: 'day'): string {
  const y = String(2014 + Math.floor(rng() * 12));
  const m = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
  const r = precision === 'day' ? 1 : rng();
  return r < 0.3 ? y : r < 0.6 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

function shuffled(rng: Rng, n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ---- Sources -------------------------------------------------------------------------

function makeSources(rng: Rng, ontology: Ontology, pool: EntityPool, planned: PlannedRelation[], o: SynthOptions): Source[] {
  const nSources = Math.ceil(planned.length / o.quotesPerSource);
  const ids = Array.from({ length: nSources }, (_, i) => `src-${String(i + 1).padStart(5, '0')}`);
  const sentences: string[][] = ids.map(() => []);
  const order = shuffled(rng, planned.length);
  const name = (e: number) => pool.entities[e]!.name.pl;
  const nameOf = new Map(pool.entities.map((e) => [e.id, e.name.pl]));
  // Where each quote was taken from, to say which occurrence it is if its words recur.
  const cited: Array<Array<{ ev: Evidence; sentence: number }>> = ids.map(() => []);
  const cite = (p: PlannedRelation, s: number) => {
    const r = p.relation;
    const place = r.qualifiers.place ? nameOf.get(r.qualifiers.place.value) : undefined;
    const { sentence, quote } = relationSentence(rng, {
      subject: name(p.subject),
      object: name(p.object),
      type: r.type,
      label: ontology.relationTypes[r.type]!.label.pl,
      qualifiers: r.qualifiers,
      ...(place ? { placeName: place } : {}),
      claimants: p.claimedBy.map((id) => nameOf.get(id)!),
    });
    sentences[s]!.push(sentence);
    const ev: Evidence = { source: ids[s]!, quote, claimedBy: p.claimedBy, factuality: p.factuality, polarity: 'positive', status: p.status };
    r.evidence.push(ev);
    cited[s]!.push({ ev, sentence: sentences[s]!.length - 1 });
  };
  for (let k = 0; k < order.length; k++) {
    const p = planned[order[k]!]!;
    const s = Math.floor(k / o.quotesPerSource);
    cite(p, s);
    // One relation in ten is reported by a second article too.
    if (nSources > 1 && rng() < 0.1) cite(p, (s + 1 + Math.floor(rng() * (nSources - 1))) % nSources);
  }
  const outlets = pool.byType.get('Media')?.members ?? [];
  const places = pool.byType.get('Place')?.members ?? [0];
  return ids.map((id, i) => {
    const place = name(places[Math.floor(rng() * places.length)]!);
    const list = sentences[i]!;
    const starts: number[] = [];
    let text = '';
    for (let k = 0; k < list.length; ) {
      const n = 3 + Math.floor(rng() * 4);
      const lead = rng() < 0.3 ? [fillerSentence(rng, place)] : [];
      if (text) text += '\n\n';
      for (const sentence of lead) text += `${sentence} `;
      list.slice(k, k + n).forEach((sentence, j) => {
        if (j) text += ' ';
        starts[k + j] = text.length;
        text += sentence;
      });
      k += n;
    }
    text += '\n';
    // A quote whose words recur in the text (a clause another sentence repeats) says which
    // occurrence is its own, as a knowledge base's author would.
    const collapsed = new CollapsedText(text);
    for (const { ev, sentence } of cited[i]!) {
      const spans = collapsed.findAll(ev.quote);
      if (spans.length < 2) continue;
      const own = starts[sentence]! + list[sentence]!.indexOf(ev.quote);
      ev.occurrence = spans.findIndex((span) => span.start === own) + 1;
    }
    const medium = outlets.length ? outlets[Math.floor(rng() * outlets.length)]! : undefined;
    // An outlet's sources share its identity, so corroboration counts them once.
    const outlet = medium !== undefined ? { id: pool.entities[medium]!.id, name: name(medium) } : { id: 'agencja-syntetyczna', name: 'Agencja Syntetyczna' };
    return {
      id,
      title: { pl: `Doniesienia: ${place} (${i + 1})`, en: `Reports: ${place} (${i + 1})` },
      language: 'pl',
      published: randomTime(rng, 'day'),
      outlet: { ...outlet, note: 'synthetic source' },
      text,
    };
  });
}

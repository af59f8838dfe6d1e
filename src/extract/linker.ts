// What an article's words can be linked to before anything new is proposed: the entities
// of the knowledge base (through their lemma-normalised names and aliases) and the
// gazetteer of general knowledge. Built once per knowledge base and reused per article.
import type { Lemmatizer } from '../lexicon/lemmatizer.ts';
import type { Entity, LangText, Ontology } from '../model/types.ts';
import { foldName } from '../model/normalize.ts';
import { NameIndex } from '../query/name-index.ts';
import { analyse } from './document.ts';
import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';
import { PhraseIndex } from './phrases.ts';
import { bodyAt, bodySignature, type CountryName } from './bodies.ts';
import { FACT_TYPES } from './vocabulary.ts';
import { loadFrames, type Frame } from './frames.ts';

export interface Target {
  /** `kb:<id>` for an entity of the knowledge base, `gaz:<id>` for a gazetteer entry. */
  ref: string;
  type: string;
  name: LangText;
  capitalOf?: string;
}

export interface Linker {
  lemmatizer: Lemmatizer;
  ontology: Ontology | null;
  /** The verb frames (frames.json), checked against the ontology. */
  frames: Frame[];
  kb: PhraseIndex<Target>;
  gazetteer: PhraseIndex<Target>;
  /** Known entities by id. */
  entities: Map<string, Entity>;
  /** Known state bodies by signature (`armed-forces:russia`, see bodies.ts). */
  bodies: Map<string, string>;
  /** Resolves a gazetteer ref to the knowledge base's entity for the same thing, if any. */
  known(ref: string): string | undefined;
  target(ref: string): Target | undefined;
}

export function buildLinker(lemmatizer: Lemmatizer, entities: readonly Entity[] = [], ontology: Ontology | null = null): Linker {
  const kb = new PhraseIndex<Target>(lemmatizer);
  const gazetteer = new PhraseIndex<Target>(lemmatizer);
  const targets = new Map<string, Target>();
  const capitals = new Map(GAZETTEER.filter((g) => g.capitalOf).map((g) => [lemmaKey(lemmatizer, g.name.pl), g]));

  for (const e of entities) {
    // A capital in the knowledge base is still a capital: "Pjongjang wysłał" is the state.
    const capital = e.type === 'Place' ? (GAZETTEER.find((g) => g.capitalOf && g.id === e.id) ?? capitals.get(lemmaKey(lemmatizer, e.name.pl))) : undefined;
    const target: Target = { ref: `kb:${e.id}`, type: e.type, name: e.name, ...(capital ? { capitalOf: `gaz:${capital.capitalOf}` } : {}) };
    targets.set(target.ref, target);
    const fact = FACT_TYPES.has(e.type);
    for (const alias of new Set([e.name.pl, e.name.en, ...e.aliases])) {
      if (fact && !distinctiveFactName(lemmatizer, alias)) continue;
      // "Moskwy" as an alias of Russia is the article's metonymy; in another article the
      // capital is the city.
      if (e.type === 'Country' && capitals.has(lemmaKey(lemmatizer, alias))) continue;
      kb.add(alias, target, !fact);
    }
  }
  for (const g of GAZETTEER) {
    const target = gazetteerTarget(g);
    targets.set(target.ref, target);
    for (const n of [g.name.pl, ...(g.aliases ?? [])]) gazetteer.add(n, target);
  }

  // A gazetteer entry is the knowledge base's entity when the KB calls it the same.
  const names = new NameIndex(entities.map((e) => ({ id: e.id, names: [e.name.pl, e.name.en], aliases: e.aliases, weight: 0 })));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const gazToKb = new Map<string, string>();
  for (const g of GAZETTEER) {
    const hit = byId.get(g.id) ?? [g.name.pl, g.name.en].map((n) => names.resolve(n).find((m) => m.kind !== 'words' && m.kind !== 'stem')).find(Boolean);
    const id = hit && ('id' in hit ? hit.id : undefined);
    if (id && byId.get(id)?.type === g.type) gazToKb.set(`gaz:${g.id}`, id);
  }

  const known = (ref: string) => (ref.startsWith('kb:') ? ref.slice(3) : gazToKb.get(ref));

  // State bodies of the knowledge base by what their aliases say they are.
  const bodies = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'Organization' && e.type !== 'Media') continue;
    for (const alias of e.aliases) {
      const words = analyse(alias, '2000-01-01', lemmatizer).words;
      const countries = new Map<number, CountryName>();
      for (let i = 0; i < words.length; i++) {
        const g = gazetteer.longestAt(words, i);
        if (g && g.values[0]!.type === 'Country') countries.set(i, { first: g.first, last: g.last, ref: g.values[0]!.ref });
      }
      for (let i = 0; i < words.length; i++) {
        const body = bodyAt(words, i, (j) => countries.get(j));
        if (body && body.first === 0 && body.last === words.length - 1) bodies.set(bodySignature(body.kind, body.country, { known }), e.id);
      }
    }
  }

  return { lemmatizer, ontology, frames: loadFrames(ontology), kb, gazetteer, entities: byId, bodies, known, target: (ref) => targets.get(ref) };
}

function gazetteerTarget(g: GazetteerEntry): Target {
  return { ref: `gaz:${g.id}`, type: g.type, name: g.name, ...(g.capitalOf ? { capitalOf: `gaz:${g.capitalOf}` } : {}) };
}

/**
 * A fact node (a treaty, a contingent, losses) is named differently in every article; only
 * an alias of three words or more that starts with a noun is specific enough to link by
 * ("traktat o wszechstronnym partnerstwie strategicznym", "wojnie z Ukrainą").
 */
function distinctiveFactName(lemmatizer: Lemmatizer, alias: string): boolean {
  const words = analyse(alias, '2000-01-01', lemmatizer).words.filter((w) => w.kind === 'word');
  return words.length >= 3 && words[0]!.morphs.some((m) => m.pos === 'subst' && !m.guessed);
}

function lemmaKey(lemmatizer: Lemmatizer, name: string): string {
  const words = analyse(name, '2000-01-01', lemmatizer).words;
  return words.map((w) => foldName(w.morphs.find((m) => !m.guessed)?.lemma ?? w.text)).join(' ');
}

// Mentions of named things: entities of the knowledge base and the gazetteer (through
// lemma-normalised names), runs of capitalised words (new names, typed by their cues),
// acronyms, country adjectives ("północnokoreańskich" -> North Korea) and state bodies
// named by common nouns ("brytyjski resort obrony", "wywiadu Korei Południowej").
import { bodyAt, bodyNounAt, bodySignature } from './bodies.ts';
import { cases, clauseHasLemma, hasLemma, isPos, type Doc, type Word } from './document.ts';
import { CAPITAL_OF, COUNTRY_BY_ADJECTIVE, type GazetteerEntry } from './gazetteer.ts';
import type { Linker, Target } from './linker.ts';
import { nameRuns, phraseMention, reconcile } from './name-runs.ts';
import type { PhraseMatch } from './phrases.ts';
import type { QuantityMention } from './quantities.ts';

export type MentionOrigin = 'kb' | 'gazetteer' | 'name' | 'adjective' | 'body' | 'place' | 'fact' | 'contingent';

export interface Mention {
  /** Word indices, inclusive. */
  first: number;
  last: number;
  /** The word whose case is the phrase's case. */
  head: number;
  type: string;
  /** `kb:<id>`, `gaz:<id>`, or `new:<key>` until entities are formed. */
  ref: string;
  origin: MentionOrigin;
  /** Inside a longer mention ("Rosji" in "Rady Bezpieczeństwa Rosji"). */
  nested?: boolean;
  /** For a state body or media named with its country: that country's mention ref. */
  country?: string;
  /** An acronym given in brackets after the name: "(NIS)". */
  acronym?: string;
  /** English gloss of the head noun, for fact nodes and bodies. */
  gloss?: string;
  /** Fact nodes: the head noun's lemma, and what sets this referent apart from earlier ones. */
  lemma?: string;
  quantity?: QuantityMention;
  /** "kolejny", "dodatkowy", "przyszły": not the referent already mentioned. */
  another?: boolean;
  /** For a body named by its seat ("wywiad w Seulu"): the seat's ref. */
  seat?: string;
  /** Troops named by where they come from ("żołnierze z KRLD"): that state's or army's ref, and its country. */
  from?: Mention;
  fromKey?: string;
}

export function findNameMentions(doc: Doc, linker: Linker): Mention[] {
  const words = doc.words;
  const out: Mention[] = [];
  const covered = new Uint8Array(words.length);
  const cover = (m: Mention) => {
    out.push(m);
    if (!m.nested) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  };

  // 1. Phrases of the knowledge base and the gazetteer, longest first.
  const matches = new Map<number, PhraseMatch<Target>>();
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.kind === 'punct') continue;
    const kb = linker.kb.longestAt(words, i);
    const gz = linker.gazetteer.longestAt(words, i);
    const best = kb && (!gz || kb.last >= gz.last) ? kb : gz;
    if (best) matches.set(i, best);
  }
  const phraseAt = (i: number) => matches.get(i);

  // 2. Runs of capitalised words, reconciled with the phrases inside them.
  for (const run of nameRuns(doc, (i) => !!phraseAt(i))) {
    for (const m of reconcile(doc, run, phraseAt, linker)) cover(m);
  }

  // "stolicy KRLD": the capital of the country named.
  for (let i = 0; i + 1 < words.length; i++) {
    const p = phraseAt(i + 1);
    const capital =
      p && p.values[0]!.type === 'Country' && !covered[i] && hasLemma(words[i], 'stolica')
        ? (CAPITAL_OF.get(p.values[0]!.ref.replace(/^\w+:/, '')) ?? capitalIn(linker, p.values[0]!.ref))
        : undefined;
    if (!capital || !p) continue;
    const known = linker.known(`gaz:${capital.id}`);
    cover({ first: i, last: p.last, head: i, type: 'Place', ref: known ? `kb:${known}` : `gaz:${capital.id}`, origin: 'gazetteer' });
    i = p.last;
  }

  // 3. Remaining phrases (lowercase aliases: "obwodzie kurskim", "rosyjskiej armii").
  for (let i = 0; i < words.length; i++) {
    const p = phraseAt(i);
    if (!p || covered[i]) continue;
    let free = true;
    for (let j = p.first; j <= p.last; j++) if (covered[j]) free = false;
    if (!free) continue;
    cover(phraseMention(doc, p, linker));
    i = p.last;
  }

  // 4. Places named by a cue noun and an adjective: "obwodzie amurskim".
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (covered[i] || covered[i + 1] || w.cap || !hasLemma(w, 'obwód', 'okręg', 'kraj', 'rejon') || !isPos(next, 'adj') || next.cap) continue;
    if ((cases(w) & cases(next)) === 0 || COUNTRY_BY_ADJECTIVE.has(adjLemma(next) ?? '')) continue;
    if (!/(ski|cki|dzki)$/.test(adjLemma(next) ?? '')) continue;
    cover({ first: i, last: i + 1, head: i, type: 'Place', ref: `new:place:${adjLemma(next)}`, origin: 'place' });
  }

  // 5. State bodies and media named by common nouns with a country.
  for (const m of bodyMentions(doc, covered, out, linker)) cover(m);

  // 6. Country adjectives, also inside longer mentions.
  for (let i = 0; i < words.length; i++) {
    const country = COUNTRY_BY_ADJECTIVE.get(adjLemma(words[i]!) ?? '');
    if (!country) continue;
    cover({ first: i, last: i, head: i, type: 'Country', ref: `gaz:${country}`, origin: 'adjective', nested: !!covered[i] });
  }

  // 7. Countries named inside longer names: "Rady Bezpieczeństwa [Rosji]", "rosyjskiej armii".
  // Indexed by first word: a search of every mention for every word was quadratic.
  const countryAt = new Set<number>();
  const byFirst = new Map<number, Mention[]>();
  const order = new Map<Mention, number>();
  const index = (o: Mention) => {
    order.set(o, order.size);
    if (o.type === 'Country') countryAt.add(o.first);
    const list = byFirst.get(o.first);
    if (list) list.push(o);
    else byFirst.set(o.first, [o]);
  };
  for (const o of out) index(o);
  for (const m of [...out]) {
    if (m.nested || m.first === m.last || !['Organization', 'Media', 'Place'].includes(m.type)) continue;
    for (let i = m.first + 1; i <= m.last; i++) {
      const p = phraseAt(i);
      const t = p?.values[0];
      if (!p || !t || t.type !== 'Country' || p.last > m.last || countryAt.has(i)) continue;
      const nested: Mention = { first: i, last: p.last, head: i, type: 'Country', ref: t.ref, origin: 'gazetteer', nested: true };
      out.push(nested);
      index(nested);
    }
    // A body inside ("Sztab Generalny [Sił Zbrojnych Ukrainy]") carries the country, not the outer one.
    const within = (test: (o: Mention) => boolean): Mention | undefined => {
      let found: Mention | undefined;
      for (let i = m.first; i <= m.last; i++)
        for (const o of byFirst.get(i) ?? []) if (o.last <= m.last && test(o) && (!found || order.get(o)! < order.get(found)!)) found = o;
      return found;
    };
    const inner = !!within((o) => o !== m && o.type === 'Organization' && o.first > m.first);
    if (m.type !== 'Place' && !m.country && !inner) m.country = within((o) => !!o.nested && o.type === 'Country')?.ref;
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** Mentions by their first word, in the order given: lookups instead of searches of every mention. */
export function mentionsByFirst(ms: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of ms) {
    const list = out.get(m.first);
    if (list) list.push(m);
    else out.set(m.first, [m]);
  }
  return out;
}

/** The gazetteer capital of a country of the knowledge base (by the gazetteer's id for it). */
function capitalIn(linker: Linker, ref: string): GazetteerEntry | undefined {
  for (const [country, capital] of CAPITAL_OF) if (linker.known(`gaz:${country}`) === ref.replace(/^kb:/, '')) return capital;
  return undefined;
}

const CASUALTY = ['zginąć', 'polec', 'ranny', 'zabity', 'ginąć'];

export function adjLemma(w: Word): string | undefined {
  return w.morphs.find((m) => m.pos === 'adj' && !m.guessed)?.lemma.toLowerCase();
}

// ---- State bodies named by common nouns -----------------------------------------------------

function bodyMentions(doc: Doc, covered: Uint8Array, found: readonly Mention[], linker: Linker): Mention[] {
  const words = doc.words;
  const out: Mention[] = [];
  const countries = new Map<number, Mention>();
  const places = new Map<number, Mention>();
  for (const m of found) {
    if (m.type === 'Country' && !m.nested) countries.set(m.first, m);
    if (m.type === 'Place' && !places.has(m.first)) places.set(m.first, m);
  }
  // Words one or two after the end of a quantity.
  const countedAt = new Uint8Array(words.length);
  for (const q of doc.quantities) for (const k of [q.last + 1, q.last + 2]) if (k < words.length) countedAt[k] = 1;
  const push = (first: number, last: number, head: number, kind: string, country: string, gloss: string, seat?: string) => {
    const signature = bodySignature(kind, country, linker);
    const kb = linker.bodies.get(signature);
    out.push({
      first,
      last,
      head,
      type: kind === 'media' ? 'Media' : 'Organization',
      ref: kb ? `kb:${kb}` : `new:body:${signature}`,
      origin: kb ? 'kb' : 'body',
      country,
      gloss,
      lemma: kind,
      ...(seat ? { seat } : {}),
    });
  };
  for (let i = 0; i < words.length; i++) {
    // "10 tys. północnokoreańskich żołnierzy" is a contingent, not the army; but in
    // "poległo ponad 76 tys. ukraińskich żołnierzy" the dead are the army's.
    const counted = countedAt[i] === 1;
    if (counted && !clauseHasLemma(doc, i, CASUALTY)) continue;
    const body = bodyAt(
      words,
      i,
      (j) => countries.get(j),
      (j) => !covered[j],
    );
    if (body) {
      const country = countries.get(body.countryName?.first ?? -1);
      if (country) country.nested = true;
      push(body.first, body.last, body.head, body.kind, body.country, body.gloss);
      i = body.last;
      continue;
    }
    // "służb wywiadowczych w Seulu i Waszyngtonie": the services of the states whose capitals are named.
    const noun = bodyNounAt(words, i, (j) => !covered[j]);
    if (!noun || !/^(w|we)$/.test(words[noun.last + 1]?.lower ?? '')) continue;
    let at = noun.last + 2;
    for (;;) {
      const seat = places.get(at);
      const state = seat && linker.target(seat.ref)?.capitalOf;
      if (!seat || !state) break;
      push(noun.first, noun.last, noun.head, noun.kind, state, noun.kind, seat.ref);
      if (!/^(i|oraz)$/.test(words[seat.last + 1]?.lower ?? '')) break;
      at = seat.last + 2;
    }
    i = noun.last;
  }
  return out;
}

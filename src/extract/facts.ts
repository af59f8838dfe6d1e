// Mentions of fact nodes: contingents ("co najmniej 11 tys. żołnierzy", "wysłaniu
// kontyngentu"), meetings, events (a war, a ratification, losses), agreements, memorials
// and resources. Each mention gets the noun phrase the head noun governs, so its span
// reads as a name ("traktat o wszechstronnym partnerstwie strategicznym").
import { agrees, cases, clauseHas, clauseHasLemma, hasLemma, isPos, isVerb, lemmaIn, type Doc, type Word } from './document.ts';
import { COUNTRY_BY_ADJECTIVE } from './gazetteer.ts';
import { adjLemma, mentionsByFirst, type Mention } from './mentions.ts';
import type { QuantityMention } from './quantities.ts';
import { FACT_NOUNS, MEMORIAL_PHRASES, TROOP_NOUNS, UNIT_NOUNS } from './vocabulary.ts';

const ANOTHER = /^(kolejny|dodatkowy|następny|przyszły|planowany|inny|wcześniejszy|poprzedni)$/;
const SEND = ['wysłać', 'wysyłać', 'wysłanie', 'skierować', 'kierować', 'skierowanie', 'przerzucić', 'trafić', 'rozmieścić', 'wysyłanie'];
const CASUALTY = ['zginąć', 'polec', 'ranny', 'zabity', 'ginąć', 'stracić', 'poległy'];
const SUPPLY = [
  'dostarczać',
  'dostarczyć',
  'przekazać',
  'przekazywać',
  'otrzymywać',
  'otrzymać',
  'sprzedawać',
  'sprzedać',
  'dostawa',
  'dostawy',
  'dostać',
  'wysyłać',
  'wysłać',
  'posiadać',
  'usprawnić',
  'zamian',
  'pozyskać',
];
const ARRIVE = ['trafić'];
const CONTAINERS = ['kontener', 'tona', 'skrzynia', 'wagon', 'partia', 'sztuka', 'zestaw', 'baryłka', 'pocisk'];

export function findFactMentions(doc: Doc, taken: readonly Mention[]): Mention[] {
  const words = doc.words;
  const covered = new Uint8Array(words.length);
  for (const m of taken) if (!m.nested && m.origin !== 'adjective') for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const out: Mention[] = [];
  const add = (m: Mention) => {
    out.push(m);
    if (m.origin === 'contingent' && m.lemma !== undefined) contingentEnd.set(m.lemma, Math.min(m.last, contingentEnd.get(m.lemma) ?? Infinity));
    for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  };
  const clauseWith = (i: number, lemmas: readonly string[]) => clauseHasLemma(doc, i, lemmas);
  // Indexes, so that no word searches every mention or quantity.
  const takenAt = mentionsByFirst(taken);
  const quantityEnds = new Map<number, QuantityMention>();
  for (const q of doc.quantities) if (!quantityEnds.has(q.last)) quantityEnds.set(q.last, q);
  const quantityStarts = new Set(doc.quantities.map((q) => q.first));
  /** Contingent lemma -> the smallest `last` of a contingent mention with it so far. */
  const contingentEnd = new Map<string, number>();

  // Contingents counted by a number: "5 tys. budowniczych wojskowych".
  for (const q of doc.quantities) {
    let n = q.last + 1;
    while (words[n] && isPos(words[n], 'adj') && !hasLemma(words[n], ...Object.keys(TROOP_NOUNS)) && words[n]!.sentence === words[q.first]!.sentence) n++;
    const noun = words[n];
    const unit = noun && lemmaIn(noun, TROOP_NOUNS);
    if (!unit || covered[n]) continue;
    if (clauseWith(q.first, CASUALTY)) continue; // a count of casualties, not a body of troops
    let last = n;
    if (words[n + 1] && hasLemma(words[n + 1], 'wojskowy') && !words[n + 1]!.cap) last = n + 1;
    const m: Mention = {
      first: q.first,
      last,
      head: n,
      type: 'Contingent',
      ref: '',
      origin: 'contingent',
      lemma: unit,
      quantity: q,
      gloss: TROOP_NOUNS[unit]!.en,
    };
    add(m);
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || w.kind !== 'word') continue;
    // Troop nouns without a number: parts named before ("północnokoreańskich saperów"),
    // bodies of troops sent ("wysłaniu kontyngentu", "kolejne oddziały").
    const unit = lemmaIn(w, UNIT_NOUNS) ?? lemmaIn(w, TROOP_NOUNS);
    if (unit && isPos(w, 'subst') && !w.cap) {
      const sent = hasLemma(words[i - 1], ...SEND) || hasLemma(words[i - 2], ...SEND) || clauseWith(i, ARRIVE);
      const another = ANOTHER.test(adjBefore(words, i) ?? '') || hasLemma(words[i - 1], 'nowy');
      const earlierPart = (contingentEnd.get(unit) ?? Infinity) < i;
      // "żołnierze z KRLD", "jednostki armii północnokoreańskiej": troops of a named state or army.
      const origin = plural(w) ? fromState(takenAt, words, i) : undefined;
      if (unit === 'kontyngent' || earlierPart || sent || another || origin) {
        const first = adjectivesBefore(words, i, covered);
        let last = origin?.last ?? i;
        if (!origin && words[i + 1] && hasLemma(words[i + 1], 'wojskowy') && !covered[i + 1]) last = i + 1;
        add({
          first,
          last,
          head: i,
          type: 'Contingent',
          ref: '',
          origin: 'contingent',
          lemma: unit,
          another: ANOTHER.test(adjBefore(words, i) ?? ''),
          gloss: UNIT_NOUNS[unit] ?? TROOP_NOUNS[unit]?.en,
          ...(origin ? { from: origin.mention, fromKey: origin.key } : {}),
        });
        i = last;
        continue;
      }
    }
    // Memorials named by two words: "miejsc pamięci", "kompleksu memorialnego".
    const memorial = MEMORIAL_PHRASES.find(([a, b]) => hasLemma(w, a) && hasLemma(words[i + 1], b));
    if (memorial) {
      let last = i + 1;
      if (words[last + 1]?.lower === 'z' && hasLemma(words[last + 2], 'muzeum')) last += 2;
      add({ first: i, last, head: i, type: 'Memorial', ref: '', origin: 'fact', lemma: memorial[0], gloss: memorial[2] });
      i = last;
      continue;
    }
    const lemma = lemmaIn(w, FACT_NOUNS);
    if (!lemma || !isPos(w, 'subst') || (w.cap && !w.initial)) continue;
    const def = FACT_NOUNS[lemma]!;
    if (def.type === 'Resource' && !clauseWith(i, SUPPLY) && !quantityEnds.has(i - 1) && !quantityEnds.has(i - 2)) continue;
    if (def.type === 'Meeting' && isGeneric(words, i)) continue;
    if (lemma === 'system' && !hasLemma(words[i + 1], 'obrona', 'rakietowy', 'przeciwlotniczy')) continue;
    if (def.type === 'Event' && lemma === 'strata' && !clauseWith(i, CASUALTY)) continue;
    let first = adjectivesBefore(words, i, covered);
    // "11 tys. kontenerów amunicji": the containers are counted, the ammunition supplied.
    if (def.type === 'Resource' && hasLemma(words[i - 1], ...CONTAINERS) && !covered[i - 1]) first = i - 1;
    // "10 tys. kontenerów z amunicją": the containers, with what they hold.
    if (def.type === 'Resource' && first === i && /^(z|ze)$/.test(words[i - 1]?.lower ?? '') && hasLemma(words[i - 2], ...CONTAINERS) && !covered[i - 2])
      first = i - 2;
    let last = complementEnd(words, i, def.type, covered);
    // "amunicją i sprzętem wojskowym", "żywność i technologie wojskowe": one delivery of several goods.
    if (def.type === 'Resource') last = coordinatedResources(words, i, last, covered);
    const count = def.type === 'Resource' ? quantityEnds.get(first - 1) : undefined;
    add({
      // "ponad milion baryłek ropy": the count is part of what is named, as for troops.
      first: count && !covered[count.first] ? count.first : first,
      last,
      head: i,
      type: def.type,
      ref: '',
      origin: 'fact',
      lemma,
      gloss: def.en,
      another: ANOTHER.test(adjBefore(words, i) ?? ''),
      ...(count ? { quantity: count } : {}),
    });
    i = last;
  }

  // Events told by verbs: losses ("zginęło lub zostało rannych"), a ratification.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i]) continue;
    if (hasLemma(w, 'zginąć', 'polec') && isVerb(w) && clauseHas(doc, i, quantityStarts, (c) => quantityStarts.has(c.i))) {
      let last = i;
      // "zginęło lub zostało rannych"
      if (/^(lub|albo|i)$/.test(words[i + 1]?.lower ?? '') && hasLemma(words[i + 2], 'zostać') && hasLemma(words[i + 3], 'ranny')) last = i + 3;
      else if (/^(lub|albo|i)$/.test(words[i + 1]?.lower ?? '') && hasLemma(words[i + 2], 'ranny')) last = i + 2;
      add({ first: i, last, head: i, type: 'Event', ref: '', origin: 'fact', lemma: 'strata', gloss: 'losses' });
      i = last;
    } else if (hasLemma(w, 'ratyfikować') && (isVerb(w) || isPos(w, 'ppas', 'pact'))) {
      add({ first: i, last: i, head: i, type: 'Event', ref: '', origin: 'fact', lemma: 'ratyfikacja', gloss: 'ratification' });
    }
  }
  return out;
}

const plural = (w: Word) => w.morphs.some((m) => m.pos === 'subst' && m.numbers === 2);

/** The state or army troops come from: "żołnierze z KRLD", "jednostki armii północnokoreańskiej". */
function fromState(
  takenAt: ReadonlyMap<number, readonly Mention[]>,
  words: readonly Word[],
  i: number,
): { mention: Mention; key: string; last: number } | undefined {
  const z = /^(z|ze)$/.test(words[i + 1]?.lower ?? '');
  const m = takenAt.get(i + (z ? 2 : 1))?.find((t) => !t.nested && (z ? t.type === 'Country' : t.type === 'Organization' && t.origin !== 'name'));
  return m ? { mention: m, key: m.country ?? m.ref, last: m.last } : undefined;
}

function adjBefore(words: readonly Word[], i: number): string | undefined {
  const p = words[i - 1];
  return p && isPos(p, 'adj') ? adjLemma(p) : undefined;
}

/** The first of the adjectives agreeing with the noun at `i` ("zaawansowane technologie"). */
function adjectivesBefore(words: readonly Word[], i: number, covered: Uint8Array): number {
  let first = i;
  while (first > 0) {
    const p = words[first - 1]!;
    if (covered[p.i] || p.sentence !== words[i]!.sentence || p.cap || !agrees(p, words[i])) break;
    if (COUNTRY_BY_ADJECTIVE.has(adjLemma(p) ?? '') || /^(ten|tamten|jego|jej|ich|swój|częsty|kolejny|następny|inny)$/.test(adjLemma(p) ?? '')) break;
    first--;
  }
  return first;
}

/** The end of what a fact noun governs: adjectives after it, a genitive, an "o …" topic. */
function complementEnd(words: readonly Word[], i: number, type: string, covered: Uint8Array): number {
  let last = i;
  const same = (j: number) => words[j] && words[j]!.sentence === words[i]!.sentence && !covered[j];
  // Agreeing adjectives, also coordinated: "arsenał nuklearny i rakietowy".
  while (
    same(last + 1) &&
    !words[last + 1]!.cap &&
    agrees(words[last + 1], words[i]) &&
    isPos(words[last + 1], 'adj') &&
    !COUNTRY_BY_ADJECTIVE.has(adjLemma(words[last + 1]!) ?? '')
  ) {
    last++;
    if (words[last + 1]?.lower === 'i' && same(last + 2) && agrees(words[last + 2], words[i])) last += 2;
  }
  if (type === 'Agreement' && words[last + 1]?.lower === 'o') {
    let j = last + 2;
    while (
      same(j) &&
      !words[j]!.cap &&
      (isPos(words[j], 'adj', 'subst') || /^(w|dziedzinie|sprawie)$/.test(words[j]!.lower)) &&
      !isVerb(words[j]) &&
      j - last < 8
    )
      j++;
    if (j > last + 2) last = j - 1;
  } else if (type === 'Resource' || type === 'Event') {
    // One genitive phrase: "systemy obrony powietrznej", "pocisków … krótkiego zasięgu",
    // "operacji wyzwalania obwodu kurskiego".
    let j = last + 1;
    while (
      same(j) &&
      !words[j]!.cap &&
      isPos(words[j], 'adj', 'subst', 'ger') &&
      !isPos(words[j], 'prep') &&
      genitive(words[j]!) &&
      !isVerb(words[j]) &&
      j - last <= 3
    )
      j++;
    // Up to the last word of the phrase, provided it has a noun ("obrony powietrznej").
    if (j > last + 1 && words.slice(last + 1, j).some((w) => isPos(w, 'subst', 'ger'))) last = j - 1;
  }
  if (type === 'Event' && hasLemma(words[i], 'wojna') && /^(z|w|na)$/.test(words[last + 1]?.lower ?? '') && words[last + 2]?.cap) last += 2;
  return last;
}

/** The end of the resources coordinated with the one at `head` ending at `last`, in the same case. */
function coordinatedResources(words: readonly Word[], head: number, last: number, covered: Uint8Array): number {
  for (;;) {
    const conj = words[last + 1];
    if (!conj || !/^(i|oraz|,)$/.test(conj.lower)) return last;
    let n = last + 2;
    while (words[n] && !covered[n] && isPos(words[n], 'adj') && !isPos(words[n], 'subst') && n - last < 5) n++;
    const next = words[n];
    const lemma = next && lemmaIn(next, FACT_NOUNS);
    if (!next || covered[n] || next.cap || next.sentence !== words[head]!.sentence || !lemma || FACT_NOUNS[lemma]!.type !== 'Resource') return last;
    if (!(cases(next) & cases(words[head]))) return last;
    last = complementEnd(words, n, 'Resource', covered);
  }
}

/** "częste wizyty": many meetings, not one. */
function isGeneric(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  return hasLemma(p, 'częsty', 'liczny', 'regularny') && !!p?.morphs.some((m) => m.pos === 'adj' && m.numbers === 2);
}

const genitive = (w: Word) => w.morphs.some((m) => m.cases & 2 && m.pos !== 'prep');

// Relations carried by the shape of noun phrases rather than by a verb: a body named with
// its country ("Rady Bezpieczeństwa Rosji" PART_OF Russia), roles before names ("prezydent
// Rosji Władimir Putin" LEADS Russia), places inside places ("kosmodromie Wostocznyj w
// obwodzie amurskim"), parts of a contingent ("składającego się z 1 tys. saperów") and the
// sides of a war ("wojnie z Ukrainą"). They identify; the article asserts them as fact.
import { caseOf, clauseRange, lastOf, PLACES, prepOf, typeOf, GEN, LOC, NOM, type Ctx } from './args.ts';
import { hasLemma, isVerb, lemmaIn } from './document.ts';
import type { Mention } from './mentions.ts';
import { ROLES } from './vocabulary.ts';

const STATED = { level: 'stated', claimedBy: [] };
/** Heads of bodies that are not organs of a state: they are based in a country, not part of it. */
const NON_STATE = ['instytut', 'fundacja', 'centrum', 'uniwersytet', 'firma', 'koncern', 'spółka', 'stowarzyszenie'];

const span = (...ms: Mention[]) => ms.flatMap((m) => [m.first, m.last]);

export function structuralRelations(ctx: Ctx, countryId: (ref: string) => string | undefined): void {
  const words = ctx.doc.words;

  for (const m of ctx.all) {
    const type = typeOf(ctx, m);
    // Bodies and media named with their country; an institute or a company is only based there.
    if (m.country && (type === 'Organization' || type === 'Media')) {
      const country = countryId(m.country);
      const based = type === 'Media' || hasLemma(words[m.head], ...NON_STATE);
      if (country && country !== m.ref)
        ctx.emit({ subject: m.ref, type: based ? 'LOCATED_IN' : 'PART_OF', object: country, anchor: m.head, words: span(m), ...STATED });
    }
    // Troops of an army: "jednostki armii północnokoreańskiej".
    if (m.from && type === 'Contingent' && typeOf(ctx, m.from) === 'Organization')
      ctx.emit({ subject: m.ref, type: 'PART_OF', object: m.from.ref, anchor: m.head, words: span(m), ...STATED });
    // "służb wywiadowczych w Seulu i Waszyngtonie": each service sits in its capital.
    const seat = m.seat && countryId(m.seat);
    if (seat) ctx.emit({ subject: m.ref, type: 'LOCATED_IN', object: seat, anchor: m.head, words: span(m), ...STATED });
    // A body inside a body's name: "Sztabu Generalnego [Sił Zbrojnych Federacji Rosyjskiej]".
    if (m.nested && type === 'Organization') {
      const outer = ctx.mentions.find((o) => o.first <= m.first && o.last >= m.last && o !== m && typeOf(ctx, o) === 'Organization');
      if (outer) ctx.emit({ subject: outer.ref, type: 'PART_OF', object: m.ref, anchor: outer.head, words: span(outer), ...STATED });
    }
  }

  for (const m of ctx.mentions) {
    const type = typeOf(ctx, m);
    const next = words[m.last + 1];
    // "Amerykański Departament Stanu": a country adjective right before a body.
    const before = ctx.all.find((o) => o.last === m.first - 1 && o.origin === 'adjective');
    const based = type === 'Media' || hasLemma(words[m.head], ...NON_STATE);
    if (before && (type === 'Organization' || type === 'Media'))
      ctx.emit({ subject: m.ref, type: based ? 'LOCATED_IN' : 'PART_OF', object: before.ref, anchor: m.head, words: span(before, m), ...STATED });
    // "X w Y": where a place, memorial, body or outlet is.
    const claimant = /^(według|zdaniem)$/.test(words[m.first - 1]?.lower ?? '');
    if (next && /^(w|we)$/.test(next.lower) && ['Place', 'Memorial', 'Organization', 'Media'].includes(type) && !m.seat && !claimant) {
      const where = ctx.mentions.find((o) => o.first === m.last + 2 && ['Place', 'Country'].includes(typeOf(ctx, o)) && caseOf(ctx, o) & LOC);
      if (where && where.ref !== m.ref)
        ctx.emit({ subject: m.ref, type: 'LOCATED_IN', object: where.ref, anchor: m.head, words: span(m, where), ...(type === 'Memorial' ? {} : STATED) });
    }
    // "operacji wyzwalania obwodu kurskiego", "rozmowy w Wonsanie": where an event or meeting took place.
    if (type === 'Event' || type === 'Meeting') {
      const place = ctx.mentions.find(
        (o) => (o.first === m.last + 1 && caseOf(ctx, o) & GEN && type === 'Event') || (o.first === m.last + 2 && /^(w|we)$/.test(next?.lower ?? '')),
      );
      if (place && typeOf(ctx, place) === 'Place') ctx.emit({ subject: m.ref, type: 'HELD_IN', object: place.ref, anchor: m.head, words: span(m, place) });
    }
    // "wojnie z Ukrainą": the war's sides.
    if (type === 'Event' && hasLemma(words[m.head], 'wojna')) {
      // "wojna z Ukrainą": the other side; "dla Rosji w wojnie", "Rosji w sprawie wojny": one side.
      const side = ctx.all.find(
        (o) => o.first > m.head && o.last <= m.last + 2 && typeOf(ctx, o) === 'Country' && /^(z|ze)$/.test(words[o.first - 1]?.lower ?? ''),
      );
      if (side) ctx.emit({ subject: side.ref, type: 'FOUGHT_IN', object: m.ref, anchor: m.head, words: span(m, side), ...STATED });
      const gap = (o: Mention) =>
        words
          .slice(o.last + 1, m.first)
          .map((w) => w.lower)
          .join(' ');
      const party = [...ctx.mentions].reverse().find((o) => o.last < m.first && typeOf(ctx, o) === 'Country' && /^(w|w sprawie|podczas)$/.test(gap(o)));
      if (party && party.ref !== side?.ref)
        ctx.emit({ subject: party.ref, type: 'FOUGHT_IN', object: m.ref, anchor: m.head, words: span(party, m), ...STATED });
    }
    // "kontyngentu składającego się z 1 tys. saperów oraz 5 tys. budowniczych".
    if (type === 'Contingent' && hasLemma(words[m.last + 1], 'składać') && words[m.last + 3]?.lower === 'z') {
      for (const part of ctx.mentions.filter((o) => o.first > m.last && typeOf(ctx, o) === 'Contingent' && o.ref !== m.ref && o.first <= m.last + 12)) {
        ctx.state.parts.add(part.ref);
        ctx.emit({
          subject: part.ref,
          type: 'PART_OF',
          object: m.ref,
          anchor: part.head,
          words: span(m, part),
          ...(part.quantity ? { qualifiers: { quantity: { value: part.quantity.value, precision: part.quantity.precision } } } : {}),
        });
      }
    }
  }
  memorialPlaces(ctx);
  parties(ctx);
  roles(ctx);
}

/** "traktat … z Rosją": Russia is a party, and so is the other side (the clause's state or its leader's). */
function parties(ctx: Ctx): void {
  const words = ctx.doc.words;
  for (const m of ctx.mentions) {
    if (typeOf(ctx, m) !== 'Agreement' || !/^(z|ze)$/.test(words[m.last + 1]?.lower ?? '')) continue;
    const other = ctx.mentions.find((o) => o.first === m.last + 2 && typeOf(ctx, o) === 'Country');
    if (!other) continue;
    ctx.emit({ subject: other.ref, type: 'PARTY_TO', object: m.ref, anchor: m.head, words: span(m, other) });
    const [from] = ctx.doc.sentences[ctx.sentence]!.tokens;
    const actor = [...ctx.mentions]
      .reverse()
      .find((o) => o.last < m.first && o.first >= from && ['Country', 'Person'].includes(typeOf(ctx, o)) && caseOf(ctx, o) & 1 && o.ref !== other.ref);
    const state = actor && (typeOf(ctx, actor) === 'Country' ? actor.ref : ctx.state.leads.get(actor.ref));
    if (state && state !== other.ref)
      ctx.emit({
        subject: state,
        type: 'PARTY_TO',
        object: m.ref,
        anchor: m.head,
        words: [...span(m, other), ...(actor.origin === 'kb' && actor.first === actor.last ? [] : span(actor))],
      });
  }
}

/** "powstanie w Pjongjangu kompleksu memorialnego", "otwarcie w Rosji i KRLD miejsc pamięci". */
function memorialPlaces(ctx: Ctx): void {
  const words = ctx.doc.words;
  for (const m of ctx.mentions) {
    if (typeOf(ctx, m) !== 'Memorial') continue;
    const places: Mention[] = [];
    // The place phrase right before the memorial, coordinated places included.
    let k = m.first - 1;
    while (k >= 0) {
      const p = ctx.mentions.find((o) => o.last === k && ['Place', 'Country'].includes(typeOf(ctx, o)));
      if (!p) break;
      places.unshift(p);
      if (/^(w|we)$/.test(words[p.first - 1]?.lower ?? '')) break;
      if (!/^(i|oraz)$/.test(words[p.first - 1]?.lower ?? '')) {
        places.length = 0;
        break;
      }
      k = p.first - 2;
    }
    if (!places.length || !/^(w|we)$/.test(words[places[0]!.first - 1]?.lower ?? '')) continue;
    for (const p of places)
      ctx.emit({ subject: m.ref, type: 'LOCATED_IN', object: p.ref, anchor: m.head, words: [places[0]!.first - 1, p.last, m.first, m.last] });
  }
}

/** "prezydent Rosji Władimir Putin", "przywódcę Korei Północnej, Kim Dzong Una", "rosyjskiego przywódcę Władimira Putina", "przywódca kraju Kim Dzong Un". */
function roles(ctx: Ctx): void {
  const words = ctx.doc.words;
  const [from, to] = ctx.doc.sentences[ctx.sentence]!.tokens;
  for (let i = from; i < to; i++) {
    const role = lemmaIn(words[i], ROLES) ?? (words[i]!.lower === 'gen.' ? 'gen' : undefined);
    if (!role) continue;
    const def = ROLES[role]!;
    let j = i + 1;
    while (words[j] && !words[j]!.cap && words[j]!.morphs.some((m) => m.pos === 'adj') && j < i + 3) j++; // "sekretarz generalny"
    const roleText = words
      .slice(i, j)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    let governed = ctx.mentions.find((m) => m.first === j && ['Country', 'Organization'].includes(typeOf(ctx, m)) && caseOf(ctx, m) & GEN);
    const adjective = ctx.all.find((m) => m.last === i - 1 && m.origin === 'adjective');
    let governedEnd = governed?.last ?? i;
    if (!governed && adjective) governed = adjective;
    // "przywódca kraju": the country last named.
    if (!governed && hasLemma(words[j], 'kraj', 'państwo')) {
      const last = ctx.state.recent.get('Country')?.[0];
      if (last) {
        governed = { first: j, last: j, head: j, type: 'Country', ref: last, origin: 'kb' };
        governedEnd = j;
      }
    }
    if (!governed) continue;
    let k = governedEnd + 1;
    if (words[k]?.text === ',') k++;
    if (words[k]?.lower === 'gen.') k++;
    const person = ctx.mentions.find((m) => m.first === k && typeOf(ctx, m) === 'Person');
    if (!person) continue;
    const gType = typeOf(ctx, governed.ref);
    const q = { role: { pl: roleText, en: def.en } };
    const w = [i, governed.first, governed.last, person.first, person.last];
    if (def.leads && gType === 'Country') {
      ctx.emit({ subject: person.ref, type: 'LEADS', object: governed.ref, anchor: i, words: w, qualifiers: q, ...STATED });
      ctx.state.leads.set(person.ref, governed.ref);
    } else if (gType === 'Organization')
      ctx.emit({ subject: person.ref, type: 'HOLDS_OFFICE', object: governed.ref, anchor: i, words: w, qualifiers: q, ...STATED });
  }
}

/** Troops acting somewhere were sent there: "budowniczowie … skupią się na odbudowie … w obwodzie kurskim". */
export function presence(ctx: Ctx): void {
  const words = ctx.doc.words;
  for (const m of ctx.mentions) {
    if (typeOf(ctx, m) !== 'Contingent' || prepOf(ctx, m) || !(caseOf(ctx, m) & NOM || m.quantity)) continue;
    const [a, b] = clauseRange(ctx.doc, m.head);
    if (!words.slice(a, b + 1).some((w) => isVerb(w) && !hasLemma(w, 'być', 'stanowić', 'zostać'))) continue;
    const place = ctx.mentions.find(
      (o) => o.first >= a && o.last <= b && PLACES.includes(typeOf(ctx, o)) && /^(w|we)$/.test(prepOf(ctx, o) ?? '') && caseOf(ctx, o) & LOC,
    );
    if (place) ctx.emit({ subject: m.ref, type: 'DEPLOYED_TO', object: place.ref, anchor: m.head, words: [m.first, m.last, place.first, place.last] });
  }
}

/** "pomnika poległych żołnierzy", "miejsc pamięci poświęconych koreańskim żołnierzom". */
export function memorials(ctx: Ctx): void {
  const words = ctx.doc.words;
  for (const m of ctx.mentions) {
    if (typeOf(ctx, m) !== 'Memorial') continue;
    const honoured = ctx.mentions.find((o) => o.first > m.last && o.first <= m.last + 3 && ['Organization', 'Contingent', 'Event'].includes(typeOf(ctx, o)));
    const fallen = hasLemma(words[m.last + 1], 'poległy', 'polec', 'zabity', 'bohater', 'ofiara');
    const target = honoured?.ref ?? (fallen ? lastOf(ctx, 'Contingent', m.first) : undefined);
    if (target)
      ctx.emit({ subject: m.ref, type: 'MEMORIALISES', object: target, anchor: m.head, words: [m.first, m.last, ...(honoured ? [honoured.last] : [])] });
  }
}

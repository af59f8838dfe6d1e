// Meetings and visits: "A spotkał się z B", "wizyta Szojgu w Korei Północnej", "Ławrow przybył
// do Pjongjangu z trzydniową wizytą", "przygotowania do spotkania Kima z Putinem", "na polecenie
// prezydenta Władimira Putina".
import {
  args,
  caseOf,
  clauseRange,
  lastOf,
  PLACES,
  placeOf,
  prepOf,
  span,
  subject,
  timeOf,
  timeQ,
  typeOf,
  withCoordinated,
  ACC,
  GEN,
  INST,
  LOC,
  NOM,
  type Ctx,
  type Handler,
} from './args.ts';
import { hasLemma, isVerb } from './document.ts';
import type { Mention } from './mentions.ts';
import type { RawQualifiers } from './claim.ts';

/** Verbs of meeting: "A spotkał się z B", "A i B spotkali się", "A rozmawiał z B", "przyjął go". */
export const meet: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  if (!isVerb(words[i])) return meetingNoun(ctx, i);
  const people = subject(ctx, i, ['Person']);
  const partners = args(ctx, i, { types: ['Person'], prep: /^(z|ze)$/, cases: INST, side: 'after' });
  const time = timeOf(ctx, i);
  const place = placeOf(ctx, i);
  const q: RawQualifiers = { ...(time ? { time } : {}), ...(place ? { place } : {}) };
  const pairs: Array<[Mention, Mention]> = [];
  if (partners.length) for (const p of people) pairs.push([p, partners[0]!]);
  else if (people.length >= 2) pairs.push([people[0]!, people[1]!]);
  for (const [a, b] of pairs)
    if (a.ref !== b.ref) ctx.emit({ subject: a.ref, type: 'MET_WITH', object: b.ref, anchor: i, words: [i, ...span(a, b)], qualifiers: q });
  // "gdzie obaj przywódcy rozmawiali": a meeting node named in the clause gets the participants.
  const meeting = ctx.mentions.find((m) => typeOf(ctx, m) === 'Meeting' && Math.abs(m.head - i) <= 8);
  for (const p of [...people, ...partners.slice(0, 1)]) if (meeting) participate(ctx, p.ref, meeting, i);
};

function participate(ctx: Ctx, person: string, meeting: Mention, anchor: number): void {
  const set = ctx.state.participants.get(meeting.ref) ?? new Set<string>();
  set.add(person);
  ctx.state.participants.set(meeting.ref, set);
  ctx.emit({ subject: person, type: 'PARTICIPATED_IN', object: meeting.ref, anchor, words: [anchor, meeting.first, meeting.last] });
}

/** "spotkania Kima z Putinem", "wizyta Szojgu w Korei Północnej", "szczytu Putina i Kima w Moskwie". */
function meetingNoun(ctx: Ctx, i: number): void {
  const words = ctx.doc.words;
  const meeting = ctx.mentions.find((m) => m.first <= i && i <= m.last && typeOf(ctx, m) === 'Meeting');
  if (!meeting) return;
  const who: Mention[] = [];
  const gen = ctx.mentions.find((m) => m.first === meeting.last + 1 && typeOf(ctx, m) === 'Person' && caseOf(ctx, m) & GEN);
  if (gen) who.push(...withCoordinated(ctx, gen, ['Person']));
  // "jego drugim spotkaniem", "po jego rozmowach": the person last named.
  if ([words[meeting.first - 1], words[meeting.first - 2]].some((w) => /^(jego|jej)$/.test(w?.lower ?? ''))) {
    const last =
      [...ctx.mentions].reverse().find((m) => m.last < meeting.first && typeOf(ctx, m) === 'Person')?.ref ??
      ctx.state.subjects.get('Person') ??
      lastOf(ctx, 'Person');
    if (last) who.push({ first: i, last: i, head: i, type: 'Person', ref: last, origin: 'kb' });
  }
  const withWhom = ctx.mentions.find(
    (m) =>
      m.first > meeting.last && m.first <= meeting.last + 8 && typeOf(ctx, m) === 'Person' && /^(z|ze)$/.test(prepOf(ctx, m) ?? '') && caseOf(ctx, m) & INST,
  );
  if (withWhom) who.push(withWhom);
  for (const p of who) participate(ctx, p.ref, meeting, i);
  const planned = /^(do|przed)$/.test(words[meeting.first - 1]?.lower ?? '');
  if (who.length >= 2 && withWhom && !planned)
    for (const p of who.filter((x) => x !== withWhom))
      ctx.emit({ subject: p.ref, type: 'MET_WITH', object: withWhom.ref, anchor: i, words: [i, ...span(p, withWhom)] });
  const where = ctx.mentions.find(
    (m) =>
      m.first > meeting.last && m.first <= meeting.last + 6 && PLACES.includes(typeOf(ctx, m)) && /^(w|we)$/.test(prepOf(ctx, m) ?? '') && caseOf(ctx, m) & LOC,
  );
  if (where && typeOf(ctx, where) === 'Place')
    ctx.emit({ subject: meeting.ref, type: 'HELD_IN', object: where.ref, anchor: i, words: [i, ...span(meeting, where)] });
  if (hasLemma(words[meeting.head], 'wizyta') && where)
    for (const p of who.slice(0, 1)) ctx.emit({ subject: p.ref, type: 'VISITED', object: where.ref, anchor: i, words: [i, ...span(meeting, where)] });
}

export const visit: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  if (!isVerb(words[i])) return meetingNoun(ctx, i);
  const visitors = subject(ctx, i, ['Person']);
  const dests = hasLemma(words[i], 'odwiedzić', 'odwiedzać')
    ? args(ctx, i, { types: PLACES, cases: ACC, prep: null, side: 'after' })
    : args(ctx, i, { types: PLACES, prep: /^do$/, cases: GEN });
  const time = timeOf(ctx, i);
  for (const v of visitors)
    for (const d of dests.slice(0, 2))
      ctx.emit({ subject: v.ref, type: 'VISITED', object: d.ref, anchor: i, words: [i, ...span(v, d)], qualifiers: time ? { time } : {} });
  // "przybył … z trzydniową wizytą w Korei Północnej": the visit node is the visitor's.
  const [, end] = clauseRange(ctx.doc, i);
  const meeting = ctx.mentions.find((m) => typeOf(ctx, m) === 'Meeting' && m.first > i && m.first <= end && hasLemma(words[m.head], 'wizyta'));
  if (!meeting) return;
  for (const v of visitors) participate(ctx, v.ref, meeting, i);
  const where = ctx.mentions.find((m) => m.first === meeting.last + 2 && /^(w|we)$/.test(words[m.first - 1]!.lower) && PLACES.includes(typeOf(ctx, m)));
  if (where) for (const v of visitors) ctx.emit({ subject: v.ref, type: 'VISITED', object: where.ref, anchor: i, words: [i, ...span(v, where)] });
};

/** "na polecenie prezydenta Władimira Putina", "po otrzymaniu specjalnych instrukcji od Putina". */
export const instruct: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const giver = ctx.mentions.find((m) => m.first > i && m.first <= i + 4 && typeOf(ctx, m) === 'Person' && caseOf(ctx, m) & GEN);
  if (!giver) return;
  const receiver =
    subject(ctx, i, ['Person'], { inherit: false }).find((m) => m.ref !== giver.ref) ??
    args(ctx, i, { types: ['Person'], cases: NOM, sentence: true, side: 'before' })[0];
  if (receiver && receiver.ref !== giver.ref && words[i])
    ctx.emit({ subject: giver.ref, type: 'INSTRUCTED', object: receiver.ref, anchor: i, words: [i, ...span(giver, receiver)], qualifiers: timeQ(ctx, i) });
};

/** "przygotowaniami do spotkania Kima z Putinem", "wizyta może być przygotowaniem do … szczytu". */
export const prepare: Handler = (ctx, i) => {
  const meeting = args(ctx, i, { types: ['Meeting'], side: 'after', sentence: true }).find((m) => prepOf(ctx, m) === 'do');
  if (!meeting) return;
  let preparers = subject(ctx, i, ['Person', 'Country', 'Organization'], { inherit: false });
  if (!preparers.length) {
    // The visit prepares it: whoever took part in that visit.
    const visit = args(ctx, i, { types: ['Meeting'], side: 'before', sentence: true })[0];
    const who = visit && ctx.state.participants.get(visit.ref);
    if (who) preparers = [...who].slice(0, 1).map((ref) => ({ first: i, last: i, head: i, type: 'Person', ref, origin: 'kb' as const }));
  }
  for (const p of preparers)
    if (p.ref !== meeting.ref) ctx.emit({ subject: p.ref, type: 'PREPARES', object: meeting.ref, anchor: i, words: [i, ...span(meeting)] });
};

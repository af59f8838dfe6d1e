// Relations from verb and noun triggers. Each trigger family picks its arguments by case,
// preposition and position in the clause: the subject in the nominative (or after "przez"
// in the passive, or carried over from the sentence before), the object in the accusative
// or genitive, the destination after "do", the partner after "z", the recipient in the
// dative.
import type { RawQualifiers } from './claim.ts';
import {
  args,
  caseOf,
  clauseRange,
  isPassive,
  lastOf,
  placeOf,
  placeQ,
  PLACES,
  quantityOf,
  recentPeople,
  span,
  STATES,
  subject,
  tagOf,
  timeOf,
  timeQ,
  typeOf,
  ACC,
  DAT,
  GEN,
  INST,
  LOC,
  NOM,
  type Ctx,
  type Handler,
} from './args.ts';
import { hasLemma, isPos, isVerb } from './document.ts';
import { instruct, meet, prepare, visit } from './meetings.ts';
import type { Mention } from './mentions.ts';
import { improve, receive, supply } from './transfers.ts';

const send: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const contingent = args(ctx, i, { types: ['Contingent'], side: 'after' })[0] ?? args(ctx, i, { types: ['Contingent'] })[0];
  if (!contingent) return;
  const q = quantityOf(contingent);
  // "do Rosji", "na Ukrainę"
  const dests = [...args(ctx, i, { types: PLACES, prep: /^do$/, cases: GEN }), ...args(ctx, i, { types: PLACES, prep: /^na$/, cases: ACC })];
  for (const dest of dests)
    ctx.emit({
      subject: contingent.ref,
      type: 'DEPLOYED_TO',
      object: dest.ref,
      anchor: i,
      words: [i, ...span(contingent, dest)],
      qualifiers: { ...q, ...purpose(ctx, i) },
    });
  // Sent already, by a named sender: "Korea Północna wysłała …" (not "decyzja o wysłaniu", not
  // the future "wyśle" — a perfective present form).
  const w = words[i]!;
  const future = w.morphs.some((m) => m.form === 'fin') && !w.morphs.some((m) => m.form === 'praet') && /:perf/.test(tagOf(ctx, w));
  if (!isVerb(w) || future || hasLemma(w, 'trafić') || w.morphs.some((m) => m.form === 'imps' || m.form === 'inf')) return;
  for (const sender of subject(ctx, i, ['Country', 'Person'], { inherit: false }))
    ctx.emit({ subject: sender.ref, type: 'SENT', object: contingent.ref, anchor: i, words: [i, ...span(sender, contingent)], qualifiers: q });
};

function purpose(ctx: Ctx, i: number): RawQualifiers {
  const words = ctx.doc.words;
  const [, b] = clauseRange(ctx.doc, i);
  for (let k = i; k < b; k++)
    if (words[k]!.lower === 'w' && words[k + 1]?.lower === 'celu') {
      const text = ctx.doc.text.slice(words[k + 2]!.start, words[b]!.end).replace(/[.,;]$/, '');
      return text ? { purpose: { pl: text, en: text } } : {};
    }
  return {};
}

const decide: Handler = (ctx, i) => {
  const objects = args(ctx, i, { types: ['Contingent', 'Agreement'], sentence: true, side: 'after' });
  const object = objects[0] ?? args(ctx, i, { types: ['Contingent', 'Agreement'], sentence: true })[0];
  if (!object) return;
  let deciders = subject(ctx, i, ['Person', 'Country']);
  // "Decyzja … została podjęta przez przywódcę Korei Północnej, Kim Dzong Una."
  // Only the rest of the sentence: a search of the whole article per trigger was quadratic.
  const [, end] = ctx.doc.sentences[ctx.sentence]!.tokens;
  let taken = -1;
  for (let k = i + 1; k < end && taken < 0; k++) if (hasLemma(ctx.doc.words[k], 'podjąć')) taken = k;
  if (isPos(ctx.doc.words[i], 'subst') && taken > 0) deciders = subject(ctx, taken, ['Person', 'Country']);
  for (const d of deciders)
    ctx.emit({ subject: d.ref, type: 'DECIDED', object: object.ref, anchor: i, words: [i, ...span(d, object)], qualifiers: timeQ(ctx, i) });
};

const sign: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const passive = isPassive(ctx, i);
  const agreement = passive
    ? [...args(ctx, i, { types: ['Agreement'], side: 'before', sentence: true })][0]
    : (args(ctx, i, { types: ['Agreement'], side: 'after' })[0] ?? args(ctx, i, { types: ['Agreement'] })[0]);
  // "podpisał dekret ratyfikujący traktat": what was signed is the decree, not the treaty.
  if (
    !agreement ||
    (agreement.first > i && words.slice(i + 1, agreement.first).some((w) => isPos(w, 'subst') && !ctx.all.some((m) => m.first <= w.i && w.i <= m.last)))
  )
    return;
  let signers = subject(ctx, i, ['Person', 'Country'], { inherit: false });
  // "obaj przywódcy podpisali", "Ministrowie podpisali": the two people named last.
  if (!signers.length && /^(obaj|obie|ministrowie|przywódcy|strony)$/.test(words[i - 1]?.lower ?? words[i - 2]?.lower ?? '')) signers = recentPeople(ctx, i, 2);
  const time = timeOf(ctx, i);
  const place = placeOf(ctx, i);
  for (const s of signers)
    ctx.emit({
      subject: s.ref,
      type: 'SIGNED',
      object: agreement.ref,
      anchor: i,
      words: [i, ...span(s, agreement)],
      qualifiers: { ...(time ? { time } : {}), ...(place ? { place } : {}) },
    });
};

const ratify: Handler = (ctx, i) => {
  const event = ctx.all.find((m) => m.first <= i && i <= m.last && typeOf(ctx, m) === 'Event');
  if (!event) return;
  const agreement = isPassive(ctx, i)
    ? args(ctx, i, { types: ['Agreement'], side: 'before', sentence: true })[0]
    : (args(ctx, i, { types: ['Agreement'], side: 'after' })[0] ?? args(ctx, i, { types: ['Agreement'], sentence: true })[0]);
  if (agreement)
    ctx.emit({ subject: event.ref, type: 'CONCERNS', object: agreement.ref, anchor: i, words: [i, ...span(agreement)], qualifiers: timeQ(ctx, i) });
};

const announce: Handler = (ctx, i) => {
  const passive = isPassive(ctx, i);
  const announcers = subject(ctx, i, ['Person', 'Organization']);
  const things = passive
    ? args(ctx, i, { types: ['Agreement', 'Contingent', 'Memorial'], cases: NOM, side: 'before' })
    : ctx.mentions.filter((m) => m.first > i && ['Agreement', 'Contingent', 'Memorial'].includes(typeOf(ctx, m)));
  const time = timeOf(ctx, i);
  for (const a of announcers)
    for (const t of things)
      ctx.emit({ subject: a.ref, type: 'ANNOUNCED', object: t.ref, anchor: i, words: [i, ...span(a, t)], qualifiers: time ? { time } : {} });
};

/** "Korea Północna wspiera Rosję", "wsparcia Pjongjangu dla Moskwy", "walczyli po stronie Rosji". */
const support: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const w = words[i]!;
  // A promise of support is PROMISED_SUPPORT, not support given: "zapewnił, że … będzie wspierał".
  if (words.slice(clauseRange(ctx.doc, i)[0] - 3, i).some((x) => hasLemma(x, 'obiecać', 'zapewnić', 'zobowiązać', 'obiecywać', 'zapewniać', 'będzie'))) return;
  if (hasLemma(words[i - 1], 'być') && /^będ/.test(words[i - 1]!.lower)) return;
  const supporters: Mention[] = [];
  const targets: Mention[] = [];
  if (isPos(w, 'subst') && !isVerb(w)) {
    const gen = ctx.mentions.find((m) => m.first === i + 1 && ['Country', 'Organization', 'Contingent'].includes(typeOf(ctx, m)));
    const dla = args(ctx, i, { types: STATES, prep: /^dla$/, side: 'after' })[0];
    if (dla) {
      if (gen) supporters.push(gen);
      targets.push(dla);
    } else if (gen) targets.push(gen); // "w celu wsparcia rosyjskiej armii"
    // "Nowy kontyngent stanowi kolejny etap wsparcia …", "… w celu wsparcia …": the clause's contingent.
    const unit = args(ctx, i, { types: ['Contingent'], side: 'before', sentence: true })[0];
    if (unit) supporters.push(unit);
    if (!supporters.length) return;
  } else {
    supporters.push(...subject(ctx, i, ['Country', 'Organization', 'Contingent']));
    const obj = args(ctx, i, { types: STATES, cases: ACC | GEN, side: 'after' })[0];
    if (obj) targets.push(obj);
  }
  for (const s of supporters)
    for (const t of targets)
      if (s.ref !== t.ref) ctx.emit({ subject: s.ref, type: 'SUPPORTS', object: t.ref, anchor: i, words: [i, ...span(s, t)], qualifiers: placeQ(ctx, i, t) });
};

/** "walczyli po stronie Rosji w obwodzie kurskim", "w walkach z wojskami ukraińskimi". */
const fight: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const claimant = (m: Mention) => /^(według|zdaniem)$/.test(words[m.first - 1]?.lower ?? '');
  // "rosyjskiej armii w walkach z …": the side just before the noun.
  let fighters = isVerb(words[i])
    ? subject(ctx, i, ['Country', 'Organization', 'Contingent'], { inherit: false })
    : ctx.mentions.filter(
        (m) =>
          (m.last === i - 1 || (m.last === i - 2 && /^(w|we)$/.test(words[i - 1]!.lower))) &&
          ['Organization', 'Contingent', 'Country'].includes(typeOf(ctx, m)) &&
          !claimant(m),
      );
  // "część z nich walczy …": the troops last named.
  if (!fighters.length && isVerb(words[i]) && words.slice(clauseRange(ctx.doc, i)[0], i).some((w, k, all) => w.lower === 'z' && all[k + 1]?.lower === 'nich')) {
    const last = lastOf(ctx, 'Contingent', i);
    if (last) fighters = [{ first: i, last: i, head: i, type: 'Contingent', ref: last, origin: 'kb' }];
  }
  const foes = args(ctx, i, { types: ['Country', 'Organization', 'Contingent'], prep: /^(z|ze|przeciwko)$/, side: 'after' }).filter(
    (m) => caseOf(ctx, m) & (INST | DAT),
  );
  const side = args(ctx, i, { types: STATES, side: 'after' }).find((m) => words[m.first - 1]?.lower === 'stronie' && words[m.first - 2]?.lower === 'po');
  for (const f of fighters) {
    for (const foe of foes.slice(0, 1))
      if (foe.ref !== f.ref)
        ctx.emit({ subject: f.ref, type: 'FOUGHT_AGAINST', object: foe.ref, anchor: i, words: [i, ...span(f, foe)], qualifiers: placeQ(ctx, i, foe) });
    if (side) ctx.emit({ subject: f.ref, type: 'SUPPORTS', object: side.ref, anchor: i, words: [i, ...span(f, side)], qualifiers: placeQ(ctx, i) });
    if (typeOf(ctx, f) === 'Contingent') {
      const place = args(ctx, i, { types: ['Place'], prep: /^(w|we)$/, cases: LOC, side: 'after' })[0];
      if (place) ctx.emit({ subject: f.ref, type: 'DEPLOYED_TO', object: place.ref, anchor: i, words: [i, ...span(f, place)] });
    }
    const war = args(ctx, i, { types: ['Event'], side: 'after' }).find((m) => m.lemma !== 'strata');
    if (war) ctx.emit({ subject: f.ref, type: 'FOUGHT_IN', object: war.ref, anchor: i, words: [i, ...span(f, war)] });
  }
};

/** "Kim Dzong Un obiecał … wsparcie dla Rosji", "zapewnił, że Pjongjang będzie … wspierał działania Rosji". */
const promise: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const [, end] = ctx.doc.sentences[ctx.sentence]!.tokens;
  const supportWord = words.slice(i + 1, end).find((w) => hasLemma(w, 'wsparcie', 'wspierać', 'wesprzeć', 'pomoc', 'pomagać', 'poparcie', 'popierać'));
  if (!supportWord) return;
  const promisers = subject(ctx, i, ['Person', 'Country']);
  const target = args(ctx, supportWord.i, { types: ['Country'], side: 'after', sentence: true })[0];
  if (!target) return;
  const end2 = words.slice(supportWord.i, end).findIndex((w) => w.text === '.');
  const scope = ctx.doc.text.slice(supportWord.start, words[Math.min(end - 1, supportWord.i + (end2 > 0 ? end2 : 6))]!.start).trim();
  // A pledge: promised, however firmly it is reported.
  for (const p of promisers)
    if (p.ref !== target.ref)
      ctx.emit({
        subject: p.ref,
        type: 'PROMISED_SUPPORT',
        object: target.ref,
        anchor: i,
        words: [i, ...span(p, target)],
        qualifiers: scope ? { purpose: { pl: scope, en: scope } } : {},
        status: 'promised',
      });
};

/** Losses: "około 6 tys. z nich zginęło lub zostało rannych", "poległo ponad 76 tys. ukraińskich żołnierzy". */
const losses: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const event = ctx.all.find((m) => m.first <= i && i <= m.last && typeOf(ctx, m) === 'Event');
  if (!event || event.first !== i) return;
  const [a, b] = clauseRange(ctx.doc, i);
  const count = ctx.doc.quantities.find((q) => q.first >= a && q.last <= b);
  // Who lost them: the troops the count is of ("76 tys. ukraińskich żołnierzy"), those "z nich"
  // refers to, the subject before the verb, or the troops last named.
  const claimant = (m: Mention) => /^(według|zdaniem)$/.test(words[m.first - 1]?.lower ?? '');
  const types = ['Contingent', 'Organization', 'Country'];
  let sufferer = count
    ? ctx.mentions.find((m) => m.first > count.last && m.first <= count.last + 2 && types.includes(typeOf(ctx, m)) && !claimant(m))
    : undefined;
  const zNich = words.slice(a, b + 1).some((w, k, all) => w.lower === 'z' && /^(nich|tego)$/.test(all[k + 1]?.lower ?? ''));
  if (!sufferer && !zNich) sufferer = args(ctx, i, { types, cases: NOM, prep: null, side: 'before' }).find((m) => !claimant(m));
  if (!sufferer) {
    const last = lastOf(ctx, 'Contingent', i);
    if (last) sufferer = { first: i, last: i, head: i, type: 'Contingent', ref: last, origin: 'kb' };
  }
  if (!sufferer) return;
  const q: RawQualifiers = count
    ? { quantity: { value: count.value, precision: count.precision, unit: { pl: 'zabici lub ranni', en: 'killed or wounded' } } }
    : {};
  if (count && !words.slice(event.first, event.last + 1).some((w) => hasLemma(w, 'ranny'))) q.quantity!.unit = { pl: 'zabici', en: 'killed' };
  ctx.emit({
    subject: sufferer.ref,
    type: 'SUFFERED',
    object: event.ref,
    anchor: i,
    words: [i, event.last, ...span(sufferer), ...(count ? [count.first, count.last] : [])],
    qualifiers: q,
  });
};

/** "Ich głównym zadaniem będzie rozminowanie … w obwodzie kurskim", "Zadaniem … saperów będzie …". */
const task: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const own = ctx.mentions.find((m) => m.first > i && m.first <= i + 3 && typeOf(ctx, m) === 'Contingent');
  const possessive = [words[i - 1], words[i - 2]].some((w) => /^(ich|jego|jej)$/.test(w?.lower ?? ''));
  const unit = own?.ref ?? (possessive ? (ctx.state.recent.get('Contingent') ?? []).find((id) => !ctx.state.parts.has(id)) : undefined);
  const place = args(ctx, i, { types: PLACES, prep: /^(w|we)$/, cases: LOC, side: 'after', sentence: true })[0];
  if (!unit || !place) return;
  const [, end] = clauseRange(ctx.doc, i);
  let from = i + 1;
  while (from <= end && !hasLemma(words[from], 'być')) from++;
  const stop = Math.min(end, place.first - 2);
  const what = from < stop ? ctx.doc.text.slice(words[from + 1]!.start, words[stop]!.end).replace(/[,.]$/, '') : '';
  ctx.emit({
    subject: unit,
    type: 'DEPLOYED_TO',
    object: place.ref,
    anchor: i,
    words: [i, ...(own ? [own.last] : []), from + 1, stop],
    qualifiers: what ? { purpose: { pl: what, en: what } } : {},
  });
};

/** "na mocy tego samego traktatu", "Podstawą … jest traktat …". */
const basedOn: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const agreement = args(ctx, i, { types: ['Agreement'], side: 'after', sentence: true })[0];
  if (!agreement) return;
  if (!/^(na|u)$/.test(words[i - 1]?.lower ?? '') && !hasLemma(words[i], 'podstawa')) return;
  // "Podstawą dla tej współpracy jest traktat": the basis of what the article told before.
  const grounded =
    hasLemma(words[i], 'podstawa') && words[i - 1]?.lower !== 'na'
      ? ['Agreement', 'Contingent']
          .map((t) => (ctx.state.recent.get(t) ?? []).find((id) => id !== agreement.ref && !ctx.state.parts.has(id)))
          .filter((x): x is string => !!x)
      : args(ctx, i, { types: ['Contingent', 'Agreement'], sentence: true, exclude: [agreement.ref] })
          .slice(0, 1)
          .map((m) => m.ref);
  for (const g of grounded) ctx.emit({ subject: g, type: 'BASED_ON', object: agreement.ref, anchor: i, words: [i, agreement.first, agreement.last] });
};

export const TRIGGERS: Array<[string[], Handler]> = [
  [['wysłać', 'wysyłać', 'wysłanie', 'wysyłanie', 'skierować', 'kierować', 'skierowanie', 'przerzucić', 'trafić', 'rozmieścić'], send],
  [['zdecydować', 'decydować', 'decyzja', 'postanowić'], decide],
  [['podpisać', 'podpisywać', 'podpisanie', 'zawrzeć'], sign],
  [['ratyfikować', 'ratyfikacja'], ratify],
  [['ogłosić', 'zapowiedzieć', 'ogłaszać', 'zapowiadać'], announce],
  [['spotkać', 'spotykać', 'rozmawiać', 'spotkanie', 'rozmowa', 'rozmowy', 'szczyt'], meet],
  [['odwiedzić', 'odwiedzać', 'przybyć', 'przyjechać', 'przylecieć', 'wizyta'], visit],
  [['wspierać', 'wesprzeć', 'wsparcie', 'pomagać', 'pomóc'], support],
  [['walczyć', 'walka', 'walki'], fight],
  [['obiecać', 'obiecywać', 'zapewnić', 'zapewniać', 'zobowiązać', 'zadeklarować'], promise],
  [['dostarczać', 'dostarczyć', 'przekazać', 'przekazywać', 'sprzedawać', 'sprzedać', 'wysłać', 'wysyłać', 'eksportować', 'przekazanie'], supply],
  [['otrzymywać', 'otrzymać', 'dostawać', 'dostać', 'pozyskać'], receive],
  [['usprawnić', 'usprawniać', 'ulepszyć', 'modernizować', 'zmodernizować', 'rozwinąć', 'rozwijać'], improve],
  [['zginąć', 'polec', 'ginąć'], losses],
  [['polecenie', 'polecić', 'instrukcja', 'rozkaz', 'rozkazać'], instruct],
  [['przygotowanie', 'przygotowania', 'przygotować', 'przygotowywać'], prepare],
  [['moc', 'podstawa'], basedOn],
  [['zadanie'], task],
];

// A verb frame (frames.ts) at work: in the trigger's clause, the object and the subject by
// type, case and preposition, wherever they stand ("Szefową MSZ przyjął w poniedziałek na
// Kremlu prezydent Putin": the object first, the subject after the verb), an anaphor
// ("gościa", "na niego") standing for the person last named, a case ambiguity (an
// indeclinable name) settled by the other end.
import { caseOf, clauseRange, isPassive, placeOf, prepOf, span, timeOf, typeOf, type Ctx, type Handler } from './args.ts';
import { GENDER } from '../lexicon/tags.ts';
import { hasLemma, isVerb, type Word } from './document.ts';
import type { Frame, FrameEnd } from './frames.ts';
import type { Mention } from './mentions.ts';

export function frameHandler(frame: Frame): Handler {
  return (ctx, i) => {
    const w = ctx.doc.words[i]!;
    const passive = isPassive(ctx, i);
    if (!isVerb(w) && !passive) return;
    if ((frame.voice === 'active' && passive) || (frame.voice === 'passive' && !passive)) return;
    const [a, b] = clauseRange(ctx.doc, i);
    const inClause = ctx.mentions.filter((m) => m.first >= a && m.last <= b && !(m.first <= i && i <= m.last) && m.origin !== 'adjective');
    const fits = (m: Mention, end: FrameEnd) => end.types.includes(typeOf(ctx, m)) && (caseOf(ctx, m) & end.cases) !== 0 && prepOf(ctx, m) === end.prep;
    const near = (xs: Mention[]) => xs.sort((x, y) => dist(x, i) - dist(y, i));
    const subjects = near(inClause.filter((m) => fits(m, frame.subject)));
    const objects = near(inClause.filter((m) => fits(m, frame.object)));
    // An end that could only be this one goes first: "Czoe Son Hui" (any case) is the object when "prezydent Putin" can only be the subject.
    const only = (xs: Mention[], other: Mention[]) => [...xs.filter((m) => !other.includes(m)), ...xs.filter((m) => other.includes(m))];
    let subject = only(subjects, objects)[0];
    let object = only(objects, subjects).find((m) => m !== subject);
    if (subject && object === undefined) object = anaphor(ctx, i, a, b, frame.object, subject.ref);
    if (!subject && object) subject = anaphor(ctx, i, a, b, frame.subject, object.ref);
    if (!subject || !object || subject.ref === object.ref) return;
    const time = timeOf(ctx, i);
    const place = placeOf(ctx, i, [subject.ref, object.ref]);
    ctx.emit({
      subject: subject.ref,
      type: frame.relation,
      object: object.ref,
      anchor: i,
      words: [i, ...span(subject, object)],
      qualifiers: { ...(time ? { time } : {}), ...(place ? { place } : {}) },
    });
  };
}

const dist = (m: Mention, i: number) => (m.first > i ? m.first - i : i - m.last);

/** "gościa", "na niego": the person named first in the sentence before it, else the last subject, else the last named; not the other end. */
function anaphor(ctx: Ctx, i: number, a: number, b: number, end: FrameEnd, not: string): Mention | undefined {
  if (!end.anaphors.length) return undefined;
  const words = ctx.doc.words;
  for (let k = a; k <= b; k++) {
    const w = words[k]!;
    if (k === i || !hasLemma(w, ...end.anaphors) || !w.morphs.some((m) => m.cases & end.cases)) continue;
    const prep = words[k - 1] && /^[\p{Ll}]+$/u.test(words[k - 1]!.lower) ? words[k - 1]!.lower : null;
    if (end.prep && prep !== end.prep) continue;
    for (const t of end.types) {
      // The sentence's first such entity before it, else the last subject, else the last named.
      const earlier = ctx.mentions.filter((m) => m.last < k && typeOf(ctx, m) === t && m.origin !== 'adjective').map((m) => m.ref);
      const ref = [...earlier, ctx.state.subjects.get(t), ...(ctx.state.recent.get(t) ?? [])].find((r) => r && r !== not && agrees(ctx, w, r));
      if (ref) return { first: k, last: k, head: k, type: t, ref, origin: 'kb' };
    }
  }
  return undefined;
}

/**
 * A pronoun ("ją", "niego") agrees in gender with the entity's last named form, when that has
 * one; a name that can be a man's is taken as one ("Kima" is also a feminine noun).
 */
function agrees(ctx: Ctx, pronoun: Word, ref: string): boolean {
  const own = pronoun.morphs.filter((m) => m.pos === 'ppron3').reduce((g, m) => g | m.genders, 0);
  const head = ctx.entities.get(ref)?.mentions.at(-1)?.head;
  const theirs = head === undefined ? 0 : (ctx.doc.words[head]?.morphs ?? []).filter((m) => m.pos === 'subst').reduce((g, m) => g | m.genders, 0);
  if (!own || !theirs) return true;
  return theirs & GENDER.m1 ? (own & GENDER.m1) !== 0 : (own & theirs) !== 0;
}

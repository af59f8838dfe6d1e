// New names: runs of capitalised words (sentence-initial words only when the dictionary
// says they are names), split where the case changes ("Rosji | Władimir Putin") or at an
// acronym, reconciled with the knowledge base's and the gazetteer's names inside them, and
// typed by their cue words ("agencja KCNA", "kurorcie Wonsan", "prezydent …").
import { CASE } from '../lexicon/tags.ts';
import { cases, hasLemma, isPos, knownWord, lemmaIn, onlyPos, properNoun, spatialPreposition, type Doc, type Word } from './document.ts';
import type { Linker, Target } from './linker.ts';
import type { Mention } from './mentions.ts';
import type { PhraseMatch } from './phrases.ts';
import { FACT_NOUNS, FACT_TYPES, MEDIA_CUES, ORG_HEADS, PLACE_CUES, ROLES, SPEECH_VERBS, UNIT_NOUNS } from './vocabulary.ts';

const { gen } = CASE;

interface Run {
  first: number;
  last: number;
  acronym?: string;
}

/** A word that can belong to a name. */
function nameWord(doc: Doc, i: number, inPhrase: (i: number) => boolean): boolean {
  const w = doc.words[i]!;
  if (w.kind !== 'word' || !w.cap) return false;
  if (!w.initial) return true;
  // Sentence-initial capitals: a name only if the dictionary says so, or does not know the
  // word, or an entity's name starts here, or it heads a multi-word institution name.
  const next = doc.words[i + 1];
  // "Ropa za pociski.": a word of the goods, meetings and events the extractor reads (a town's name too) starts a sentence, alone.
  if (!inPhrase(i) && lemmaIn(w, FACT_NOUNS) && !(next?.cap && next.kind === 'word')) return false;
  if (properNoun(w) || !knownWord(w) || inPhrase(i) || w.acronym) return true;
  if (onlyPos(w, 'prep', 'conj', 'comp', 'qub', 'adv', 'verb', 'pron', 'ppron3', 'ppron12')) return false;
  return !!next && next.cap && next.kind === 'word' && !!lemmaIn(w, ORG_HEADS);
}

export function nameRuns(doc: Doc, inPhrase: (i: number) => boolean): Run[] {
  const words = doc.words;
  const runs: Run[] = [];
  let run: Run | null = null;
  const close = () => {
    if (run) runs.push(run);
    run = null;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isName = nameWord(doc, i, inPhrase);
    if (run && words[run.last]!.sentence !== w.sentence) close();
    if (!isName) {
      // "Narodowa Służba Wywiadowcza (NIS) Korei Południowej": a bracketed acronym stays inside.
      if (run && w.text === '(' && words[i + 1]?.acronym && words[i + 2]?.text === ')') {
        run.acronym = words[i + 1]!.text;
        run.last = i + 2;
        i += 2;
        continue;
      }
      // "Instytut Studiów nad Wojną": a preposition inside an institution's name.
      if (run && /^(nad|ds\.|do)$/.test(w.lower) && nameWord(doc, i + 1, inPhrase) && lemmaIn(words[run.first], ORG_HEADS)) {
        run.last = i;
        continue;
      }
      close();
      continue;
    }
    if (run && breaksRun(words[run.last]!, w, words[run.first]!)) close();
    if (run) run.last = i;
    else run = { first: i, last: i };
  }
  close();
  return runs;
}

/** Whether `w` starts a new name after `prev` (first word of the run: `head`). */
function breaksRun(prev: Word, w: Word, head: Word): boolean {
  if (prev.text === ')') return !(cases(w) & gen);
  // "przywódca KRLD Kim Dzong Un", "Sekretarz generalny NATO Jens Stoltenberg"
  if (prev.acronym !== w.acronym && (prev.acronym || w.acronym) && !(w.acronym && lemmaIn(head, ORG_HEADS))) return true;
  const cp = firmCases(prev);
  const cw = firmCases(w);
  // A genitive may follow (a complement: "Rady Bezpieczeństwa Rosji"); any other change of
  // case starts a new name ("Rosji Władimir Putin").
  return (cp & cw) === 0 && !(cw & gen);
}

/** Cases from dictionary readings, or all cases for a word only the name rules know. */
function firmCases(w: Word): number {
  let c = 0;
  for (const m of w.morphs) if (!m.guessed && (m.pos === 'subst' || m.pos === 'adj')) c |= m.cases;
  return c || 127;
}

export function reconcile(doc: Doc, run: Run, phraseAt: (i: number) => PhraseMatch<Target> | undefined, linker: Linker): Mention[] {
  if (run.first > run.last) return [];
  const inside: Array<PhraseMatch<Target>> = [];
  for (let i = run.first; i <= run.last; i++) {
    const p = phraseAt(i);
    if (!p) continue;
    // A known name that goes on past the capitals ("Rosyjskie media") takes the run with it.
    if (p.last > run.last) run = { ...run, last: p.last };
    inside.push(p);
    i = p.last;
  }
  const words = doc.words;
  const isPerson = (p: PhraseMatch<Target>) => p.values[0]!.type === 'Person';
  const tiles =
    inside.length > 0 &&
    inside[0]!.first === run.first &&
    inside.every((p, k) => k === 0 || p.first === inside[k - 1]!.last + 1) &&
    inside.at(-1)!.last === run.last;
  if (tiles) return inside.map((p) => phraseMention(doc, p, linker));
  const first = inside[0];
  if (first && first.first === run.first && !isPerson(first) && !orgLike(words, run)) {
    return [phraseMention(doc, first, linker), ...reconcile(doc, { first: first.last + 1, last: run.last, acronym: run.acronym }, phraseAt, linker)];
  }
  const last = inside.at(-1);
  if (last && last.last === run.last && !isPerson(last) && !orgLike(words, run) && last.first > run.first) {
    return [
      ...reconcile(doc, { first: run.first, last: last.first - 1, ...(run.acronym ? { acronym: run.acronym } : {}) }, phraseAt, linker),
      phraseMention(doc, last, linker),
    ];
  }
  // "Ukraińców": a plural people's name, not an entity.
  if (
    run.first === run.last &&
    words[run.first]!.morphs.every((r) => r.guessed || !/^\p{Lu}/u.test(r.lemma) || r.numbers === 2) &&
    properNoun(words[run.first]!)
  )
    return [];
  const own = runMention(doc, run);
  const nested = inside.filter((p) => !isPerson(p)).map((p) => ({ ...phraseMention(doc, p, linker), nested: true }));
  if (own.type === 'Organization' || own.type === 'Media') {
    const country = nested.filter((m) => m.type === 'Country').at(-1);
    if (country) own.country = country.ref;
  }
  return [own, ...nested];
}

/** An institution's name: "Rada Bezpieczeństwa …", "Narodowa Służba Wywiadowcza …". */
function orgLike(words: readonly Word[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (words[i]!.kind === 'word' && !words[i]!.acronym && lemmaIn(words[i], ORG_HEADS)) return true;
  return false;
}

export function phraseMention(doc: Doc, p: PhraseMatch<Target>, linker: Linker): Mention {
  const t = p.values[0]!;
  // A capital acting as a state ("Pjongjang wysłał", "wsparcia Pjongjangu dla Moskwy") is
  // the state; after a preposition of place it is the city.
  const w = doc.words[p.first]!;
  const own = w.morphs.filter((r) => /^\p{Lu}/u.test(r.lemma)).reduce((c, r) => c | r.cases, 0) || cases(w);
  const onlyLocative = own !== 0 && (own & ~(CASE.loc | CASE.voc)) === 0;
  if (t.capitalOf && !onlyLocative && !spatialPreposition(doc.words[p.first - 1], w)) {
    const country = linker.target(t.capitalOf)!;
    return { first: p.first, last: p.last, head: p.first, type: country.type, ref: country.ref, origin: 'gazetteer' };
  }
  const head = headOf(doc.words, p.first, p.last);
  const lemma = FACT_TYPES.has(t.type) ? (lemmaIn(doc.words[head], FACT_NOUNS) ?? lemmaIn(doc.words[head], UNIT_NOUNS)) : undefined;
  return { first: p.first, last: p.last, head, type: t.type, ref: t.ref, origin: t.ref.startsWith('kb:') ? 'kb' : 'gazetteer', ...(lemma ? { lemma } : {}) };
}

/** The head of a phrase: its first noun ("rosyjskiej armii" -> "armii"). */
function headOf(words: readonly Word[], first: number, last: number): number {
  for (let i = first; i <= last; i++) if (words[i]!.morphs.some((m) => m.pos === 'subst') || !knownWord(words[i]!)) return i;
  return first;
}

/** A new name, typed by its words and the words around it. */
function runMention(doc: Doc, run: Run): Mention {
  const words = doc.words;
  const ws = words.slice(run.first, run.last + 1).filter((w) => w.kind === 'word');
  const prev = words[run.first - 1];
  const before = prev?.kind === 'abbr' || prev?.kind === 'word' ? prev : undefined;
  const mention: Mention = {
    first: run.first,
    last: run.last,
    head: run.first,
    type: 'Person',
    ref: '',
    origin: 'name',
    ...(run.acronym ? { acronym: run.acronym } : {}),
  };
  const single = ws.length === 1;
  const w0 = ws[0]!;
  if (lemmaIn(w0, MEDIA_CUES) || lemmaIn(before, MEDIA_CUES)) {
    mention.type = 'Media';
    // "agencja KCNA": the kind of outlet belongs to its name (and "KCNA" alone stays its alias).
    if (lemmaIn(before, MEDIA_CUES) && !before!.cap) {
      mention.first = before!.i;
      if (single && w0.acronym) mention.acronym ??= w0.text;
    }
    // "Agencja KCNA" opening a sentence: the cue is inside the run.
    if (lemmaIn(w0, MEDIA_CUES) && ws.length === 2 && ws[1]!.acronym) mention.acronym ??= ws[1]!.text;
  } else if (ws.some((w) => lemmaIn(w, ORG_HEADS))) mention.type = 'Organization';
  else if (w0.acronym && single) mention.type = 'Organization';
  else if (lemmaIn(before, PLACE_CUES)) {
    mention.type = 'Place';
    // "kosmodromie Wostocznyj": a facility's name includes its kind.
    if (hasLemma(before, 'kosmodrom', 'port', 'baza', 'lotnisko', 'stocznia', 'zakład', 'poligon')) mention.first = before!.i;
  } else if (lemmaIn(before, ROLES) || before?.lower === 'gen.') mention.type = 'Person';
  else if (ws.some((w) => w.morphs.some((m) => !m.guessed && m.pos === 'subst' && m.genders & 1 && /^\p{Lu}/u.test(m.lemma)))) mention.type = 'Person';
  else if (single && (spatialPreposition(prev, w0) || properNoun(w0))) mention.type = 'Place';
  else mention.type = 'Person';
  // A place or person that speaks is an institution: "Kreml przekazał", "według Pentagonu".
  if (single && mention.type === 'Place' && speaker(doc, run.first, run.last)) mention.type = 'Organization';
  mention.ref = `new:name:${run.first}`;
  return mention;
}

/** Whether the phrase is the subject of a verb of saying, or follows "według". */
function speaker(doc: Doc, first: number, last: number): boolean {
  const words = doc.words;
  if (/^(według|zdaniem)$/.test(words[first - 1]?.lower ?? '')) return true;
  for (let i = last + 1; i <= last + 3 && i < words.length && words[i]!.sentence === words[first]!.sentence; i++) {
    if (lemmaIn(words[i], SPEECH_VERBS) && isPos(words[i], 'verb')) return true;
    if (!isPos(words[i], 'adv', 'qub')) break;
  }
  return false;
}

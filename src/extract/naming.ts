// Names of new entities: people and places word by word in the nominative (guessed words
// by what their contexts allow), bodies and facts by their head noun with its agreeing
// adjectives, contingents by their count; English by transliteration, from the gazetteer,
// or the same as Polish.
import type { LangText } from '../model/types.ts';
import { CASE, type Morph } from '../lexicon/tags.ts';
import { bodyName } from './bodies.ts';
import { cases, isVerb, prepCases, properNoun, type Doc, type Word } from './document.ts';
import type { Mention } from './mentions.ts';
import { transliterate } from './translit.ts';
import { ROLES } from './vocabulary.ts';

export function surface(doc: Doc, m: Mention): string {
  return doc.text.slice(doc.words[m.first]!.start, doc.words[m.last]!.end);
}

export function nameOf(doc: Doc, ms: readonly Mention[], type: string): LangText {
  const first = ms.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
  if (first.origin === 'contingent' && first.quantity) {
    const q = first.quantity;
    const p = { exact: '', approximate: 'about ', 'at-least': 'at least ', 'at-most': 'at most ' }[q.precision];
    const pl = surface(doc, first);
    return { pl, en: `${p}${q.value.toLocaleString('en-GB')} ${first.gloss ?? 'troops'}` };
  }
  if (first.origin === 'name') {
    const pl = personLike(type) ? votedName(doc, ms, first) : headName(doc, first);
    const bare = pl.replace(/\s*\(\p{Lu}+\)/u, '');
    const cleaned = type === 'Media' ? bare.replace(/^(agencja|dziennik|gazeta|telewizja|stacja|portal|serwis|tygodnik|radio)\s+/i, '') : bare;
    return { pl: cleaned, en: personLike(type) ? transliterate(cleaned) : cleaned };
  }
  if (first.origin === 'place') {
    const pl = headName(doc, first);
    const adj = pl.split(' ')[1] ?? '';
    const stem = adj.replace(/(ski|cki|dzki)$/, '');
    const city = [stem + 'sk', stem].map((s) => s[0]!.toUpperCase() + s.slice(1)).find((s) => doc.lemmatizer.lookup(s).length > 0) ?? stem;
    return { pl, en: `${transliterate(city[0]!.toUpperCase() + city.slice(1))} ${/^obw/.test(pl) ? 'Oblast' : 'Region'}` };
  }
  if (first.origin === 'body' && first.lemma && first.country) {
    const named = bodyName(first.lemma, first.country);
    if (named) return named;
  }
  const pl = headName(doc, first);
  return { pl, en: pl };
}

const personLike = (type: string) => type === 'Person' || type === 'Place';

/** Each word of a name in its nominative form, guessed words by what their contexts allow. */
function votedName(doc: Doc, ms: readonly Mention[], longest: Mention): string {
  const out: string[] = [];
  for (let i = longest.first; i <= longest.last; i++) {
    const w = doc.words[i]!;
    if (w.kind !== 'word' || w.text === longest.acronym) continue;
    const dict = w.morphs.find((r) => !r.guessed && /^\p{Lu}/u.test(r.lemma) && r.pos === 'subst');
    if (dict) {
      out.push(dict.lemma);
      continue;
    }
    const lowerDict = w.morphs.find((r) => !r.guessed && r.pos === 'subst');
    if (lowerDict && !w.morphs.some((r) => r.guessed)) {
      out.push(capitalise(lowerDict.lemma, w.text));
      continue;
    }
    // Occurrences of the same word (by its candidate lemmas) across the cluster.
    const guesses = w.morphs.filter((r) => r.guessed);
    const candidates = new Map(guesses.map((r) => [r.lemma, r]));
    let nominative = false;
    for (const m of ms)
      for (let j = m.first; j <= m.last; j++) {
        const o = doc.words[j]!;
        const theirs = new Set(o.morphs.filter((r) => r.guessed).map((r) => r.lemma));
        if (![...candidates.keys()].some((l) => theirs.has(l))) continue;
        for (const l of [...candidates.keys()]) if (!theirs.has(l) && candidates.size > 1) candidates.delete(l);
        if (contextCases(doc, m) & CASE.nom) nominative = true;
      }
    const left = [...candidates.values()];
    const asIs = left.find((r) => r.lemma === w.text);
    const declined = left.filter((r) => r.lemma !== w.text).sort((a, b) => a.lemma.length - b.lemma.length)[0];
    out.push((nominative || !declined ? (asIs ?? declined) : declined)?.lemma ?? w.text);
  }
  return out.join(' ');
}

/**
 * A phrase with its head noun in the nominative and the adjectives that agree with it
 * ("Rady Bezpieczeństwa Rosji" -> "Rada Bezpieczeństwa Rosji", "obwodzie amurskim" ->
 * "obwód amurski"); complements stay as written.
 */
function headName(doc: Doc, m: Mention): string {
  const words = doc.words;
  const head = words[m.head]!;
  let from = m.first;
  // "kontenerów amunicji", "agencji KCNA": what stands before the head and does not agree is not part of the name.
  while (from < m.head && !words[from]!.morphs.some((r) => r.pos === 'adj')) from++;
  const reading = bestNounReading(head);
  if (!reading) return doc.text.slice(words[from]!.start, words[m.last]!.end);
  const parts: string[] = [];
  let agreeing = true;
  for (let i = from; i <= m.last; i++) {
    const w = words[i]!;
    const sep = i > from ? doc.text.slice(words[i - 1]!.end, w.start) : '';
    let text = w.text;
    if (i === m.head) text = capitalise(reading.lemma, w.text);
    else if (agreeing && w.morphs.some((r) => r.pos === 'adj' && !r.guessed) && cases(w) & cases(head)) {
      const adj = w.morphs.find((r) => r.pos === 'adj' && !r.guessed)!.lemma;
      text = capitalise(inflectAdjective(adj, reading.genders), w.text);
    } else if (i > m.head) agreeing = false;
    parts.push(sep + text);
  }
  return parts.join('');
}

/**
 * The noun reading a name's head most likely has; none when the head stands in the plural
 * ("systemy obrony powietrznej" keeps its form: only a singular can be put back in the nominative).
 */
function bestNounReading(w: Word): Morph | undefined {
  const nouns = w.morphs.filter((r) => r.pos === 'subst' && !r.guessed);
  const score = (l: string) => nouns.filter((r) => r.lemma === l).length * 10 + l.length;
  const best = nouns.sort((a, b) => score(b.lemma) - score(a.lemma))[0];
  return best && nouns.find((r) => r.lemma === best.lemma && r.numbers & 1);
}

function inflectAdjective(lemma: string, genders: number): string {
  if (genders & 8) return lemma.replace(/i$/, 'a').replace(/y$/, 'a');
  if (genders & 16 && !(genders & 7)) return lemma.replace(/i$/, 'ie').replace(/y$/, 'e');
  return lemma;
}

function capitalise(lemma: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? lemma[0]!.toUpperCase() + lemma.slice(1) : lemma;
}

/** The cases a name's context allows: its preposition, the dictionary words beside it, a verb after it. */
function contextCases(doc: Doc, m: Mention): number {
  const words = doc.words;
  const prev = words[m.first - 1];
  const prep = prepCases(prev);
  if (prep) return prep;
  let c = 127;
  for (let i = m.first; i <= m.last; i++) {
    const w = words[i]!;
    if (w.morphs.some((r) => !r.guessed) && properNoun(w)) c &= cases(w);
  }
  if (c !== 127 && c) return c;
  if (prev && prev.kind === 'word' && prev.morphs.some((r) => r.pos === 'subst') && !Object.hasOwn(ROLES, prev.morphs[0]!.lemma.toLowerCase())) return CASE.gen;
  const next = words[m.last + 1];
  if (isVerb(next) || words[m.first]!.initial) return CASE.nom;
  return 127;
}

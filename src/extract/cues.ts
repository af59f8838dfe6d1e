// Certainty and attribution: who says what, and how firmly. A sentence gets scopes —
// "według KCNA, …" (the sentence, reported by KCNA), "Szojgu zapowiedział, że …" /
// "Szojgu zapowiedział otwarcie …" (what follows, announced by Shoigu), "… – przekazała
// agencja KCNA" (what precedes), "Szacuje się, że …" (estimated), "Spekulowano, że …"
// (speculated) — and hedges ("prawdopodobnie", "może") lower the level of their clause.
import { hasLemma, isPos, isVerb, lemmaIn, type Doc } from './document.ts';
import type { Mention } from './mentions.ts';
import { SPEECH_VERBS } from './vocabulary.ts';

const CERTAINTY_RANK: Record<string, number> = { stated: 6, announced: 5, reported: 4, estimated: 3, probable: 2, speculated: 1 };

export interface Scope {
  /** Word indices, inclusive. */
  from: number;
  to: number;
  certainty: string;
  /** Entity ids of the claimant, if named. */
  by: string[];
}

const LEVEL_BY_VERB: Record<string, string> = {
  zapowiedzieć: 'announced',
  ogłosić: 'announced',
  zapowiadać: 'announced',
  ogłaszać: 'announced',
  szacować: 'estimated',
  oszacować: 'estimated',
  ocenić: 'estimated',
  oceniać: 'estimated',
  spekulować: 'speculated',
};

const CLAIMANT_TYPES = new Set(['Person', 'Organization', 'Media', 'Country']);

/**
 * Scopes of one sentence. `mentions` are the sentence's top-level mentions with their
 * entity ids in `ref`; `types` gives each entity's type.
 */
export function sentenceScopes(doc: Doc, sentence: number, mentions: readonly Mention[], types: ReadonlyMap<string, string>): Scope[] {
  const words = doc.words;
  const [from, to] = doc.sentences[sentence]!.tokens;
  const last = to - 1;
  const scopes: Scope[] = [];
  const claimant = (m: Mention | undefined) => (m && CLAIMANT_TYPES.has(types.get(m.ref) ?? '') ? [m.ref] : []);
  // A country adjective ("rosyjska agencja TASS") qualifies the claimant; it is not the claimant.
  const named = mentions.filter((m) => !m.nested && m.origin !== 'adjective');
  const mentionAfter = (i: number, within = 4) => named.find((m) => m.first > i && m.first <= i + within);
  const subjectBefore = (i: number) =>
    [...named].reverse().find((m) => m.last < i && m.last >= i - 4 && !/^(według|zdaniem)$/.test(words[m.first - 1]?.lower ?? ''));
  const thatAfter = (i: number) => {
    for (let j = i + 1; j <= last; j++) if (/^(że|iż)$/.test(words[j]!.lower) || words[j]!.text === ':') return j;
    return -1;
  };

  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // "Według KCNA …", "zdaniem Pentagonu …": the whole sentence.
    if (/^(według|zdaniem)$/.test(w.lower)) {
      const m = mentionAfter(i);
      if (m) scopes.push({ from, to: last, certainty: 'reported', by: claimant(m) });
      continue;
    }
    // "Cytowana przez agencję TASS minister zapewniła …", "powołując się na KCNA": the whole sentence, reported by them.
    if ((hasLemma(w, 'cytować', 'cytowany') && words[i + 1]?.lower === 'przez') || (hasLemma(w, 'powoływać', 'powołać') && words[i + 2]?.lower === 'na')) {
      const m = mentionAfter(i + (words[i + 1]?.lower === 'przez' ? 1 : 2));
      if (m) scopes.push({ from, to: last, certainty: 'reported', by: claimant(m) });
      continue;
    }
    // "Południowokoreański wywiad nie wyklucza, że …": speculation.
    if (hasLemma(w, 'wykluczać', 'wykluczyć') && words[i - 1]?.lower === 'nie') {
      const that = thatAfter(i);
      if (that > 0) scopes.push({ from: that, to: last, certainty: 'speculated', by: claimant(subjectBefore(i - 1)) });
      continue;
    }
    const verb = lemmaIn(w, SPEECH_VERBS);
    if (!verb || !isVerb(w) || words[i - 1]?.lower === 'nie') continue;
    const level = LEVEL_BY_VERB[verb] ?? 'reported';
    const impersonal = w.morphs.some((r) => r.form === 'imps') || words[i + 1]?.lower === 'się';
    const that = thatAfter(i);
    // "… – przekazała agencja KCNA.", "…, podała w poniedziałek agencja KCNA": what precedes.
    const dash = i > from && /^[–—,-]$/.test(words[i - 1]!.text) ? i - 1 : -1;
    const after = mentionAfter(i, 6);
    if ((dash > 0 || /^(jak|co)$/.test(words[i - 1]?.lower ?? '')) && after) {
      if (dash > 0) scopes.push({ from, to: dash - 1, certainty: level, by: claimant(after) });
      else scopes.push({ from: after.last + 1, to: last, certainty: level, by: claimant(after) });
      continue;
    }
    if (impersonal) {
      if (that > 0) scopes.push({ from: that, to: last, certainty: level === 'reported' ? 'reported' : level, by: [] });
      continue;
    }
    const subject = subjectBefore(i);
    const by = claimant(subject);
    // "Szojgu zapowiedział, że …" or "Szojgu zapowiedział otwarcie …": what follows.
    const start = that > 0 ? that : i + 1;
    if (start <= last) scopes.push({ from: start, to: last, certainty: level, by });
  }

  // Unnamed reports: "Wcześniejsze doniesienia … wskazywały, że …", "Media donoszą …".
  for (let i = from; i < to; i++) {
    if (hasLemma(words[i], 'doniesienie', 'pogłoska') && isPos(words[i], 'subst')) {
      const that = thatAfter(i);
      if (that > 0) scopes.push({ from: that, to: last, certainty: 'reported', by: [] });
    }
  }
  return scopes;
}

/**
 * "Poinformowała o tym w sobotę agencja KCNA.", "Podała to agencja X.", "Informację
 * przekazała agencja KCNA": a sentence that only says who reported the one before. Returns
 * the claimant's scope over the previous sentence's words `[prevFrom, prevTo]`, or nothing.
 */
export function backReference(
  doc: Doc,
  sentence: number,
  mentions: readonly Mention[],
  types: ReadonlyMap<string, string>,
  prevFrom: number,
  prevTo: number,
): Scope[] {
  const words = doc.words;
  const [from, to] = doc.sentences[sentence]!.tokens;
  for (let i = from; i < Math.min(to, from + 4); i++) {
    const w = words[i]!;
    const verb = lemmaIn(w, SPEECH_VERBS);
    if (!verb || !isVerb(w) || words[i - 1]?.lower === 'nie') continue;
    // What it reports is named by a back-reference, and nothing new follows ("że …", ":").
    const near = words.slice(Math.max(from, i - 2), Math.min(to, i + 3));
    if (!near.some((x) => BACK_REFERENCES.has(x.lower) || hasLemma(x, 'informacja'))) return [];
    if (words.slice(i + 1, to).some((x) => /^(że|iż|:)$/.test(x.text.toLowerCase()))) return [];
    const claimant = mentions.find(
      (m) => m.first > i && m.first <= i + 8 && !m.nested && m.origin !== 'adjective' && CLAIMANT_TYPES.has(types.get(m.ref) ?? ''),
    );
    if (!claimant) return [];
    return [{ from: prevFrom, to: prevTo, certainty: LEVEL_BY_VERB[verb] ?? 'reported', by: [claimant.ref] }];
  }
  return [];
}

/** Words by which a report points back at what was told before: "o tym", "podała to". */
const BACK_REFERENCES = new Set(['to', 'tym', 'tego', 'te']);

/** Hedges inside a sentence: word index -> the level from that word to the clause's end. */
export function hedges(doc: Doc, sentence: number): Array<{ from: number; to: number; certainty: string }> {
  const words = doc.words;
  const [from, to] = doc.sentences[sentence]!.tokens;
  const out: Array<{ from: number; to: number; certainty: string }> = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (/^(prawdopodobnie|najprawdopodobniej|przypuszczalnie|zapewne|najpewniej|prawdopodobny)$/.test(w.lower))
      out.push({ from, to: to - 1, certainty: 'probable' });
    else if (hasLemma(w, 'móc') && isVerb(w)) out.push({ from: clauseStart(doc, i), to: to - 1, certainty: 'speculated' });
    else if (/^(możliwe|ewentualnie|rzekomo)$/.test(w.lower)) out.push({ from, to: to - 1, certainty: 'speculated' });
  }
  return out;
}

function clauseStart(doc: Doc, i: number): number {
  const words = doc.words;
  const [from] = doc.sentences[words[i]!.sentence]!.tokens;
  let a = i;
  while (a > from && !/^(,|że|iż|;)$/.test(words[a - 1]!.lower)) a--;
  return a;
}

/** Certainty and claimants of a relation anchored at word `i`: the innermost scope, then hedges. */
export function certaintyAt(
  scopes: readonly Scope[],
  hedged: ReadonlyArray<{ from: number; to: number; certainty: string }>,
  i: number,
): { certainty: string; attributedTo: string[] } {
  let inner: Scope | undefined;
  for (const s of scopes) if (s.from <= i && i <= s.to && (!inner || s.to - s.from < inner.to - inner.from)) inner = s;
  let certainty = inner?.certainty ?? 'stated';
  let attributedTo = inner?.by ?? [];
  // A claim announced inside someone's report keeps the reporter when the announcer is unnamed.
  if (inner && !attributedTo.length) attributedTo = scopes.find((s) => s !== inner && s.from <= i && i <= s.to && s.by.length)?.by ?? [];
  for (const h of hedged) if (h.from <= i && i <= h.to && CERTAINTY_RANK[h.certainty]! < CERTAINTY_RANK[certainty]!) certainty = h.certainty;
  return { certainty, attributedTo };
}

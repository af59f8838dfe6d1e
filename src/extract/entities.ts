// From mentions to entities: one entity per referent within an article. Known entities
// keep their knowledge-base id; gazetteer entries become known when the knowledge base has
// them; new names corefer when their lemmas agree ("Wonsanie" = "Wonsan") or when a
// surname alone follows the full name ("Ławrow" after "Siergiej Ławrow"); fact nodes
// corefer by their head noun unless marked as another ("kolejny szczyt").
import type { LangText } from '../model/types.ts';
import { foldName } from '../model/normalize.ts';
import { lemmaIn, type Doc } from './document.ts';
import { MEDIA_CUES } from './vocabulary.ts';
import type { Linker } from './linker.ts';
import type { Mention } from './mentions.ts';
import { nameOf, surface } from './naming.ts';
import { slug } from './translit.ts';

export { surface };

export interface DraftEntity {
  /** Final id: the knowledge base's for known entities, a new kebab-case id otherwise. */
  id: string;
  type: string;
  names: LangText;
  aliases: string[];
  mentions: Mention[];
  known: boolean;
}

export function formEntities(doc: Doc, mentions: Mention[], linker: Linker): DraftEntity[] {
  const groups = new Map<string, Mention[]>();
  const add = (key: string, m: Mention) => {
    m.ref = key;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  };
  const names: Mention[] = [];
  const facts: Mention[] = [];
  for (const m of mentions) {
    if (m.ref.startsWith('kb:') || m.ref.startsWith('gaz:')) {
      const known = linker.known(m.ref);
      add(known ? `kb:${known}` : m.ref, m);
    } else if (m.origin === 'name') names.push(m);
    else if (m.origin === 'fact' || m.origin === 'contingent') {
      if (m.fromKey) m.fromKey = linker.known(m.fromKey) ?? m.fromKey.replace(/^\w+:/, '');
      facts.push(m);
    }
    else add(bodyKey(m, linker), m);
  }
  clusterNames(doc, names, add);
  const grouped = [...groups.entries()];
  clusterFacts(doc, facts, grouped.filter(([k]) => k.startsWith('kb:')).flatMap(([, ms]) => ms), grouped.flatMap(([, ms]) => ms), add);

  const used = new Set(linker.entities.keys());
  const out: DraftEntity[] = [];
  for (const [key, ms] of groups) {
    ms.sort((a, b) => a.first - b.first);
    const known = key.startsWith('kb:') ? linker.entities.get(key.slice(3)) : undefined;
    if (known) {
      out.push({ id: known.id, type: known.type, names: known.name, aliases: [], mentions: ms, known: true });
      continue;
    }
    const type = entityType(ms);
    const names = key.startsWith('gaz:') ? linker.target(key)!.name : nameOf(doc, ms, type);
    const id = unique(key.startsWith('gaz:') ? key.slice(4) : slug(names.en), used);
    const aliases = [...new Set(ms.flatMap((m) => [surface(doc, m), ...(m.acronym ? [m.acronym] : [])]))].filter((a) => a !== names.pl);
    out.push({ id, type, names, aliases, mentions: ms, known: false });
  }
  // A state implied by the body it owns ("służb wywiadowczych w Seulu": South Korea), never named.
  for (const m of mentions) {
    const ref = m.country && !m.country.startsWith('new:') ? (linker.known(m.country) ? `kb:${linker.known(m.country)}` : m.country) : undefined;
    if (!ref || groups.has(ref) || out.some((e) => `kb:${e.id}` === ref || `gaz:${e.id}` === ref)) continue;
    const kbEntity = ref.startsWith('kb:') ? linker.entities.get(ref.slice(3)) : undefined;
    const target = linker.target(ref);
    if (!kbEntity && !target) continue;
    out.push({ id: kbEntity?.id ?? ref.slice(4), type: kbEntity?.type ?? target!.type, names: kbEntity?.name ?? target!.name, aliases: [], mentions: [], known: !!kbEntity });
    groups.set(ref, []);
  }
  for (const e of out) for (const m of e.mentions) m.ref = e.id;
  const at = (e: DraftEntity) => e.mentions[0]?.first ?? Infinity;
  return out.sort((a, b) => at(a) - at(b));
}

function bodyKey(m: Mention, linker: Linker): string {
  if (m.country) {
    const known = linker.known(m.country);
    if (known) m.country = `kb:${known}`;
  }
  return m.ref;
}

function unique(id: string, used: Set<string>): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
  used.add(out);
  return out;
}

function entityType(ms: readonly Mention[]): string {
  const count = new Map<string, number>();
  for (const m of ms) count.set(m.type, (count.get(m.type) ?? 0) + (m.last > m.first ? 2 : 1));
  return [...count].sort((a, b) => b[1] - a[1])[0]![0];
}

// ---- New names -----------------------------------------------------------------------------

/** Candidate lemmas of each word of a name, folded. */
function nameWords(doc: Doc, m: Mention): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (let i = m.first; i <= m.last; i++) {
    const w = doc.words[i]!;
    // Not the bracketed acronym ("(NIS)") nor the kind of outlet ("agencja KCNA"): the name itself.
    if (w.kind !== 'word' || doc.words[i - 1]?.text === '(' || (i === m.first && !w.cap && lemmaIn(w, MEDIA_CUES))) continue;
    const proper = w.morphs.filter((r) => /^\p{Lu}/u.test(r.lemma) || r.guessed);
    out.push(new Set([foldName(w.text), ...(proper.length ? proper : w.morphs).map((r) => foldName(r.lemma))]));
  }
  return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

function clusterNames(doc: Doc, names: Mention[], add: (key: string, m: Mention) => void): void {
  const clusters: Array<{ key: string; words: Array<Set<string>>; type: string; acronym?: string; ms: Mention[] }> = [];
  // Full names first, so that a surname alone finds its full name wherever that comes.
  const size = (m: Mention) => nameWords(doc, m).length;
  for (const m of [...names].sort((a, b) => size(b) - size(a) || a.first - b.first)) {
    const ws = nameWords(doc, m);
    const single = doc.words[m.first]!.acronym && m.first === m.last ? doc.words[m.first]!.text : undefined;
    const hit = clusters.find((c) => {
      if (single && c.acronym === single) return true;
      if (ws.length === c.words.length) return ws.every((w, k) => meets(w, c.words[k]!));
      // A surname (or a Korean family name) alone refers back to the full name.
      if (ws.length === 1 && c.type === 'Person' && (m.type === 'Person' || m.type === 'Place')) return meets(ws[0]!, c.words.at(-1)!) || meets(ws[0]!, c.words[0]!);
      return false;
    });
    if (hit) {
      hit.ms.push(m);
      if (ws.length === hit.words.length)
        for (const [k, w] of ws.entries()) {
          const both = new Set([...hit.words[k]!].filter((x) => w.has(x)));
          if (both.size) hit.words[k] = both;
        }
      if (m.acronym) hit.acronym ??= m.acronym;
      continue;
    }
    clusters.push({ key: `new:name:${m.first}`, words: ws, type: m.type, ...(m.acronym || single ? { acronym: m.acronym ?? single } : {}), ms: [m] });
  }
  for (const c of clusters) for (const m of c.ms) add(c.key, m);
}

// ---- Fact nodes ------------------------------------------------------------------------------

function clusterFacts(doc: Doc, facts: Mention[], known: readonly Mention[], people: readonly Mention[], add: (key: string, m: Mention) => void): void {
  const latest = new Map<string, string>(); // lemma (or type) -> cluster key
  // A fact the knowledge base knows, named in full somewhere in the article, is what its
  // head noun means everywhere in it ("traktat o partnerstwie" in the title).
  for (const m of known) if (m.lemma) latest.set(m.type === 'Meeting' ? 'Meeting' : `${m.type}:${m.lemma}`, m.ref);
  const counted: Array<{ key: string; m: Mention }> = [];
  const sentenceOf = new Map<string, number>();
  const participants = new Map<string, Set<string>>();
  let n = 0;
  for (const m of facts.sort((a, b) => a.first - b.first)) {
    // Each count of troops is a body of its own (unless the lead repeats the headline's
    // number); a meeting or event with "kolejny" is another.
    const byLemma = m.type === 'Meeting' ? 'Meeting' : `${m.type}:${m.lemma}`;
    const sentence = doc.words[m.first]!.sentence;
    let key = m.quantity || m.another ? undefined : latest.get(byLemma);
    if (m.quantity) {
      const q = m.quantity;
      key = counted.find((c) => c.m.quantity!.value === q.value && c.m.quantity!.precision === q.precision && sentence - doc.words[c.m.first]!.sentence <= 2)?.key;
    } else if (m.fromKey) key = latest.get(`from:${m.fromKey}`);
    else if (!key && m.type === 'Contingent' && !m.another) key = latest.get('Contingent:any');
    // Losses are told once each; a ratification in another part of the article is another one.
    if (m.type === 'Event' && m.lemma === 'strata') key = undefined;
    if (key && m.type === 'Event' && m.lemma === 'ratyfikacja' && sentence - (sentenceOf.get(key) ?? sentence) > 1) key = undefined;
    // A meeting of other people is another meeting: "spotkania Kima z Putinem".
    const who = m.type === 'Meeting' ? meetingPeople(doc, m, people) : [];
    const before = key ? participants.get(key) : undefined;
    if (key && who.length && before?.size && who.some((p) => !before.has(p)) && sentenceOf.get(key) !== sentence) key = undefined;
    key ??= `new:fact:${n++}`;
    add(key, m);
    latest.set(byLemma, key);
    sentenceOf.set(key, sentence);
    if (who.length) participants.set(key, new Set([...(participants.get(key) ?? []), ...who]));
    else if (m.type === 'Meeting' && !participants.has(key)) participants.set(key, new Set());
    if (m.quantity) counted.push({ key, m });
    if (m.fromKey) latest.set(`from:${m.fromKey}`, key);
    if (m.type === 'Contingent' && (m.lemma === 'kontyngent' || !latest.has('Contingent:any') || m.another)) latest.set('Contingent:any', key);
  }
}

/** People named right after a meeting noun: "wizyta Szojgu", "spotkania Kima z Putinem". */
function meetingPeople(doc: Doc, m: Mention, people: readonly Mention[]): string[] {
  return people
    .filter((p) => p.first > m.last && p.first <= m.last + 4 && p.type === 'Person' && doc.words[p.first - 1]?.kind !== 'punct')
    .filter((p) => p.first === m.last + 1 || /^(z|ze|i)$/.test(doc.words[p.first - 1]!.lower))
    .map((p) => p.ref);
}

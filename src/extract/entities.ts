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
import { mentionsByFirst, type Mention } from './mentions.ts';
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
    } else add(bodyKey(m, linker), m);
  }
  clusterNames(doc, names, add);
  const grouped = [...groups.entries()];
  clusterFacts(
    doc,
    facts,
    grouped.filter(([k]) => k.startsWith('kb:')).flatMap(([, ms]) => ms),
    grouped.flatMap(([, ms]) => ms),
    add,
  );

  const used = new Set(linker.entities.keys());
  const next = new Map<string, number>();
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
    const id = unique(key.startsWith('gaz:') ? key.slice(4) : slug(names.en), used, next);
    const aliases = [...new Set(ms.flatMap((m) => [surface(doc, m), ...(m.acronym ? [m.acronym] : [])]))].filter((a) => a !== names.pl);
    out.push({ id, type, names, aliases, mentions: ms, known: false });
  }
  // A state implied by the body it owns ("służb wywiadowczych w Seulu": South Korea), never named.
  const ids = new Set(out.map((e) => e.id));
  for (const m of mentions) {
    const ref = m.country && !m.country.startsWith('new:') ? (linker.known(m.country) ? `kb:${linker.known(m.country)}` : m.country) : undefined;
    if (!ref || groups.has(ref) || ((ref.startsWith('kb:') || ref.startsWith('gaz:')) && ids.has(ref.slice(ref.indexOf(':') + 1)))) continue;
    const kbEntity = ref.startsWith('kb:') ? linker.entities.get(ref.slice(3)) : undefined;
    const target = linker.target(ref);
    if (!kbEntity && !target) continue;
    out.push({
      id: kbEntity?.id ?? ref.slice(4),
      type: kbEntity?.type ?? target!.type,
      names: kbEntity?.name ?? target!.name,
      aliases: [],
      mentions: [],
      known: !!kbEntity,
    });
    ids.add(out.at(-1)!.id);
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

/** `id`, or `id-2`, `id-3`…: the first one not used. `next` remembers where to go on from. */
function unique(id: string, used: Set<string>, next: Map<string, number>): string {
  let out = id;
  let n = next.get(id) ?? 2;
  if (used.has(out)) for (out = `${id}-${n}`; used.has(out); n++) out = `${id}-${n + 1}`;
  next.set(id, n);
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

interface NameCluster {
  key: string;
  words: Array<Set<string>>;
  type: string;
  acronym?: string;
  ms: Mention[];
  /** Creation order: the earliest matching cluster wins. */
  order: number;
}

function clusterNames(doc: Doc, names: Mention[], add: (key: string, m: Mention) => void): void {
  const clusters: NameCluster[] = [];
  // Clusters by acronym, and by a key of a word at a position (`length:position:key`, and
  // `first:`/`last:` for a surname alone): candidates to test, so that a name is not
  // compared with every cluster. A cluster's word sets only shrink, so the index may hold
  // stale keys but never misses one.
  const byAcronym = new Map<string, NameCluster[]>();
  const byKey = new Map<string, NameCluster[]>();
  let empty: NameCluster | undefined;
  const put = <K>(map: Map<K, NameCluster[]>, k: K, c: NameCluster) => {
    const list = map.get(k);
    if (!list) map.set(k, [c]);
    else if (list.at(-1) !== c) list.push(c);
  };
  const matches = (c: NameCluster, m: Mention, ws: Array<Set<string>>, single: string | undefined) => {
    if (single && c.acronym === single) return true;
    if (ws.length === c.words.length) return ws.every((w, k) => meets(w, c.words[k]!));
    // A surname (or a Korean family name) alone refers back to the full name.
    if (ws.length === 1 && c.type === 'Person' && (m.type === 'Person' || m.type === 'Place'))
      return meets(ws[0]!, c.words.at(-1)!) || meets(ws[0]!, c.words[0]!);
    return false;
  };
  // Full names first, so that a surname alone finds its full name wherever that comes.
  const sized = names.map((m) => ({ m, ws: nameWords(doc, m) }));
  sized.sort((a, b) => b.ws.length - a.ws.length || a.m.first - b.m.first);
  for (const { m, ws } of sized) {
    const single = doc.words[m.first]!.acronym && m.first === m.last ? doc.words[m.first]!.text : undefined;
    // Candidates: the clusters that share a key at the position where fewest do.
    const keysAt = ws.map((w, k) => [...w].flatMap((key) => [`${ws.length}:${k}:${key}`, ...(ws.length === 1 ? [`first:${key}`, `last:${key}`] : [])]));
    const cost = (keys: string[]) => keys.reduce((n, key) => n + (byKey.get(key)?.length ?? 0), 0);
    const fewest = keysAt.reduce<string[] | undefined>((a, b) => (!a || cost(b) < cost(a) ? b : a), undefined);
    const pool = new Set<NameCluster>(single ? byAcronym.get(single) : []);
    for (const key of fewest ?? []) for (const c of byKey.get(key) ?? []) pool.add(c);
    if (!ws.length && empty) pool.add(empty);
    const candidates = [...pool].sort((a, b) => a.order - b.order);
    const hit = candidates.find((c) => matches(c, m, ws, single));
    if (hit) {
      hit.ms.push(m);
      if (ws.length === hit.words.length)
        for (const [k, w] of ws.entries()) {
          const both = new Set([...hit.words[k]!].filter((x) => w.has(x)));
          if (both.size) hit.words[k] = both;
        }
      if (m.acronym && hit.acronym === undefined) {
        hit.acronym = m.acronym;
        put(byAcronym, m.acronym, hit);
      }
      continue;
    }
    const c: NameCluster = {
      key: `new:name:${m.first}`,
      words: ws,
      type: m.type,
      ...(m.acronym || single ? { acronym: m.acronym ?? single } : {}),
      ms: [m],
      order: clusters.length,
    };
    clusters.push(c);
    if (!ws.length) empty ??= c;
    if (c.acronym !== undefined) put(byAcronym, c.acronym, c);
    for (const [k, w] of ws.entries()) for (const key of w) put(byKey, `${ws.length}:${k}:${key}`, c);
    if (c.type === 'Person' && ws.length)
      for (const [end, w] of [
        ['first', ws[0]!],
        ['last', ws.at(-1)!],
      ] as const)
        for (const key of w) put(byKey, `${end}:${key}`, c);
  }
  for (const c of clusters) for (const m of c.ms) add(c.key, m);
}

// ---- Fact nodes ------------------------------------------------------------------------------

function clusterFacts(doc: Doc, facts: Mention[], known: readonly Mention[], people: readonly Mention[], add: (key: string, m: Mention) => void): void {
  const latest = new Map<string, string>(); // lemma (or type) -> cluster key
  // A fact the knowledge base knows, named in full somewhere in the article, is what its
  // head noun means everywhere in it ("traktat o partnerstwie" in the title).
  for (const m of known) if (m.lemma) latest.set(m.type === 'Meeting' ? 'Meeting' : `${m.type}:${m.lemma}`, m.ref);
  // Counts seen, by value and precision, in article order; `from` skips those more than two
  // sentences back (facts come in order, so it only moves forward).
  const counted = new Map<string, { list: Array<{ key: string; sentence: number }>; from: number }>();
  const peopleAt = mentionsByFirst(people);
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
      const same = counted.get(`${m.quantity.value}|${m.quantity.precision}`);
      while (same && same.from < same.list.length && sentence - same.list[same.from]!.sentence > 2) same.from++;
      key = same?.list[same.from]?.key;
    } else if (m.fromKey) key = latest.get(`from:${m.fromKey}`);
    else if (!key && m.type === 'Contingent' && !m.another) key = latest.get('Contingent:any');
    // Losses are told once each; a ratification in another part of the article is another one.
    if (m.type === 'Event' && m.lemma === 'strata') key = undefined;
    if (key && m.type === 'Event' && m.lemma === 'ratyfikacja' && sentence - (sentenceOf.get(key) ?? sentence) > 1) key = undefined;
    // A meeting of other people is another meeting: "spotkania Kima z Putinem".
    const who = m.type === 'Meeting' ? meetingPeople(doc, m, peopleAt) : [];
    const before = key ? participants.get(key) : undefined;
    if (key && who.length && before?.size && who.some((p) => !before.has(p)) && sentenceOf.get(key) !== sentence) key = undefined;
    key ??= `new:fact:${n++}`;
    add(key, m);
    latest.set(byLemma, key);
    sentenceOf.set(key, sentence);
    if (who.length) {
      const set = participants.get(key) ?? new Set<string>();
      for (const p of who) set.add(p);
      participants.set(key, set);
    } else if (m.type === 'Meeting' && !participants.has(key)) participants.set(key, new Set());
    if (m.quantity) {
      const id = `${m.quantity.value}|${m.quantity.precision}`;
      const same = counted.get(id);
      if (same) same.list.push({ key, sentence });
      else counted.set(id, { list: [{ key, sentence }], from: 0 });
    }
    if (m.fromKey) latest.set(`from:${m.fromKey}`, key);
    if (m.type === 'Contingent' && (m.lemma === 'kontyngent' || !latest.has('Contingent:any') || m.another)) latest.set('Contingent:any', key);
  }
}

/** People named right after a meeting noun: "wizyta Szojgu", "spotkania Kima z Putinem". */
function meetingPeople(doc: Doc, m: Mention, peopleAt: ReadonlyMap<number, readonly Mention[]>): string[] {
  const out: string[] = [];
  for (let first = m.last + 1; first <= m.last + 4; first++)
    for (const p of peopleAt.get(first) ?? [])
      if (p.type === 'Person' && doc.words[p.first - 1]?.kind !== 'punct' && (p.first === m.last + 1 || /^(z|ze|i)$/.test(doc.words[p.first - 1]!.lower)))
        out.push(p.ref);
  return out;
}

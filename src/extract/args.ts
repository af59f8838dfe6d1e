// The context a relation trigger works in, and how it picks its arguments: by the
// grammatical case of a mention's head, the preposition before it, its entity type and
// its position in the clause relative to the trigger.
import { own } from '../model/own.ts';
import type { Ontology, Status } from '../model/types.ts';
import type { RawQualifiers } from './claim.ts';
import { CASE } from '../lexicon/tags.ts';
import { cases, hasLemma, isPos, isVerb, lemmaIn, prepCases, type Doc, type Word } from './document.ts';
import { ROLES, TROOP_NOUNS } from './vocabulary.ts';
import type { DraftEntity } from './entities.ts';
import type { Mention } from './mentions.ts';

export interface Candidate {
  subject: string;
  type: string;
  object: string;
  /** The word whose scope gives the cue level and the claimants. */
  anchor: number;
  /** Words the evidence quote must cover. */
  words: number[];
  qualifiers?: RawQualifiers;
  /** A cue level (cues.ts) fixed by the trigger, instead of the scope's. */
  level?: string;
  /** The event status the trigger itself says (a pledge is promised), instead of the level's. */
  status?: Status;
  claimedBy?: string[];
}

/** What an article has established so far, for zero anaphora and "w zamian". */
export interface ArticleState {
  /** Last grammatical subjects by entity type. */
  subjects: Map<string, string>;
  /** Entity ids by type, most recently mentioned first. */
  recent: Map<string, string[]>;
  /** Resources supplied in the previous sentence with supplier and recipient. */
  supplied: Array<{ resource: string; supplier?: string; recipient?: string; sentence: number }>;
  /** Meeting id -> participants seen. */
  participants: Map<string, Set<string>>;
  /** Person id -> country id they lead. */
  leads: Map<string, string>;
  /** Contingents that are parts of another ("1 tys. saperów" of the contingent). */
  parts: Set<string>;
}

/** A trigger family: finds the arguments of the trigger at word `i` and emits relations. */
export type Handler = (ctx: Ctx, i: number) => void;

export interface Ctx {
  doc: Doc;
  ontology: Ontology | null;
  entities: Map<string, DraftEntity>;
  sentence: number;
  /** Top-level mentions of the sentence, in order. */
  mentions: Mention[];
  /** All mentions of the sentence, nested ones too. */
  all: Mention[];
  state: ArticleState;
  emit(c: Candidate): void;
}

export const typeOf = (ctx: Ctx, m: Mention | string) => ctx.entities.get(typeof m === 'string' ? m : m.ref)?.type ?? '';

/** The case(s) of a mention's head word. */
export function caseOf(ctx: Ctx, m: Mention): number {
  return cases(ctx.doc.words[m.head]) || 127;
}

/**
 * The preposition before a mention, skipping "w rejonie", "na terenie" and a role in
 * apposition ("z ministrem obrony Korei Północnej No Kwang Czolem" -> "z").
 */
export function prepOf(ctx: Ctx, m: Mention): string | null {
  const words = ctx.doc.words;
  let k = m.first - 1;
  if (words[k] && /^(rejonie|pobliżu|okolicach|terenie|okolicy)$/.test(words[k]!.lower)) k--;
  const role = ROLE_BEFORE(ctx, m.first);
  if (role >= 0) k = role - 1;
  // "ze swoim rosyjskim odpowiednikiem Siergiejem Ławrowem": the role's own adjectives.
  if (role >= 0) while (k > 0 && isPos(words[k], 'adj') && !prepCases(words[k]!) && !words[k]!.cap) k--;
  const p = words[k];
  return p && prepCases(p) ? p.lower : null;
}

/** The index of a role noun that a name stands in apposition to, within five words, or -1. */
function ROLE_BEFORE(ctx: Ctx, first: number): number {
  const words = ctx.doc.words;
  for (let k = first - 1; k >= first - 6 && k >= 0; k--) {
    const w = words[k]!;
    if ((lemmaIn(w, ROLES) || hasLemma(w, 'odpowiednik')) && !w.cap) return k;
    const inMention = ctx.all.some((o) => o.first <= k && k <= o.last);
    if (!inMention && (w.kind !== 'word' || w.cap || !w.morphs.some((r) => (r.pos === 'subst' || r.pos === 'adj') && r.cases & CASE.gen))) return -1;
  }
  return -1;
}

/** Word range `[a, b]` of the clause around word `i`. */
export function clauseRange(doc: Doc, i: number): [number, number] {
  const words = doc.words;
  const [from, to] = doc.sentences[words[i]!.sentence]!.tokens;
  let a = i;
  while (a > from && !clauseBreak(words, a - 1)) a--;
  let b = i;
  while (b + 1 < to && !clauseBreak(words, b + 1)) b++;
  return [a, b];
}

const SUBORDINATE =
  /^(że|iż|który|która|które|którzy|których|któremu|którym|gdzie|choć|chociaż|ale|natomiast|lecz|jednak|gdy|kiedy|ponieważ|bo|aby|by|czy|jak|a)$/;

/**
 * Clauses end at semicolons, colons and dashes, at "że"/"który"…, and at a comma before such
 * a word or a participle; a comma before a name in apposition or before the verb after an
 * inserted phrase does not end one.
 */
function clauseBreak(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (/^[;:–—]$/.test(w.text) || (SUBORDINATE.test(w.lower) && w.lower !== 'a' && w.lower !== 'jak')) return true;
  if (w.text !== ',') return false;
  const next = words[k + 1];
  return (
    !!next && (SUBORDINATE.test(next.lower) || (next.morphs.some((m) => m.pos === 'pact' || m.pos === 'ppas') && !next.morphs.some((m) => m.pos === 'subst')))
  );
}

export interface ArgQuery {
  types: string[];
  /** Allowed cases of the head (any when absent). */
  cases?: number;
  /** Required preposition (regex on the lowercase word); `null`: no preposition before it. */
  prep?: RegExp | null;
  /** Search after (`'after'`) or before (`'before'`) the trigger, or both, nearest first. */
  side?: 'after' | 'before' | 'both';
  /** Search the whole sentence instead of the trigger's clause. */
  sentence?: boolean;
  exclude?: string[];
}

/** Mentions matching a query around word `i`, nearest first. */
export function args(ctx: Ctx, i: number, q: ArgQuery): Mention[] {
  const [a, b] = q.sentence ? (ctx.doc.sentences[ctx.sentence]!.tokens.map((x, k) => (k ? x - 1 : x)) as [number, number]) : clauseRange(ctx.doc, i);
  const side = q.side ?? 'both';
  const ok = (m: Mention) => {
    if (m.first < a || m.last > b || (m.first <= i && i <= m.last)) return false;
    if (side === 'after' && m.first < i) return false;
    if (side === 'before' && m.last > i) return false;
    if (!q.types.includes(typeOf(ctx, m)) || q.exclude?.includes(m.ref)) return false;
    const prep = prepOf(ctx, m);
    if (q.prep === null && prep) return false;
    if (q.prep && !(prep && q.prep.test(prep))) return false;
    if (q.cases !== undefined && !(caseOf(ctx, m) & q.cases)) return false;
    return true;
  };
  return ctx.mentions.filter(ok).sort((x, y) => distance(x, i) - distance(y, i));
}

const distance = (m: Mention, i: number) => (m.first > i ? m.first - i : i - m.last);

/** The first match, and those coordinated with it ("Kim Dzong Una i … Władimira Putina"). */
export function withCoordinated(ctx: Ctx, first: Mention | undefined, types: string[]): Mention[] {
  if (!first) return [];
  const out = [first];
  const words = ctx.doc.words;
  let cur = first;
  for (;;) {
    const conj = words[cur.last + 1];
    if (!conj || !/^(i|oraz|a)$/.test(conj.lower)) break;
    // "Kim Dzong Una i rosyjskiego przywódcę Władimira Putina": the same kind of thing, not the adjective.
    const near = ctx.mentions.filter((m) => m.first > cur.last + 1 && m.first <= cur.last + 5 && types.includes(typeOf(ctx, m)));
    const next = near.find((m) => typeOf(ctx, m) === typeOf(ctx, first)) ?? near.find((m) => m.origin !== 'adjective');
    if (!next || !(caseOf(ctx, next) & caseOf(ctx, first))) break;
    out.push(next);
    cur = next;
  }
  return out;
}

// ---- Arguments of triggers ------------------------------------------------------------

export const STATES = ['Country', 'Organization'];
export const PLACES = ['Place', 'Country'];

export const span = (...ms: Array<Mention | undefined>) => ms.flatMap((m) => (m ? [m.first, m.last] : []));

/** The subject: nominative, no preposition, in the clause; else the last subject of that type. */
export function subject(ctx: Ctx, i: number, types: string[], opts: { inherit?: boolean } = {}): Mention[] {
  const w = ctx.doc.words[i]!;
  const passive = isPassive(ctx, i);
  if (passive) {
    // "przez przywódcę Korei Północnej, Kim Dzong Una": the agent, a person rather than the state in its title.
    const words = ctx.doc.words;
    const [, end] = ctx.doc.sentences[ctx.sentence]!.tokens;
    let by = i + 1;
    while (by < end && by < i + 8 && words[by]!.lower !== 'przez') by++;
    if (by >= end || words[by]!.lower !== 'przez') return [];
    const agent = ctx.mentions.filter((m) => m.first > by && m.first <= by + 8 && types.includes(typeOf(ctx, m)) && m.origin !== 'adjective');
    const person = agent.find((m) => typeOf(ctx, m) === 'Person');
    return withCoordinated(ctx, person ?? agent[0], types);
  }
  const found = args(ctx, i, { types, cases: NOM, prep: null }).filter((m) => m.last < i || postVerbal(ctx, i, m));
  const before = found.filter((m) => m.last < i);
  const pick = before[0] ?? found[0];
  if (pick) return withCoordinated(ctx, before.length ? withCoordinatedStart(ctx, pick, types) : pick, types);
  if (opts.inherit !== false && isVerb(w)) {
    // Pro-drop: "Korea Północna … dostarcza Rosji uzbrojenie. W zamian … otrzymuje …"
    for (const t of types) {
      const id = ctx.state.subjects.get(t);
      if (id) return [{ first: i, last: i, head: i, type: t, ref: id, origin: 'kb' }];
    }
  }
  return [];
}

/** For "Kim Dzong Un i Putin spotkali się", start from the first of the coordinated subjects. */
function withCoordinatedStart(ctx: Ctx, last: Mention, types: string[]): Mention {
  const words = ctx.doc.words;
  let cur = last;
  for (;;) {
    const conj = words[cur.first - 1];
    if (!conj || !/^(i|oraz)$/.test(conj.lower)) return cur;
    const prev = [...ctx.mentions].reverse().find((m) => m.last === cur.first - 2 && types.includes(typeOf(ctx, m)));
    if (!prev) return cur;
    cur = prev;
  }
}

/**
 * A subject after its verb stands right after it ("zdecydował Kim"), after an adverb, or after
 * a role in the nominative ("zdecydował przywódca kraju Kim Dzong Un"); a name after a noun
 * in another case belongs to that noun ("przygotowaniami do spotkania Kima").
 */
function postVerbal(ctx: Ctx, i: number, m: Mention): boolean {
  const words = ctx.doc.words;
  for (let k = m.first - 1; k > i; k--) {
    const w = words[k]!;
    if (w.text === ',' || isPos(w, 'adv', 'qub')) continue;
    if (ROLE_WORDS.has(w.morphs[0]?.lemma.toLowerCase() ?? '') && w.morphs.some((r) => r.cases & NOM)) return true;
    if (words[k - 1] && ROLE_WORDS.has(words[k - 1]!.morphs[0]?.lemma.toLowerCase() ?? '') && w.morphs.some((r) => r.cases & GEN)) return true;
    if (w.kind === 'word' && !isVerb(w)) return false;
  }
  return true;
}

const ROLE_WORDS = new Set(Object.keys(ROLES));

export function isPassive(ctx: Ctx, i: number): boolean {
  const words = ctx.doc.words;
  const w = words[i]!;
  if (w.morphs.some((m) => m.pos === 'ppas') && !w.morphs.some((m) => m.pos === 'verb')) return true;
  return hasLemma(words[i - 1], 'zostać', 'być') && w.morphs.some((m) => m.pos === 'ppas');
}

export function timeOf(ctx: Ctx, i: number): string | undefined {
  const [a, b] = clauseRange(ctx.doc, i);
  const near = ctx.doc.dates.filter((d) => d.first >= a && d.last <= b).sort((x, y) => Math.abs(x.first - i) - Math.abs(y.first - i));
  return near[0]?.iso;
}

export function placeOf(ctx: Ctx, i: number, exclude: string[] = []): string | undefined {
  return args(ctx, i, { types: ['Place'], prep: /^(w|we)$/, cases: LOC, exclude })[0]?.ref;
}

export function quantityOf(m: Mention | undefined): RawQualifiers {
  const q = m?.quantity;
  if (!q) return {};
  const unit = m.lemma && own(TROOP_NOUNS, m.lemma);
  return { quantity: { value: q.value, precision: q.precision, ...(unit ? { unit: { pl: unit.pl, en: unit.en } } : {}) } };
}

/** The entity of a type named last before word `before` (this sentence first, then earlier ones). */
export const lastOf = (ctx: Ctx, type: string, before = Infinity) =>
  [...ctx.mentions].reverse().find((m) => m.last < before && typeOf(ctx, m) === type)?.ref ?? ctx.state.recent.get(type)?.[0];

export function rememberSubject(ctx: Ctx, ms: Mention[]): void {
  for (const m of ms) ctx.state.subjects.set(typeOf(ctx, m), m.ref);
}

export const timeQ = (ctx: Ctx, i: number): RawQualifiers => {
  const t = timeOf(ctx, i);
  return t ? { time: t } : {};
};

export const placeQ = (ctx: Ctx, i: number, ...not: Mention[]): RawQualifiers => {
  const p = placeOf(
    ctx,
    i,
    not.map((m) => m.ref),
  );
  return p ? { place: p } : {};
};

export function recentPeople(ctx: Ctx, i: number, n: number): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const id of ctx.state.recent.get('Person') ?? []) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ first: i, last: i, head: i, type: 'Person', ref: id, origin: 'kb' });
    if (out.length === n) break;
  }
  return out;
}

/** The raw dictionary tags of a word (aspect is not kept in the parsed readings). */
export const tagOf = (ctx: Ctx, w: Word) =>
  ctx.doc.lemmatizer.dictionary
    .lookup(w.text)
    .map((a) => a.tag)
    .join('+');

export const NOM = CASE.nom;
export const GEN = CASE.gen;
export const DAT = CASE.dat;
export const ACC = CASE.acc;
export const INST = CASE.inst;
export const LOC = CASE.loc;

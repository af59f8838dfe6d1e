// Scoring a draft against gold (rules in eval/GUIDELINES.md): entities aligned one-to-one
// (same known id, then mention overlap, then name), relations matched on aligned ends and
// type, factuality and status, claimants and qualifiers scored on the matched relations.
import { foldName } from '../src/model/normalize.ts';
import type { Draft } from '../src/extract/extract.ts';
import type { GoldDoc, Span } from './gold.ts';

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface DocScore {
  id: string;
  split: string;
  entities: Counts;
  entitiesUntyped: Counts;
  relations: Counts;
  /** Among matched relations: how many have the gold factuality and status, claimants, time, quantity. */
  factuality: { right: number; of: number };
  attribution: { right: number; of: number };
  time: { right: number; of: number };
  quantity: { right: number; of: number };
  /** Gold entities of graph/ aligned with a prediction: how many were linked to the right id. */
  linking: { right: number; of: number };
  /** For reading: what was missed and what was extra. */
  missedEntities: string[];
  extraEntities: string[];
  missedRelations: string[];
  extraRelations: string[];
  /** Per phenomenon class (eval/phenomena.ts): how the tagged gold items fared. */
  classes: Map<string, ClassCounts>;
  /** Per phenomenon class: the tagged gold items that were missed (or whose claim was wrong). */
  classErrors: Map<string, string[]>;
  /** The text's phenomena (its own and its items'). */
  phenomena: string[];
}

/** One phenomenon class on one text (or summed). */
export interface ClassCounts {
  /** Tagged gold relations, and how many were found (ends and type). */
  relations: number;
  relationsFound: number;
  /** Of those found, how many have the gold claim (factuality, status, polarity, claimants). */
  claimRight: number;
  /** Of those found with a gold time, how many have it right. */
  timeOf: number;
  timeRight: number;
  /** Tagged gold entities, and how many were found with the right type. */
  entities: number;
  entitiesFound: number;
}

export const emptyClass = (): ClassCounts => ({ relations: 0, relationsFound: 0, claimRight: 0, timeOf: 0, timeRight: 0, entities: 0, entitiesFound: 0 });

export function addClasses(into: Map<string, ClassCounts>, from: ReadonlyMap<string, ClassCounts>): void {
  for (const [k, c] of from) {
    const a = into.get(k) ?? emptyClass();
    for (const f of Object.keys(c) as Array<keyof ClassCounts>) a[f] += c[f];
    into.set(k, a);
  }
}

const SYMMETRIC = new Set(['MET_WITH']);

const iou = (a: Span, b: Span) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

/** Predicted entity id -> gold entity id. */
export function alignEntities(draft: Draft, gold: GoldDoc): Map<string, string> {
  const pairs: Array<{ p: string; g: string; score: number }> = [];
  for (const p of draft.entities) {
    const pNames = new Set([p.names.pl, p.names.en, ...p.aliases].map(foldName));
    for (const g of gold.entities) {
      let score = 0;
      if (p.known && g.known && p.id === g.id) score = 100;
      else {
        for (const pm of p.mentions) {
          const best = Math.max(0, ...g.mentions.map((gm) => iou(pm, gm)));
          if (best >= 0.5) score += best;
        }
        if (!score && (p.id === g.id || g.names.some((n) => pNames.has(foldName(n))))) score = 0.25;
      }
      if (score > 0) pairs.push({ p: p.id, g: g.id, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const { p, g } of pairs) {
    if (map.has(p) || used.has(g)) continue;
    map.set(p, g);
    used.add(g);
  }
  return map;
}

export function scoreDraft(draft: Draft, gold: GoldDoc): DocScore {
  const align = alignEntities(draft, gold);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const goldKnown = new Set(gold.entities.filter((e) => e.known).map((e) => e.id));
  let typed = 0;
  const linking = { right: 0, of: 0 };
  const typedRight = new Set<string>();
  for (const p of draft.entities) {
    const g = align.get(p.id);
    if (!g) continue;
    if (goldType.get(g) === p.type) {
      typed++;
      typedRight.add(g);
    }
    if (goldKnown.has(g)) {
      linking.of++;
      if (p.known && p.id === g) linking.right++;
    }
  }
  const aligned = new Set(align.values());

  const key = (s: string, t: string, o: string) => (SYMMETRIC.has(t) && o < s ? `${o}|${t}|${s}` : `${s}|${t}|${o}`);
  const goldRel = new Map<string, (typeof gold.relations)[number]>();
  for (const r of gold.relations) if (!goldRel.has(key(r.subject, r.type, r.object))) goldRel.set(key(r.subject, r.type, r.object), r);
  const predicted = new Map<string, (typeof draft.relations)[number]>();
  for (const r of draft.relations) {
    const s = align.get(r.from) ?? `?${r.from}`;
    const o = align.get(r.to) ?? `?${r.to}`;
    if (!predicted.has(key(s, r.type, o))) predicted.set(key(s, r.type, o), r);
  }
  const factuality = { right: 0, of: 0 };
  const attribution = { right: 0, of: 0 };
  const time = { right: 0, of: 0 };
  const quantity = { right: 0, of: 0 };
  let tp = 0;
  /** Gold relation key -> whether the matched prediction's claim and time are right. */
  const found = new Map<string, { claim: boolean; time: boolean }>();
  const mapped = (ids: string[]) =>
    ids
      .map((id) => align.get(id) ?? `?${id}`)
      .sort()
      .join(',');
  for (const [k, p] of predicted) {
    const g = goldRel.get(k);
    if (!g) continue;
    tp++;
    // A claim belongs to a quote: the predicted quote that overlaps the gold one is scored
    // (a relation quoted twice may have two claimants); without one, the relation's own.
    const at = g.quote ? gold.text.indexOf(g.quote) : -1;
    const claim = (at >= 0 && p.evidence.find((e) => e.start < at + g.quote!.length && at < e.end)) || p;
    factuality.of++;
    const firmness = claim.factuality === g.factuality && claim.status === g.status && claim.polarity === g.polarity;
    if (firmness) factuality.right++;
    attribution.of++;
    const claimants = mapped(claim.claimedBy) === [...g.claimedBy].sort().join(',');
    if (claimants) attribution.right++;
    const timeRight = p.qualifiers.time?.value === g.qualifiers.time;
    if (g.qualifiers.time) {
      time.of++;
      if (timeRight) time.right++;
    }
    found.set(k, { claim: firmness && claimants, time: timeRight });
    if (g.qualifiers.quantity) {
      quantity.of++;
      if (p.qualifiers.quantity?.value === g.qualifiers.quantity.value && p.qualifiers.quantity.precision === g.qualifiers.quantity.precision) quantity.right++;
    }
  }
  const classes = new Map<string, ClassCounts>();
  const classErrors = new Map<string, string[]>();
  const tally = (tags: readonly string[], add: (c: ClassCounts) => void, error: string | undefined) => {
    for (const t of new Set(tags)) {
      const c = classes.get(t) ?? emptyClass();
      add(c);
      classes.set(t, c);
      if (error) classErrors.set(t, [...(classErrors.get(t) ?? []), error]);
    }
  };
  for (const e of gold.entities) {
    const ok = typedRight.has(e.id);
    const error = ok ? undefined : `entity ${e.id} (${aligned.has(e.id) ? 'wrong type' : 'missed'})`;
    tally(
      e.phenomena,
      (c) => {
        c.entities++;
        if (ok) c.entitiesFound++;
      },
      error,
    );
  }
  for (const r of gold.relations) {
    const k = key(r.subject, r.type, r.object);
    const f = found.get(k);
    const timed = !!f && r.qualifiers.time !== undefined;
    const error = !f ? `${k} (missed)` : !f.claim ? `${k} (claim wrong)` : timed && !f.time ? `${k} (time wrong)` : undefined;
    tally(
      r.phenomena,
      (c) => {
        c.relations++;
        if (!f) return;
        c.relationsFound++;
        if (f.claim) c.claimRight++;
        if (timed) {
          c.timeOf++;
          if (f.time) c.timeRight++;
        }
      },
      error,
    );
  }
  return {
    id: gold.id,
    split: gold.split,
    entities: { tp: typed, predicted: draft.entities.length, gold: gold.entities.length },
    entitiesUntyped: { tp: align.size, predicted: draft.entities.length, gold: gold.entities.length },
    relations: { tp, predicted: predicted.size, gold: goldRel.size },
    factuality,
    attribution,
    time,
    quantity,
    linking,
    missedEntities: gold.entities.filter((e) => !aligned.has(e.id)).map((e) => e.id),
    extraEntities: draft.entities.filter((e) => !align.has(e.id)).map((e) => `${e.id} (${e.type})`),
    missedRelations: [...goldRel.keys()].filter((k) => !predicted.has(k)),
    extraRelations: [...predicted.keys()].filter((k) => !goldRel.has(k)),
    classes,
    classErrors,
    phenomena: gold.phenomena,
  };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function sum(counts: Counts[]): Counts {
  return counts.reduce((a, c) => ({ tp: a.tp + c.tp, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), { tp: 0, predicted: 0, gold: 0 });
}

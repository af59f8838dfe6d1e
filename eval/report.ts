// The evaluation's tables: per text and per split (micro), and per phenomenon class.
import type { FixtureSplit } from './gold.ts';
import { PHENOMENA } from './phenomena.ts';
import { addClasses, prf, sum, type ClassCounts, type DocScore } from './score.ts';

const pct = (x: number) => x.toFixed(2);
const ratio = (a: { right: number; of: number }) => (a.of ? `${a.right}/${a.of}` : '–');
const add = (xs: Array<{ right: number; of: number }>) => xs.reduce((a, b) => ({ right: a.right + b.right, of: a.of + b.of }), { right: 0, of: 0 });

type Summary = Pick<DocScore, 'entities' | 'relations' | 'factuality' | 'attribution' | 'time' | 'quantity' | 'linking'>;

/** The texts' scores summed (micro-average). */
export function micro(group: readonly DocScore[]): Summary {
  return {
    entities: sum(group.map((s) => s.entities)),
    relations: sum(group.map((s) => s.relations)),
    factuality: add(group.map((s) => s.factuality)),
    attribution: add(group.map((s) => s.attribution)),
    time: add(group.map((s) => s.time)),
    quantity: add(group.map((s) => s.quantity)),
    linking: add(group.map((s) => s.linking)),
  };
}

/** One row per text, then the micro-average of each fixture split with at least two texts. */
export function scoreTable(scores: readonly DocScore[], splits: readonly FixtureSplit[]): string[] {
  const lines = [
    '| text | split | entities P / R / F1 | relations P / R / F1 | factuality, status, polarity | claimants | time | quantity | linking |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const row = (name: string, split: string, s: Summary) => {
    const e = prf(s.entities);
    const r = prf(s.relations);
    lines.push(
      `| ${name} | ${split} | ${pct(e.p)} / ${pct(e.r)} / **${pct(e.f1)}** | ${pct(r.p)} / ${pct(r.r)} / **${pct(r.f1)}** | ${ratio(s.factuality)} | ${ratio(s.attribution)} | ${ratio(s.time)} | ${ratio(s.quantity)} | ${ratio(s.linking)} |`,
    );
  };
  for (const s of scores) row(s.id, s.split, s);
  for (const split of splits) {
    const group = scores.filter((s) => s.split === split);
    if (group.length >= 2) row(`**all ${split} (micro)**`, split, micro(group));
  }
  return lines;
}

/** Per phenomenon class and split: the texts' class counts summed. */
export function classCounts(scores: readonly DocScore[]): Map<string, ClassCounts> {
  const all = new Map<string, ClassCounts>();
  for (const s of scores) addClasses(all, s.classes);
  return all;
}

/**
 * Recall per phenomenon class, three columns per split: tagged gold relations found (and of
 * those, with the claim right; with the time right, for dated ones); tagged gold entities found
 * with their type; entity precision over the texts that show the class (for noise such as
 * capitalised ordinary words, which shows as extra entities, not as missed ones).
 */
export function classTable(scores: readonly DocScore[], splits: readonly FixtureSplit[]): string[] {
  const bySplit = new Map(splits.map((sp) => [sp, classCounts(scores.filter((s) => s.split === sp))]));
  const head = splits.map((sp) => `${sp}: relations found (claim right; time right) | ${sp}: entities found | ${sp}: entity P in its texts`);
  const lines = [`| class | ${head.join(' | ')} |`, `|---|${splits.map(() => '---|---|---|').join('')}`];
  const rec = (found: number, of: number) => (of ? `${found}/${of} = **${pct(found / of)}**` : '–');
  for (const cls of PHENOMENA.keys()) {
    const cells = splits.map((sp) => {
      const texts = scores.filter((s) => s.split === sp && s.phenomena.includes(cls));
      const c = bySplit.get(sp)!.get(cls);
      if (!texts.length) return '– | – | –';
      const e = sum(texts.map((s) => s.entities));
      const precision = `${e.predicted ? pct(e.tp / e.predicted) : '–'} (${e.tp}/${e.predicted}; texts: ${texts.length})`;
      if (!c) return `– | – | ${precision}`;
      const extra = c.relationsFound ? ` (${c.claimRight}/${c.relationsFound}${c.timeOf ? `; ${c.timeRight}/${c.timeOf}` : ''})` : '';
      return `${rec(c.relationsFound, c.relations)}${c.relations ? extra : ''} | ${rec(c.entitiesFound, c.entities)} | ${precision}`;
    });
    if (cells.some((c) => c !== '– | – | –')) lines.push(`| ${cls} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/**
 * The errors of the tagged gold items, grouped by class: "class: text: item (why)". With
 * `blind`, only how many per class, so that held-out texts are not read item by item.
 */
export function errorsByClass(scores: readonly DocScore[], blind = false): string[] {
  const out: string[] = [];
  for (const cls of PHENOMENA.keys()) {
    const errors = scores.flatMap((s) => (s.classErrors.get(cls) ?? []).map((e) => `${cls}: ${s.id}: ${e}`));
    if (blind) {
      if (errors.length) out.push(`${cls}: ${errors.length} error(s)`);
    } else out.push(...errors);
  }
  return out;
}

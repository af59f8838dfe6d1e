// Which of the entities' own attributes can colour or size them: numbers (a gradient,
// a size) and kinds with few values (a palette). Keys come from data: Maps only.
import type { AttributeValue } from './types.ts';

export interface AttributeKind {
  key: string;
  /** `number`: every value given is a finite number; `category`: few distinct values. */
  kind: 'number' | 'category';
  /** Distinct values seen. */
  distinct: number;
  /** Entities that give a value. */
  count: number;
}

/** More distinct values than this make a poor palette (names, ids, free text). */
const MAX_CATEGORIES = 24;

/** The attributes worth a colour or a size, by key. A number with one value only, or a text with too many, is left out. */
export function attributeKinds(records: Iterable<Readonly<Record<string, AttributeValue>> | undefined>, maxCategories = MAX_CATEGORIES): AttributeKind[] {
  const seen = new Map<string, { values: Set<AttributeValue>; numeric: boolean; count: number }>();
  for (const record of records) {
    if (!record) continue;
    for (const key of Object.keys(record)) {
      const value = record[key]!;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { values: new Set(), numeric: true, count: 0 }));
      s.count++;
      if (typeof value !== 'number' || !Number.isFinite(value)) s.numeric = false;
      // Past the limit a text attribute is out anyway: stop collecting its values.
      if (s.numeric || s.values.size <= maxCategories) s.values.add(value);
    }
  }
  const out: AttributeKind[] = [];
  for (const [key, { values, numeric, count }] of seen) {
    const distinct = values.size;
    if (numeric && distinct > 1) out.push({ key, kind: 'number', distinct, count });
    else if (!numeric && distinct <= maxCategories) out.push({ key, kind: 'category', distinct, count });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

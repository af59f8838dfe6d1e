// "Did you mean …" suggestions for unknown ids and names.
import { distance } from 'fastest-levenshtein';
import { foldName } from './normalize.ts';

/** Above this many candidates only those sharing the query's first letter are compared. */
const FULL_SCAN_LIMIT = 2000;

type Folded = Array<[candidate: string, folded: string]>;

// Folding 100k candidates for each of 10k unknown ids would take minutes: a list passed
// again (the same array) reuses its folded, first-letter buckets.
const buckets = new WeakMap<readonly string[], Map<string, Folded>>();

function foldAll(candidates: Iterable<string>): Folded {
  return [...new Set(candidates)].map((c) => [c, foldName(c)]);
}

function candidatesFor(q: string, candidates: Iterable<string>): Folded {
  if (!Array.isArray(candidates) || candidates.length <= FULL_SCAN_LIMIT) return foldAll(candidates);
  let index = buckets.get(candidates);
  if (!index) {
    index = new Map();
    for (const entry of foldAll(candidates)) {
      const key = entry[1].charAt(0);
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
    buckets.set(candidates, index);
  }
  return index.get(q.charAt(0)) ?? [];
}

/** Up to `limit` candidates closest to `query` (folded edit distance), best first. */
export function nearest(query: string, candidates: Iterable<string>, limit = 3): string[] {
  const q = foldName(query);
  const max = Math.max(2, q.length * 0.5);
  const scored: Array<[string, number]> = [];
  for (const [c, f] of candidatesFor(q, candidates)) {
    if (Math.abs(f.length - q.length) > max && !(f.startsWith(q) || q.startsWith(f))) continue;
    const d = f.startsWith(q) || q.startsWith(f) ? Math.abs(f.length - q.length) * 0.25 : distance(q, f);
    if (d <= max) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

export function didYouMean(query: string, candidates: Iterable<string>): string {
  const near = nearest(query, candidates);
  return near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

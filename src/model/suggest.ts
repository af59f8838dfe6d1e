// "Did you mean …" suggestions for unknown ids and names.
import { distance } from 'fastest-levenshtein';
import { foldName } from './normalize.ts';

/** Up to `limit` candidates closest to `query` (folded edit distance), best first. */
export function nearest(query: string, candidates: Iterable<string>, limit = 3): string[] {
  const q = foldName(query);
  const scored: Array<[string, number]> = [];
  for (const c of new Set(candidates)) {
    const f = foldName(c);
    const d = f.startsWith(q) || q.startsWith(f) ? Math.abs(f.length - q.length) * 0.25 : distance(q, f);
    if (d <= Math.max(2, q.length * 0.5)) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

export function didYouMean(query: string, candidates: Iterable<string>): string {
  const near = nearest(query, candidates);
  return near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

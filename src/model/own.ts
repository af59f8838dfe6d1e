/**
 * `map[key]` for a key that comes from data: only the map's own entries count, so a key
 * such as "__proto__" or "constructor" never finds Object.prototype's members.
 */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** A record for keys that come from data (empty, or holding `entries`): no prototype, so every key is its own. */
export function ownRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/**
 * `map[key]` for a key that comes from data: only the map's own entries count, so a key
 * such as "__proto__" or "constructor" never finds Object.prototype's members.
 */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** An empty record for keys that come from data: no prototype, so every key is its own. */
export function ownRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

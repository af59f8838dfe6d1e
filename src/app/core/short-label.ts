// Short display names for the graph's labels: a long name (a meeting, an agreement, an
// event) is drawn shortened, the full one stays in tooltips and panels. Derived from the
// name alone, so the same name always gets the same short form.

/** Names up to this many characters are drawn whole. */
const SHORT_LABEL_MAX = 30;

const ACRONYM = /\(([\p{Lu}\d][\p{Lu}\p{Ll}\d&.-]{1,9})\)\s*$/u;

/**
 * `name` itself when short; else its trailing acronym in parentheses ("… Sankcji (MSMT)" ->
 * "MSMT"); else the name without parenthesised asides, cut after the last whole word that
 * fits, with an ellipsis.
 */
export function shortLabel(name: string, max = SHORT_LABEL_MAX): string {
  const text = name.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const acronym = ACRONYM.exec(text)?.[1];
  if (acronym && /\p{Lu}.*\p{Lu}/u.test(acronym)) return acronym;
  const plain = text.replace(/\s*\([^()]*\)/g, '').trim();
  if (plain.length <= max && plain.length > 0) return plain;
  const words = plain.split(' ');
  let short = words[0]!.slice(0, max - 1);
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > max - 1) break;
    short = `${short} ${word}`;
  }
  // A cut never ends on a dangling preposition or conjunction ("Porozumienie z…").
  short = short.replace(/(?:\s+[\p{L}]{1,2})+$/u, '').replace(/[\s,;:–-]+$/u, '');
  return `${short}…`;
}

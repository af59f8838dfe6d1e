// An article typed or dropped into the explorer: its text made regular, its input
// checked before anything heavy loads, and the one error type the extraction raises, so
// every failure reaches the user as a message in their language.
import type { StringKey } from './i18n.ts';

/** A failure the user can act on: an interface string, plus details from the data. */
export class ArticleError extends Error {
  constructor(
    readonly key: StringKey,
    readonly detail = '',
  ) {
    super(detail ? `${key}: ${detail}` : key);
  }
}

/** Line breaks as `\n` (text pasted from Windows), no blank lines around the article. */
export function cleanArticleText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The first problem with an article's input, or null. */
export function checkArticle(text: string, published: string): StringKey | null {
  if (cleanArticleText(text).trim() === '') return 'errEmptyText';
  if (!isIsoDate(published)) return 'errInvalidDate';
  return null;
}

/** Today in the user's time zone, as the date input wants it. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A source id not taken yet: `id`, else `id-2`, `id-3`… */
export function freeId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  let n = 2;
  while (taken(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

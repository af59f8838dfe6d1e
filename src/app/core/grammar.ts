// Phrases the explorer composes from data, in the grammar of the UI's language: a count
// with its noun in the form the number asks for (Polish: 1 źródło, 2 źródła, 5 źródeł;
// the CLDR plural categories of Intl.PluralRules), a quantity's unit likewise, and
// claimants after "według" in the genitive the knowledge base gives.
import type { Lang, PluralCategory, Quantity } from '../../model/types.ts';
import { COUNTS, pick, t, type CountKey } from './i18n.ts';

export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const LOCALE: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };
const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, n: number): PluralCategory {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE[lang])));
  return r.select(n);
}

export const formatNumber = (n: number, lang: Lang): string => new Intl.NumberFormat(LOCALE[lang]).format(n);

/** `forms`' phrase for `n` (its `{n}` replaced by the number as the language writes it). */
function countPhrase(lang: Lang, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replace('{n}', formatNumber(n, lang));
}

/** "5 źródeł", "1 outlet": the count `key` of COUNTS for `n`. */
export const count = (lang: Lang, key: CountKey, n: number): string => countPhrase(lang, n, COUNTS[key][lang]);

/** A quantity's unit in the form its value asks for: `unitForms` when it has that category, else `unit`. */
export function unitFor(q: Pick<Quantity, 'value' | 'unit' | 'unitForms'>, lang: Lang): string {
  return q.unitForms?.[lang]?.[pluralCategory(lang, q.value)] ?? pick(q.unit, lang);
}

/** What a claimant is called after "według" / "according to". */
export interface ClaimantName {
  name: string;
  /** In the genitive, when the data gives it. */
  genitive?: string;
}

/**
 * "według Ministerstwa Obrony Wielkiej Brytanii, rosyjskich mediów", "according to …".
 * Polish needs the genitive: when any claimant lacks one, the names follow a colon in the
 * nominative instead ("Kto twierdzi: …"), never a nominative after "według".
 */
export function claimantsPhrase(lang: Lang, names: readonly ClaimantName[]): string {
  if (lang === 'pl' && !names.every((n) => n.genitive)) return `${t(lang, 'claimants')}: ${names.map((n) => n.name).join(', ')}`;
  return `${t(lang, 'claimedBy')} ${names.map((n) => (lang === 'pl' ? n.genitive : n.name)).join(', ')}`;
}

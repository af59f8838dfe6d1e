// Text folding used wherever a name is looked up: case-, diacritics- and
// whitespace-insensitive, and the same for NFC and NFD input.

const COMBINING = /[\u0300-\u036f]/g;
// Letters that NFD does not decompose.
const FOLD_MAP: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', đ: 'd', ß: 'ss' };
const FOLD_CHARS = /[łŁøđß]/g;
const PUNCT = /[\u2019'"„”“«»‚‘`]/g;

/** Folds a name for comparison: `"Szojgu"`, `"SZOJGU"` and `"szójgu"` become `"szojgu"`. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(FOLD_CHARS, (c) => FOLD_MAP[c] ?? c)
    .replace(PUNCT, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

// English forms of names written in Polish transliteration ("Siergiej Ławrow" -> "Sergei
// Lavrov", "Kim Dzong Un" -> "Kim Jong Un", "Pjongjang" -> "Pyongyang"). Only words with a
// Polish spelling trait are touched, so "Jens Stoltenberg" stays as it is. The result is
// a sensible reading aid, not an official romanisation.
import { foldName } from '../model/normalize.ts';

const POLISH_TRAIT = /[łżźśćńąęów]|sz|cz|rz|dz|ch|ie|[^aeiouy\s]j|ij$|yj$/i;

// Applied in order to a lowercase word.
const RULES: Array<[RegExp, string]> = [
  [/szcz/g, 'shch'],
  [/ch/g, 'kh'],
  [/sz/g, 'sh'],
  [/cz/g, 'ch'],
  [/rz/g, 'zh'],
  [/ż/g, 'zh'],
  [/dź/g, 'dz'],
  [/w/g, 'v'],
  [/ł/g, 'l'],
  [/([^aeiouy])ie/g, '$1e'],
  [/[iy]j$/g, 'y'],
  [/ej$/g, 'ei'],
  [/([ao])j(?=[^aeiouy]|$)/g, '$1i'],
  [/(^|[^aeiouy])j(?=[aeiou])/g, '$1y'],
  [/ą/g, 'on'],
  [/ę/g, 'en'],
  [/ó/g, 'o'],
  [/ś/g, 's'],
  [/ć/g, 'ch'],
  [/ń/g, 'n'],
  [/ź/g, 'z'],
  [/^dz/, 'j'],
];

/** An English reading of a proper name; words without Polish spelling traits are kept. */
export function transliterate(name: string): string {
  return name.replace(/[\p{L}]+/gu, (word) => {
    if (!POLISH_TRAIT.test(word)) return word;
    let out = word.toLowerCase();
    for (const [re, to] of RULES) out = out.replace(re, to);
    return word[0] === word[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  });
}

/** A kebab-case id from a name: "Sergei Lavrov" -> "sergei-lavrov". */
export function slug(name: string): string {
  return (
    foldName(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entity'
  );
}

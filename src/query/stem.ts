// A light Polish suffix stripper: the fallback that lets "Kim Dzong Unowi" find an
// entity whose aliases list only other inflected forms. Known aliases are tried first.

const SUFFIXES = ['owie', 'owi', 'ami', 'ach', 'ego', 'emu', 'ów', 'om', 'em', 'ie', 'ej', 'ym', 'im', 'ą', 'ę', 'a', 'u', 'y', 'i', 'e', 'o'].map((s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
);

/** Stems a folded word; keeps at least three letters. */
function stemWord(folded: string): string {
  for (const s of SUFFIXES) if (folded.length - s.length >= 3 && folded.endsWith(s)) return folded.slice(0, -s.length);
  return folded;
}

/** Stems every word of a folded phrase. */
export function stemPhrase(folded: string): string {
  return folded.split(' ').map(stemWord).join(' ');
}

// NFC normalisation that remembers where each character came from, so work done on the
// normalised text (where "ó" is one character whatever the input) can report offsets
// into the text as it was given.

export interface NfcMapped {
  /** The NFC text. */
  text: string;
  /** Offset in the original text of an offset in `text` (at a character boundary). */
  toOriginal(offset: number): number;
}

/** A base character with its combining marks: normalised as one unit. */
const CLUSTER = /.\p{M}*/gsu;

export function nfcWithMap(original: string): NfcMapped {
  if (original.normalize('NFC') === original) return { text: original, toOriginal: (o) => o };
  const parts: string[] = [];
  const origin: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    const nfc = m[0].normalize('NFC');
    parts.push(nfc);
    for (let k = 0; k < nfc.length; k++) origin.push(m.index);
  }
  origin.push(original.length);
  return { text: parts.join(''), toOriginal: (o) => origin[Math.max(0, Math.min(o, origin.length - 1))]! };
}

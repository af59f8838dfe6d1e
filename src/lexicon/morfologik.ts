// Word lookup in a Morfologik dictionary: an automaton of `form;encoded-lemma;tag` byte
// sequences (see cfsa2.ts). The lemma is encoded against the form; with the PREFIX
// encoder its first two bytes say how many bytes to cut from the form's start and end
// ('A' = 0), and the rest is appended. polish.info names the separator and encoder.
import { Cfsa2 } from './cfsa2.ts';
import { LexiconError } from './errors.ts';

export interface Analysis {
  lemma: string;
  /** Morfologik tag, e.g. `subst:sg:inst:m1` or `adj:pl:gen:m1.p1:pos`. */
  tag: string;
}

export interface DictionaryInfo {
  separator: string;
  encoder: 'PREFIX' | 'SUFFIX' | 'NONE';
}

const A = 0x41;
const REMOVE_EVERYTHING = 255;

/** Reads `fsa.dict.separator` and `fsa.dict.encoder` from a `.info` file. */
export function parseDictionaryInfo(text: string): DictionaryInfo {
  const value = (key: string) => new RegExp(`^${key.replace(/\./g, '\\.')}=(.*)$`, 'm').exec(text)?.[1]?.trim();
  const encoder = (value('fsa.dict.encoder') ?? 'SUFFIX').toUpperCase();
  if (encoder !== 'PREFIX' && encoder !== 'SUFFIX' && encoder !== 'NONE')
    throw new LexiconError(`faktograf/lexicon: dictionary encoder ${encoder} is not supported (PREFIX, SUFFIX and NONE are)`);
  const encoding = (value('fsa.dict.encoding') ?? 'UTF-8').toUpperCase();
  if (encoding !== 'UTF-8' && encoding !== 'UTF8') throw new LexiconError(`faktograf/lexicon: dictionary encoding ${encoding} is not supported (UTF-8 is)`);
  return { separator: value('fsa.dict.separator') || '+', encoder };
}

export class MorfologikDictionary {
  private readonly separator: number;
  private readonly encoder = new TextEncoder();
  private readonly wordBytes = new Uint8Array(512);
  private readonly scratch = new Uint8Array(256);
  private readonly lemmaBytes = new Uint8Array(1024);

  constructor(
    private readonly fsa: Cfsa2,
    private readonly info: DictionaryInfo,
  ) {
    this.separator = info.separator.charCodeAt(0);
  }

  static parse(dict: Uint8Array, info: DictionaryInfo = { separator: ';', encoder: 'PREFIX' }): MorfologikDictionary {
    return new MorfologikDictionary(Cfsa2.parse(dict), info);
  }

  /** Every analysis of an exact (case-sensitive) form; empty when the form is unknown. */
  lookup(word: string): Analysis[] {
    if (word.length === 0 || word.length > 120 || word.includes(this.info.separator)) return [];
    const { written: length } = this.encoder.encodeInto(word, this.wordBytes);
    const bytes = this.wordBytes;
    const fsa = this.fsa;
    const arc = fsa.walk(bytes, length);
    if (arc === 0) return [];
    const node = fsa.target(arc);
    if (node === 0) return [];
    const sepArc = fsa.arc(node, this.separator);
    if (sepArc === 0 || fsa.isFinal(sepArc)) return [];
    const out: Analysis[] = [];
    fsa.each(
      fsa.target(sepArc),
      (buf, len) => {
        let sep = 0;
        while (sep < len && buf[sep] !== this.separator) sep++;
        out.push({ lemma: this.decodeLemma(bytes, length, buf, sep), tag: decodeUtf8(buf, sep + 1, len) });
      },
      this.scratch,
    );
    return out;
  }

  // The cut may fall inside a multi-byte character ("zginęło" -> "zginąć" shares the
  // first byte of "ę" and "ą"), so the lemma is assembled as bytes and decoded once.
  private decodeLemma(form: Uint8Array, formLength: number, enc: Uint8Array, encLength: number): string {
    if (this.info.encoder === 'NONE') return decodeUtf8(enc, 0, encLength);
    const codeBytes = this.info.encoder === 'SUFFIX' ? 1 : 2;
    let head = 0;
    let tail = (enc[0]! - A) & 0xff;
    if (codeBytes === 2) [head, tail] = [tail, (enc[1]! - A) & 0xff];
    if (head === REMOVE_EVERYTHING || tail === REMOVE_EVERYTHING) [head, tail] = [formLength, 0];
    if (head + tail > formLength) return decodeUtf8(enc, 0, encLength);
    const out = this.lemmaBytes;
    let n = 0;
    for (let i = head; i < formLength - tail; i++) out[n++] = form[i]!;
    for (let i = codeBytes; i < encLength && n < out.length; i++) out[n++] = enc[i]!;
    return decodeUtf8(out, 0, n);
  }
}

/** UTF-8 bytes `[start, end)` to a string; faster than TextDecoder for short words. */
function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
    } else if (b < 0xe0) {
      out += String.fromCharCode(((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if (b < 0xf0) {
      out += String.fromCharCode(((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      out += String.fromCodePoint(cp);
      i += 4;
    }
  }
  return out;
}

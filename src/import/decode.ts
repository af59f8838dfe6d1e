// Bytes → text for the importers. The encoding is told by a byte order mark (UTF-8,
// UTF-16LE/BE), else by UTF-16's `<?` without one, else by the XML declaration's
// encoding="…", else it is UTF-8 (JSON's only encoding besides UTF-16 with a BOM).
// Decoding is fatal: bytes that are not valid in the encoding are refused with their
// line, never replaced by U+FFFD. Pure: TextDecoder is in Node and in browsers.
//
// Chunks are decoded in blocks cut after a byte below 0x30 (0x30 itself is a GB18030
// trail byte): such a byte is a whole character in every ASCII-compatible encoding
// TextDecoder knows, so each block decodes on its own and, on failure, line by line to
// find the line at fault. UTF-16 blocks are cut after such a code unit.
import { ImportError } from './limits.ts';

/** Longest XML declaration read to find its encoding. */
const PROLOG_MAX = 1024;
const EMPTY = new Uint8Array(0);

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Detected {
  label: string;
  /** Bytes of the byte order mark, skipped. */
  skip: number;
  /** How the label was found, for messages. */
  from: 'bom' | 'utf-16' | 'declaration' | 'default';
}

/** The encoding of a file starting with `head`; undefined while more bytes could change the answer. */
function detect(head: Uint8Array, final: boolean): Detected | undefined {
  if (head.length < 5 && !final) return undefined;
  for (const [bom, label] of BOMS) if (startsWith(head, bom)) return { label, skip: bom.length, from: 'bom' };
  if (startsWith(head, [0x3c, 0x00, 0x3f, 0x00])) return { label: 'utf-16le', skip: 0, from: 'utf-16' };
  if (startsWith(head, [0x00, 0x3c, 0x00, 0x3f])) return { label: 'utf-16be', skip: 0, from: 'utf-16' };
  if (!startsWith(head, [0x3c, 0x3f, 0x78, 0x6d, 0x6c])) return { label: 'utf-8', skip: 0, from: 'default' };
  // `<?xml`: an ASCII-compatible encoding; the declaration says which.
  let end = -1;
  for (let i = 5; i < Math.min(head.length, PROLOG_MAX) && end < 0; i++) if (head[i] === 0x3e && head[i - 1] === 0x3f) end = i;
  if (end < 0 && !final && head.length < PROLOG_MAX) return undefined;
  const prolog = String.fromCharCode(...head.subarray(0, end < 0 ? Math.min(head.length, PROLOG_MAX) : end));
  const declared = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(prolog)?.[2];
  return declared === undefined ? { label: 'utf-8', skip: 0, from: 'default' } : { label: declared, skip: 0, from: 'declaration' };
}

/** A decoder for a graph file's bytes, fed in chunks. */
export class ByteDecoder {
  private head: Uint8Array[] | null = [];
  private headSize = 0;
  private decoder: TextDecoder | undefined;
  private name = '';
  /** 1 for ASCII-compatible encodings; 'le' or 'be' for UTF-16. */
  private unit: 1 | 'le' | 'be' = 1;
  /** Bytes after the last cut, not decoded yet. */
  private pending: Uint8Array[] = [];
  /** Line on which the pending bytes begin. */
  private line = 1;

  /** The encoding's WHATWG name (`utf-8`, `windows-1252`…), once known. */
  get encoding(): string {
    return this.name;
  }

  write(bytes: Uint8Array): string {
    if (this.head) {
      this.head.push(bytes);
      this.headSize += bytes.length;
      const head = concat(this.head);
      this.head = [head];
      const detected = detect(head, false);
      if (!detected) return '';
      this.start(detected);
      this.head = null;
      return this.decode(head.subarray(detected.skip), false);
    }
    return this.decode(bytes, false);
  }

  end(): string {
    if (this.head) {
      const head = concat(this.head);
      this.head = null;
      const detected = detect(head, true)!;
      this.start(detected);
      return this.decode(head.subarray(detected.skip), true);
    }
    return this.decode(EMPTY, true);
  }

  private start({ label, from }: Detected): void {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    } catch {
      throw new ImportError(`the file declares encoding="${label}", which is not an encoding this reader knows; save the file as UTF-8`, 1);
    }
    const name = decoder.encoding;
    if (name === 'iso-2022-jp' || name === 'replacement')
      throw new ImportError(`the file declares encoding="${label}", which is not supported (a stateful or unsafe encoding); save the file as UTF-8`, 1);
    const utf16 = name === 'utf-16le' ? 'le' : name === 'utf-16be' ? 'be' : undefined;
    if (utf16 && from === 'declaration')
      throw new ImportError(
        `the file declares encoding="${label}", but its declaration is written in single bytes, not UTF-16; correct the declaration or save the file as UTF-8`,
        1,
      );
    this.decoder = decoder;
    this.name = name;
    this.unit = utf16 ?? 1;
  }

  /**
   * Where a block may end in `bytes`: after the last byte (or UTF-16 unit) below 0x30; 0
   * when there is none. `odd`: `bytes` begins in the middle of a UTF-16 unit.
   */
  private cut(bytes: Uint8Array, odd: boolean): number {
    if (this.unit === 1) {
      for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i]! < 0x30) return i + 1;
      return 0;
    }
    const [low, high] = this.unit === 'le' ? [0, 1] : [1, 0];
    const first = odd ? 1 : 0;
    for (let i = bytes.length - 2 - ((bytes.length - first) % 2); i >= first; i -= 2) if (bytes[i + high] === 0 && bytes[i + low]! < 0x30) return i + 2;
    return 0;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    // Pending bytes begin on a unit boundary, so their length tells where units begin in `bytes`.
    const odd = this.unit !== 1 && this.pending.reduce((n, p) => n + p.length, 0) % 2 === 1;
    const at = final ? bytes.length : this.cut(bytes, odd);
    if (at === 0 && !final) {
      if (bytes.length) this.pending.push(bytes);
      return '';
    }
    const block = concat([...this.pending, bytes.subarray(0, at)]);
    this.pending = at < bytes.length ? [bytes.slice(at)] : [];
    if (!block.length) return '';
    let text: string;
    try {
      text = this.decoder!.decode(block);
    } catch {
      throw this.invalid(block);
    }
    this.line += countLines(text);
    return text;
  }

  /** The error for a block that did not decode, naming the first line that does not. */
  private invalid(block: Uint8Array): ImportError {
    const name = this.name === 'utf-8' ? 'UTF-8' : this.name;
    const hint =
      this.name === 'utf-8' ? '; save the file as UTF-8, or declare its encoding (<?xml version="1.0" encoding="windows-1250"?>)' : '; save the file as UTF-8';
    const step = this.unit === 1 ? 1 : 2;
    const newline = (i: number) =>
      this.unit === 1 ? block[i] === 0x0a : this.unit === 'le' ? block[i] === 0x0a && block[i + 1] === 0 : block[i] === 0 && block[i + 1] === 0x0a;
    let line = this.line;
    for (let from = 0, i = 0; i <= block.length; i += step) {
      if (i < block.length && !newline(i)) continue;
      try {
        this.decoder!.decode(block.subarray(from, i));
      } catch {
        break;
      }
      line++;
      from = i + step;
    }
    return new ImportError(`the file is not valid ${name}: it holds bytes that are no character in it${hint}`, line);
  }
}

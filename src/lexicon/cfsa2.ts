// A reader of morfologik-fsa's CFSA2 automaton format (header `\fsa`, version 0xC6), the
// format of the vendored Morfologik dictionary. Written from the format's description:
//
//   header   '\' 'f' 's' 'a' 0xC6, flags (2 bytes, big-endian), label-table size N (1 byte),
//            N bytes of labels (index 0 unused)
//   node     [a v-int count, only with the NUMBERS flag] then its arcs, one after another
//   arc      flags byte: bit 7 target-next, bit 6 last arc of the node, bit 5 final (a sequence
//            ends with this arc), bits 0-4 index into the label table (0: the label is the
//            next byte); then, unless target-next, the target node's offset as a v-int
//            (7 bits a byte, least significant first, high bit = more bytes follow)
//
// A target-next arc points at the node that starts right after its own node's last arc.
// Offsets count from the first byte after the label table; offset 0 is a dummy node whose
// first arc leads to the root. Pure and allocation-free on the lookup path.
import { LexiconError } from './errors.ts';

const MAGIC = [0x5c, 0x66, 0x73, 0x61]; // "\fsa"
const VERSION = 0xc6;
const BIT_TARGET_NEXT = 0x80;
const BIT_LAST_ARC = 0x40;
const BIT_FINAL_ARC = 0x20;
const LABEL_INDEX_MASK = 0x1f;
const FLAG_NUMBERS = 1 << 8;
/** FLEXIBLE | STOPBIT | NEXTBIT | TAILS | NUMBERS | SEPARATORS: the flags the format defines. */
const KNOWN_FLAGS = 0b1111 | (1 << 8) | (1 << 9);

export class Cfsa2 {
  readonly root: number;

  private constructor(
    private readonly arcs: Uint8Array,
    private readonly labels: Uint8Array,
    private readonly hasNumbers: boolean,
  ) {
    this.root = this.target(this.firstArc(0));
  }

  static parse(bytes: Uint8Array): Cfsa2 {
    if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b))
      throw new LexiconError('faktograf/lexicon: not a morfologik automaton (the file does not start with "\\fsa")');
    if (bytes[4] !== VERSION) throw new LexiconError(`faktograf/lexicon: automaton version 0x${bytes[4]!.toString(16)} is not supported; only CFSA2 (0xc6) is`);
    const flags = (bytes[5]! << 8) | bytes[6]!;
    if (flags & ~KNOWN_FLAGS) throw new LexiconError(`faktograf/lexicon: unknown automaton flags 0x${flags.toString(16)}`);
    const labelCount = bytes[7]!;
    const labels = bytes.subarray(8, 8 + labelCount);
    return new Cfsa2(bytes.subarray(8 + labelCount), labels, (flags & FLAG_NUMBERS) !== 0);
  }

  firstArc(node: number): number {
    if (!this.hasNumbers) return node;
    while (this.arcs[node++]! & 0x80);
    return node;
  }

  /** The next arc of the same node, or 0 after the last one. */
  nextArc(arc: number): number {
    return this.arcs[arc]! & BIT_LAST_ARC ? 0 : this.skipArc(arc);
  }

  label(arc: number): number {
    const index = this.arcs[arc]! & LABEL_INDEX_MASK;
    return index > 0 ? this.labels[index]! : this.arcs[arc + 1]!;
  }

  isFinal(arc: number): boolean {
    return (this.arcs[arc]! & BIT_FINAL_ARC) !== 0;
  }

  /** The node an arc leads to; 0 for an arc that ends every sequence through it. */
  target(arc: number): number {
    const arcs = this.arcs;
    if (arcs[arc]! & BIT_TARGET_NEXT) {
      while (!(arcs[arc]! & BIT_LAST_ARC)) arc = this.skipArc(arc);
      return this.skipArc(arc);
    }
    let at = arc + ((arcs[arc]! & LABEL_INDEX_MASK) === 0 ? 2 : 1);
    let b = arcs[at]!;
    let value = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = arcs[++at]!;
      value |= (b & 0x7f) << shift;
    }
    return value;
  }

  /** The arc of `node` labelled `label`, or 0. */
  arc(node: number, label: number): number {
    for (let a = this.firstArc(node); a !== 0; a = this.nextArc(a)) if (this.label(a) === label) return a;
    return 0;
  }

  /**
   * Follows `seq[0..length)` from `node` and returns the last arc taken, or 0 when the
   * automaton has no such path.
   */
  walk(seq: Uint8Array, length: number, node = this.root): number {
    let arc = 0;
    for (let i = 0; i < length; i++) {
      if (i > 0) {
        node = this.target(arc);
        if (node === 0) return 0;
      }
      arc = this.arc(node, seq[i]!);
      if (arc === 0) return 0;
    }
    return arc;
  }

  /**
   * Every sequence accepted from `node`: calls `emit(buffer, length)` with a scratch buffer
   * that is reused, so copy what you keep.
   */
  each(node: number, emit: (buffer: Uint8Array, length: number) => void, scratch = new Uint8Array(256)): void {
    // Depth-first, one pending arc per level.
    const stack: number[] = [this.firstArc(node)];
    let buffer = scratch;
    while (stack.length) {
      const depth = stack.length - 1;
      const arc = stack[depth]!;
      if (arc === 0) {
        stack.pop();
        continue;
      }
      stack[depth] = this.nextArc(arc);
      if (depth >= buffer.length) {
        const grown = new Uint8Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      buffer[depth] = this.label(arc);
      if (this.isFinal(arc)) emit(buffer, depth + 1);
      const next = this.target(arc);
      if (next !== 0) stack.push(this.firstArc(next));
    }
  }

  private skipArc(offset: number): number {
    const flag = this.arcs[offset++]!;
    if ((flag & LABEL_INDEX_MASK) === 0) offset++;
    if ((flag & BIT_TARGET_NEXT) === 0) while (this.arcs[offset++]! & 0x80);
    return offset;
  }
}

// Files given as bytes: the encoding a file declares (byte order mark, XML declaration)
// is the one it is read in, and bytes invalid in it are refused with their line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteDecoder } from './decode.ts';
import { createByteImporter, importGraph, ImportError, type Imported } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** `s` in a single-byte encoding: each character's code is its byte (`\xE9` → 0xE9). */
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
}

const gexf = (encoding: string | undefined, label: string) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n<node id="a" label="${label}"/>\n</nodes>\n</graph>\n</gexf>\n`;
const JSON_GRAPH = (label: string) => `{"nodes":[{"key":"a","attributes":{"label":"${label}"}}]}`;
const label = (r: Imported) => r.graph.getNodeAttribute('a', 'label');

function failure(file: Uint8Array, chunk = file.length): string {
  const importer = createByteImporter();
  try {
    for (let i = 0; i < file.length; i += chunk) importer.write(file.subarray(i, i + chunk));
    importer.close();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('the import did not fail');
}

describe('the encoding a file declares', () => {
  it('reads ISO-8859-1, ISO-8859-2 and windows-1250 as they say, not as UTF-8', () => {
    expect(label(importGraph(bytes(gexf('ISO-8859-1', 'Caf\xE9 M\xFCnchen'))))).toBe('Café München');
    expect(label(importGraph(bytes(gexf('ISO-8859-2', '\xA3\xF3d\xBC'))))).toBe('Łódź');
    expect(label(importGraph(bytes(gexf('windows-1250', 'Bia\xB3ystok \x9Club'))))).toBe('Białystok ślub');
    expect(label(importGraph(bytes(gexf('latin1', 'na\xEFve'))))).toBe('naïve');
  });

  it('reads UTF-16 with a byte order mark, either endianness, XML and JSON', () => {
    for (const endian of ['le', 'be'] as const) {
      expect(label(importGraph(utf16(gexf('UTF-16', 'Łódź 😀'), endian)))).toBe('Łódź 😀');
      expect(label(importGraph(utf16(JSON_GRAPH('Łódź 😀'), endian)))).toBe('Łódź 😀');
      // XML in UTF-16 without a byte order mark is told by its first `<?`.
      expect(label(importGraph(utf16(gexf('UTF-16', 'Łódź'), endian, false)))).toBe('Łódź');
    }
  });

  it('reads UTF-8 with or without a byte order mark, and keeps U+FEFF inside the text', () => {
    expect(label(importGraph(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(JSON_GRAPH('Łódź')))))).toBe('Łódź');
    expect(label(importGraph(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(gexf('UTF-8', 'Łódź')))))).toBe('Łódź');
    expect(label(importGraph(utf8(gexf(undefined, 'a\uFEFF/b'))))).toBe('a\uFEFF/b');
  });

  it('decodes the same in chunks of any size, characters split across chunks included', () => {
    const cases: Array<[Uint8Array, string]> = [
      [utf8(gexf('UTF-8', 'Łódź, 😀 / \uFEFF and \u00E9')), 'Łódź, 😀 / \uFEFF and \u00E9'],
      [utf16(gexf('UTF-16', 'Łódź, 😀 / x'), 'le'), 'Łódź, 😀 / x'],
      [utf16(gexf('UTF-16', 'Łódź, 😀 / x'), 'be'), 'Łódź, 😀 / x'],
      [bytes(gexf('ISO-8859-2', '\xA3\xF3d\xBC')), 'Łódź'],
    ];
    for (const [file, expected] of cases)
      for (const chunk of [1, 2, 3, 5, 7, 64]) {
        const importer = createByteImporter();
        for (let i = 0; i < file.length; i += chunk) importer.write(file.subarray(i, i + chunk));
        expect(label(importer.close())).toBe(expected);
      }
  });

  it('refuses invalid UTF-8 with its line instead of reading U+FFFD', () => {
    const [before, after] = gexf(undefined, 'ok"/>\n<node id="b" label="\u0000').split('\u0000') as [string, string];
    const file = concat(utf8(before), Uint8Array.of(0xc3, 0x28), utf8(after));
    for (const chunk of [file.length, 1, 3, 16])
      expect(failure(file, chunk)).toMatch(
        /^line 6: the file is not valid UTF-8: it holds bytes that are no character in it; save the file as UTF-8, or declare its encoding/,
      );
    // Latin-1 bytes in a file that declares nothing, an overlong form, a lone surrogate, a truncated end.
    expect(failure(utf8('{"nodes":[\n{"key":"caf\u0000"}]}').map((b) => (b === 0 ? 0xe9 : b)))).toMatch(/^line 2: the file is not valid UTF-8/);
    expect(failure(concat(utf8('{"nodes":[{"key":"'), Uint8Array.of(0xc0, 0xaf), utf8('"}]}')))).toMatch(/^line 1: the file is not valid UTF-8/);
    expect(failure(concat(utf8('{"nodes":[{"key":"'), Uint8Array.of(0xed, 0xa0, 0x80), utf8('"}]}')))).toMatch(/^line 1: the file is not valid UTF-8/);
    expect(failure(concat(utf8('{"nodes":[\n\n{"key":"a"}]}'), Uint8Array.of(0xe2, 0x82)))).toMatch(/^line 3: the file is not valid UTF-8/);
  });

  it('refuses bytes that are no character in the declared encoding, or in UTF-16', () => {
    expect(failure(bytes(gexf('ISO-8859-7', 'caf\xFF')))).toMatch(/^line 5: the file is not valid iso-8859-7: .*; save the file as UTF-8$/);
    const lone = utf16(gexf('UTF-16', 'x\uD800y'), 'le');
    expect(failure(lone)).toMatch(/^line 5: the file is not valid utf-16le/);
    expect(failure(lone, 3)).toMatch(/^line 5: the file is not valid utf-16le/);
  });

  it('says so when the declared encoding is unknown, unsupported or contradicts the bytes', () => {
    expect(failure(bytes(gexf('klingon-8', 'x')))).toBe(
      'line 1: the file declares encoding="klingon-8", which is not an encoding this reader knows; save the file as UTF-8',
    );
    expect(failure(bytes(gexf('ISO-2022-JP', 'x')))).toMatch(/^line 1: the file declares encoding="ISO-2022-JP", which is not supported/);
    expect(failure(bytes(gexf('UTF-16', 'x')))).toMatch(/^line 1: the file declares encoding="UTF-16", but its declaration is written in single bytes/);
  });

  it('counts the limit in bytes', () => {
    const file = utf8(gexf('UTF-8', 'x'.repeat(2000)));
    const importer = createByteImporter({ limits: { maxBytes: 1000 } });
    expect(() => {
      for (let i = 0; i < file.length; i += 100) importer.write(file.subarray(i, i + 100));
    }).toThrow(/the file is larger than the limit of 1000 bytes/);
  });
});

describe('ByteDecoder', () => {
  const decodeIn = (file: Uint8Array, cuts: number[]) => {
    const decoder = new ByteDecoder();
    const points = [...new Set(cuts.map((c) => c % (file.length + 1)))].sort((a, b) => a - b);
    let out = '';
    let from = 0;
    for (const p of [...points, file.length]) {
      out += decoder.write(file.subarray(from, p));
      from = p;
    }
    return out + decoder.end();
  };

  it('gives back any text, however its bytes are cut, in UTF-8 and UTF-16 either way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 12 }), (s, cuts) => {
        const text = new TextDecoder().decode(utf8(s)); // lone surrogates are not text
        // A leading U+FEFF without a byte order mark is one.
        expect(decodeIn(utf8(text), cuts)).toBe(text.replace(/^\uFEFF/, ''));
        expect(decodeIn(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)), cuts)).toBe(text);
        expect(decodeIn(utf16(text, 'le'), cuts)).toBe(text);
        expect(decodeIn(utf16(text, 'be'), cuts)).toBe(text);
      }),
    );
  });
});

// The nesting bound skips strings by searching for their closing quote; it must count
// exactly what a scan of every character counts, escapes and brackets in strings included.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nestingDepth, parseJson } from './limits.ts';

/** The plain scan: every character, a flag for "inside a string". */
function naiveDepth(text: string): number {
  let [depth, deepest, inString] = [0, 0, false];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

const tricky = fc.string({ unit: fc.constantFrom('a', '"', '\\', '[', ']', '{', '}', ' ', 'ą') });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(tricky, tie('value'), { maxKeys: 3 })),
})).value;

describe('nestingDepth', () => {
  test('counts as a scan of every character does, on JSON', () => {
    fc.assert(
      fc.property(json, (v) => nestingDepth(JSON.stringify(v)) === naiveDepth(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  test('counts as a scan of every character does, on any text of quotes, backslashes and brackets', () => {
    fc.assert(
      fc.property(tricky, (text) => nestingDepth(text) === naiveDepth(text)),
      { numRuns: 2000 },
    );
  });

  test('brackets in strings, escaped quotes and runs of backslashes', () => {
    expect(nestingDepth('["[[[", "\\\\", [["\\"[" ]]]')).toBe(3);
    expect(() => parseJson(`${'['.repeat(65)}${']'.repeat(65)}`, 64, 'the file')).toThrow(/nested deeper than 64 levels/);
    expect(parseJson(`{"a":"${'['.repeat(100)}"}`, 64, 'the file')).toEqual({ a: '['.repeat(100) });
  });
});

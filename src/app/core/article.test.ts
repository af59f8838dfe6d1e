import { describe, expect, test } from 'vitest';
import { checkArticle, cleanArticleText, freeId, isIsoDate, today } from './article.ts';

describe('article input', () => {
  test.each([
    ['2025-07-13', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['13.07.2025', false],
    ['2025-7-13', false],
    ['', false],
  ])('%j is a date: %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  test.each([
    ['', '2025-07-13', 'errEmptyText'],
    ['\r\n \t\r\n', '2025-07-13', 'errEmptyText'],
    ['Tekst.', 'wczoraj', 'errInvalidDate'],
    ['Tekst.', '2025-07-13', null],
  ])('%j on %j: %s', (text, published, problem) => expect(checkArticle(text, published)).toBe(problem));

  test('line breaks become \\n and blank lines around the article go', () => {
    expect(cleanArticleText('\r\n\r\n  Tytuł\r\n\r\nTreść.\r\n\r\n')).toBe('  Tytuł\n\nTreść.');
  });

  test('today is the local calendar date', () => {
    expect(today(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });

  test('freeId numbers a taken id', () => {
    const taken = new Set(['a', 'a-2']);
    expect(freeId('b', (id) => taken.has(id))).toBe('b');
    expect(freeId('a', (id) => taken.has(id))).toBe('a-3');
  });
});

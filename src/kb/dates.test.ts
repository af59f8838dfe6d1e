import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates.ts';

// Each row: a text and what it is (null: refused). Leap years follow the proleptic
// Gregorian calendar of ISO 8601 over all of 0000–9999, the two-digit years included.
const ROWS: Array<[string, ReturnType<typeof parseIsoDate>]> = [
  ['2024-06-19', 'day'],
  ['2024-06', 'month'],
  ['2024', 'year'],
  ['0000', 'year'],
  ['0000-02-29', 'day'],
  ['0004-02-29', 'day'],
  ['0096-02-29', 'day'],
  ['0100-02-29', null],
  ['0400-02-29', 'day'],
  ['1900-02-29', null],
  ['2000-02-29', 'day'],
  ['2023-02-29', null],
  ['2024-02-29', 'day'],
  ['2025-02-30', null],
  ['2025-04-31', null],
  ['2025-12-31', 'day'],
  ['0001-01-01', 'day'],
  ['9999-12-31', 'day'],
  ['2025-00-10', null],
  ['2025-13', null],
  ['2025-01-00', null],
  ['2025-01-32', null],
  ['25-01-01', null],
  ['2025-1-1', null],
  ['2025-06-17T10:00', null],
];

describe('parseIsoDate', () => {
  it.each(ROWS)('%s is %s', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('agrees with the calendar of Date on every day of the years 1970–2100', () => {
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const next = new Date(t + 86_400_000);
      const iso = d.toISOString().slice(0, 10);
      expect(parseIsoDate(iso)).toBe('day');
      // The day after the last of a month does not exist in that month.
      if (next.getUTCDate() === 1) expect(parseIsoDate(`${iso.slice(0, 8)}${String(d.getUTCDate() + 1).padStart(2, '0')}`)).toBe(null);
    }
  });
});

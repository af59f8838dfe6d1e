// ISO 8601 calendar dates at year, month or day precision, years 0000–9999 of the
// proleptic Gregorian calendar (year 0000 is 1 BC, a leap year).

export type DatePrecision = 'year' | 'month' | 'day';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Days in a month (1–12), computed rather than asked of `Date`: `Date.UTC` reads the
 * years 0–99 as 1900–1999, so it would refuse 0000-02-29 and accept 0100-02-29.
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Returns the precision of a valid ISO date, month or year, or null. */
export function parseIsoDate(text: string): DatePrecision | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo === undefined) return 'year';
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return 'month';
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month) ? 'day' : null;
}

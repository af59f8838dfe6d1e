// ISO 8601 calendar dates at year, month or day precision.

export type DatePrecision = 'year' | 'month' | 'day';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days ? 'day' : null;
}

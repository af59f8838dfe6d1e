// Day numbers (days since 1970-01-01, UTC) of ISO days, for the timeline's axis.

const DAY = 86_400_000;

const utc = (y: number, monthIndex: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, monthIndex, d);
  return date;
};

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`; a day past the month's end, as `dateSpan`'s 31st, is its last day). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = utc(y, m, 0).getUTCDate();
  return Math.round(utc(y, m - 1, Math.min(d, last)).getTime() / DAY);
}

/** The ISO day of a day number. */
export function isoOfDay(n: number): string {
  return new Date(Math.round(n) * DAY).toISOString().slice(0, 10);
}

// Time in a dynamic graph file (GEXF `start`/`end`, `timestamp(s)`, `<spells>`), as the
// importer keeps it: an entity's own interval among its attributes, an edge's in its data,
// spells as a list. Read as day ranges, so the timeline's brush filters by them. Times
// that are not dates (GEXF `timeformat="double"` values other than years) are not read.
import { dateSpan } from '../../query/story.ts';
import type { EdgeAttributes, NodeAttributes } from '../../model/types.ts';
import { dayNumber } from './days.ts';

/** Days, both included; an open end is ±Infinity. */
export type DayRange = [start: number, end: number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The days a GEXF time spans: a year, a month, a day, or a dateTime's day; null when it is not a date. */
function daysOf(value: unknown): DayRange | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  const date = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(text)?.[0];
  if (!date || (date.length === 4 && text !== date && !/^\d{4}\.0*$/.test(text))) return null;
  const [from, to] = dateSpan(date);
  return [dayNumber(from), dayNumber(to)];
}

/** One element's interval from its `start`/`end` (either may be open) or `timestamp`. */
function interval(r: Record<string, unknown>): DayRange | null {
  if (r.timestamp !== undefined) return daysOf(r.timestamp);
  const start = r.start !== undefined ? daysOf(r.start) : null;
  const end = r.end !== undefined ? daysOf(r.end) : null;
  if ((r.start !== undefined && !start) || (r.end !== undefined && !end) || (!start && !end)) return null;
  return [start ? start[0] : -Infinity, end ? end[1] : Infinity];
}

/**
 * When an element exists: its spells, else its own interval or timestamps; null for an
 * element the file does not place in time (always shown).
 */
function rangesOf(own: Record<string, unknown> | undefined, data: Record<string, unknown> | undefined): DayRange[] | null {
  const spells = data?.spells;
  if (Array.isArray(spells)) {
    const ranges = spells
      .filter(isObject)
      .map(interval)
      .filter((r): r is DayRange => r !== null);
    if (ranges.length) return ranges;
  }
  const timestamps = data?.timestamps ?? own?.timestamps;
  if (Array.isArray(timestamps)) {
    const ranges = timestamps.map(daysOf).filter((r): r is DayRange => r !== null);
    if (ranges.length) return ranges;
  }
  const mine = own ? interval(own) : null;
  return mine ? [mine] : null;
}

export const nodeRanges = (a: NodeAttributes): DayRange[] | null => rangesOf(a.attributes, a.data);
/** An edge's own time: the importer keeps the file's edge attributes (start, end, spells) in `data`. */
export const edgeRanges = (a: EdgeAttributes): DayRange[] | null => rangesOf(a.data, a.data);

/** Whether any range meets the days `from`–`to`. */
export const meetsDays = (ranges: readonly DayRange[], from: number, to: number): boolean => ranges.some(([s, e]) => s <= to && e >= from);

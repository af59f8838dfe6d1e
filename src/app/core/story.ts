// What the timeline draws, from a dataset: each relation's claims at their dates (the
// event's, else the sources'), the sources at their publication dates, the days they span,
// and the outlets by name. Pure: the panel only scales and draws it.
import { dateSpan, timeline } from '../../query/story.ts';
import type { BuiltSource } from '../../model/types.ts';
import type { KnowledgeGraphData } from './types.ts';

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

export function publicationDates(dataset: { sources: ReadonlyMap<string, BuiltSource> }): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of dataset.sources.values()) if (typeof s.published === 'string' && s.published) out.set(s.id, s.published);
  return out;
}

/** A source's outlet identity, as the builder names it on evidence: `outlet.id`, else `source:<id>`. */
export const outletOf = (s: Pick<BuiltSource, 'id' | 'outlet'>) => s.outlet?.id ?? `source:${s.id}`;

/** Outlet id → its name (the first source's that gives one), for the outlet filter. */
export function outletNames(sources: Iterable<BuiltSource>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sources) if (!out.has(outletOf(s)) || (!out.get(outletOf(s)) && s.outlet?.name)) out.set(outletOf(s), s.outlet?.name ?? '');
  return out;
}

export interface TimelineEvent {
  relation: string;
  type: string;
  /** As written: a day, month or year. */
  date: string;
  dated: 'event' | 'published';
  /** The days the date spans. */
  start: number;
  end: number;
}

export interface TimelineSource {
  id: string;
  date: string;
  day: number;
}

export interface TimelineModel {
  events: TimelineEvent[];
  sources: TimelineSource[];
  /** First and last day of anything on the timeline; null when nothing is dated. */
  extent: [number, number] | null;
  /** The distinct publication dates, in order: the days "as of" can choose. */
  publicationDays: string[];
}

export function timelineModel(graph: KnowledgeGraphData, sources: ReadonlyMap<string, BuiltSource>): TimelineModel {
  const published = publicationDates({ sources });
  const relations = graph.mapEdges((id, a, from, to) => ({ id, from, to, type: a.relationType, qualifiers: a.qualifiers, evidence: a.evidence }));
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const e of timeline(relations, published)) {
    const key = `${e.relation}\u0000${e.date}`;
    if (!e.date || seen.has(key)) continue;
    seen.add(key);
    const [first, last] = dateSpan(e.date);
    events.push({ relation: e.relation, type: e.type, date: e.date, dated: e.dated, start: dayNumber(first), end: dayNumber(last) });
  }
  const dated = [...published].map(([id, date]) => ({ id, date, day: dayNumber(date) })).sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  const days = [...events.flatMap((e) => [e.start, e.end]), ...dated.map((s) => s.day)];
  return {
    events,
    sources: dated,
    extent: days.length ? [Math.min(...days), Math.max(...days)] : null,
    publicationDays: [...new Set(dated.map((s) => s.date))],
  };
}

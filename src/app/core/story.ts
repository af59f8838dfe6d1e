// What the timeline draws, from a dataset: each relation's claims at their dates (the
// event's, else the sources'), the sources at their publication dates, the days they span,
// and the outlets by name. Pure: the panel only scales and draws it.
import { dateSpan } from '../../query/story.ts';
import type { BuiltSource } from '../../model/types.ts';
import { dayNumber, isoOfDay } from './days.ts';
import { edgeRanges, nodeRanges, type DayRange } from './dynamic.ts';
import type { KnowledgeGraphData } from './types.ts';

export { dayNumber, isoOfDay } from './days.ts';

export function publicationDates(dataset: { sources: ReadonlyMap<string, BuiltSource> }): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of dataset.sources.values()) if (typeof s.published === 'string' && s.published) out.set(s.id, s.published);
  return out;
}

/** A source's outlet identity, as the builder names it on evidence: `outlet.id`, else `source:<id>`. */
const outletOf = (s: Pick<BuiltSource, 'id' | 'outlet'>) => s.outlet?.id ?? `source:${s.id}`;

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

/** "2002-01-01 – 2004-12-31", "2006-01-01 –" for an open end. */
const rangeText = (s: number, e: number) => `${Number.isFinite(s) ? isoOfDay(s) : ''} – ${Number.isFinite(e) ? isoOfDay(e) : ''}`.trim();

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
  // Days of each distinct date, computed once: a large knowledge base repeats few dates.
  const spans = new Map<string, [number, number]>();
  const span = (date: string) => {
    let days = spans.get(date);
    if (!days) spans.set(date, (days = dateSpan(date).map(dayNumber) as [number, number]));
    return days;
  };
  const events: TimelineEvent[] = [];
  // A dynamic file's entities set the extent too, so the brush reaches every one of them.
  let [first, last] = [Infinity, -Infinity];
  const reach = ([s, e]: DayRange) => ([first, last] = [Math.min(first, Number.isFinite(s) ? s : e), Math.max(last, Number.isFinite(e) ? e : s)]);
  graph.forEachNode((_n, a) => nodeRanges(a)?.forEach(reach));
  graph.forEachEdge((relation, a) => {
    const ranges = edgeRanges(a);
    if (ranges) {
      for (const [s, e] of ranges) {
        const [start, end] = [Number.isFinite(s) ? s : e, Number.isFinite(e) ? e : s];
        if (Number.isFinite(start)) events.push({ relation, type: a.relationType, date: rangeText(s, e), dated: 'event', start, end });
      }
      return;
    }
    const time = a.qualifiers?.time?.value;
    const dates = time ? [time] : [...new Set(a.evidence.map((e) => published.get(e.source) ?? ''))].filter(Boolean);
    for (const date of dates) {
      const [start, end] = span(date);
      events.push({ relation, type: a.relationType, date, dated: time ? 'event' : 'published', start, end });
    }
  });
  events.sort((x, y) => x.start - y.start || x.end - y.end || (x.relation < y.relation ? -1 : x.relation > y.relation ? 1 : 0));
  const dated = [...published].map(([id, date]) => ({ id, date, day: dayNumber(date) })).sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  // A loop, not Math.min(...days): a large knowledge base has more days than a call takes arguments.
  for (const e of events) [first, last] = [Math.min(first, e.start), Math.max(last, e.end)];
  for (const s of dated) [first, last] = [Math.min(first, s.day), Math.max(last, s.day)];
  return {
    events,
    sources: dated,
    extent: first <= last ? [first, last] : null,
    publicationDays: [...new Set(dated.map((s) => s.date))],
  };
}

/** One mark on the timeline: a relation's claims at one date, or (past `max` of those) every relation of a type at that date. */
export interface TimelineMark extends Omit<TimelineEvent, 'relation'> {
  relations: string[];
}

/** Past `max` events, marks are one per type and date, so a large knowledge base draws hundreds of marks, not a mark per relation. */
export function timelineMarks(events: readonly TimelineEvent[], max = 1500): TimelineMark[] {
  if (events.length <= max) return events.map(({ relation, ...rest }) => ({ ...rest, relations: [relation] }));
  const marks = new Map<string, TimelineMark>();
  for (const { relation, ...rest } of events) {
    const key = `${rest.type}\u0000${rest.date}\u0000${rest.dated}`;
    const mark = marks.get(key);
    if (mark) mark.relations.push(relation);
    else marks.set(key, { ...rest, relations: [relation] });
  }
  return [...marks.values()];
}

// Cuts a source text into runs that share one look: inside a mention or not, inside the
// quoted evidence or not, inside its sentence or not. The source panel renders one
// element per run, so a highlight covers exactly [start, end).
import type { Mention } from './mentions.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  entity: string | null;
  quote: boolean;
  sentence: boolean;
}

const inside = (span: Span | null, at: number) => span !== null && at >= span.start && at < span.end;

export function segmentText(length: number, mentions: Mention[], quote: Span | null, sentence: Span | null): Segment[] {
  const cuts = new Set([0, length]);
  for (const span of [...mentions, quote, sentence]) {
    if (!span) continue;
    cuts.add(Math.max(0, Math.min(length, span.start)));
    cuts.add(Math.max(0, Math.min(length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    const mention = mentions[m] && inside(mentions[m]!, start) ? mentions[m]! : null;
    segments.push({ start, end, entity: mention?.entity ?? null, quote: inside(quote, start), sentence: inside(sentence, start) });
  }
  return segments;
}

// Which place in its source an evidence quote stands for. A quote must occur there as
// whole words; when it occurs more than once, `prefix`/`suffix` (the words around it) and
// `occurrence` (1-based, counted among the places that fit them) say which place is meant.
// Without them the first is taken, with a warning: the quote may ground the wrong sentence.
import type { Evidence } from '../model/types.ts';
import { widenToWords, type CollapsedText, type Span } from './quotes.ts';

export interface EvidenceProblem {
  /** The key of the evidence item the problem is about. */
  key: 'quote' | 'occurrence' | 'prefix' | 'suffix';
  message: string;
  hint: string;
}

export type EvidenceOutcome = { span: Span; warning?: EvidenceProblem } | { span?: undefined; error: EvidenceProblem };

/** A source as evidence names it: its id, its text file and the text prepared for search. */
export interface QuotedSource {
  id: string;
  file: string;
  text: CollapsedText;
}

const disambiguate = (n: number) =>
  `add "occurrence: N" (1 to ${n}) to this evidence to say which one is meant, or "prefix:"/"suffix:" with the words right before or after it in the source`;

export function locateEvidence(source: QuotedSource, ev: Evidence): EvidenceOutcome {
  const { text } = source;
  const all = text.findAll(ev.quote);
  if (!all.length) return { error: notFound(source, ev.quote) };
  const context = ev.prefix !== undefined || ev.suffix !== undefined;
  const fit = context ? text.findAll(ev.quote, ev) : all;
  const around = [ev.prefix !== undefined && `the prefix "${ev.prefix}"`, ev.suffix !== undefined && `the suffix "${ev.suffix}"`].filter(Boolean).join(' and ');
  if (!fit.length)
    return {
      error: {
        key: ev.prefix !== undefined ? 'prefix' : 'suffix',
        message: `no occurrence of the quote in source "${source.id}" has ${around} (${times(all.length)}: ${where(source, all)})`,
        hint: 'copy the words right before or after the quote from the source text (whole words; only whitespace, Unicode form and quotation marks may differ), or leave them out',
      },
    };
  const fitting = context ? ` with ${around}` : '';
  if (ev.occurrence !== undefined) {
    const span = fit[ev.occurrence - 1];
    if (span) return { span };
    return {
      error: {
        key: 'occurrence',
        message: `occurrence ${ev.occurrence} does not exist: the quote occurs ${fit.length === 1 ? 'once' : `${fit.length} times`} in source "${source.id}"${fitting} (${where(source, fit)})`,
        hint: fit.length === 1 ? 'remove "occurrence", or correct the quote' : `use an occurrence from 1 to ${fit.length}`,
      },
    };
  }
  if (fit.length === 1) return { span: fit[0]! };
  return {
    span: fit[0]!,
    warning: {
      key: 'quote',
      message: `the quote occurs ${fit.length} times in source "${source.id}"${fitting} (${where(source, fit)}); the first is taken`,
      hint: disambiguate(fit.length),
    },
  };
}

function notFound(source: QuotedSource, quote: string): EvidenceProblem {
  const inside = source.text.findAll(quote, {}, { wholeWords: false });
  if (!inside.length)
    return {
      key: 'quote',
      message: `the quote is not found verbatim in source "${source.id}"`,
      hint: 'copy the words exactly from the source text (only whitespace, Unicode form and the style of quotation marks may differ); check spelling, case and punctuation',
    };
  const wide = widenToWords(source.text.text, inside[0]!);
  return {
    key: 'quote',
    message: `the quote is found in source "${source.id}" only inside longer words (${where(source, inside)})`,
    hint: `quote whole words, e.g. "${source.text.text.slice(wide.start, wide.end).replace(/\s+/g, ' ')}"`,
  };
}

const times = (n: number) => (n === 1 ? 'it occurs once' : `it occurs ${n} times`);

/** "sources/x.txt, lines 3, 7 and 12": where the spans start, at most 8 lines named. */
function where(source: QuotedSource, spans: Span[]): string {
  const lines = [
    ...new Set(
      lineNumbers(
        source.text.text,
        spans.map((s) => s.start),
      ),
    ),
  ];
  const shown = lines.slice(0, 8).map(String);
  if (lines.length > 8) shown.push(`${lines.length - 8} more`);
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return `${source.file}, line${lines.length === 1 ? '' : 's'} ${list}`;
}

/** 1-based line numbers of ascending offsets, counted in one pass. */
function lineNumbers(text: string, offsets: number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    out.push(line);
  }
  return out;
}

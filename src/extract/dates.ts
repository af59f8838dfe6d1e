// Dates in Polish news text, resolved against the publication date and kept at the
// precision the text gives: "9 listopada" (day), "w czerwcu ubiegłego roku" (month),
// "w listopadzie" (the latest November up to publication), "w środę" (the latest
// Wednesday), "w 2024 r." (year), "jesienią ubiegłego roku" (year).
import { own } from '../model/own.ts';
import type { Token } from './tokens.ts';
import { ExtractError } from './errors.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  /** ISO date, month or year. */
  iso: string;
  precision: DatePrecision;
  start: number;
  end: number;
  /** Token indices `[first, last]`. */
  first: number;
  last: number;
}

const MONTHS: Array<[number, RegExp]> = [
  [1, /^stycz(eń|nia|niu)$/],
  [2, /^lut(y|ego|ym)$/],
  [3, /^mar(zec|ca|cu)$/],
  [4, /^kwie(cień|tnia|tniu)$/],
  [5, /^maj(a|u)?$/],
  [6, /^czerw(iec|ca|cu)$/],
  [7, /^lip(iec|ca|cu)$/],
  [8, /^sierp(ień|nia|niu)$/],
  [9, /^wrze(sień|śnia|śniu)$/],
  [10, /^październik(a|u)?$/],
  [11, /^listopad(a|zie)?$/],
  [12, /^grud(zień|nia|niu)$/],
];
// getUTCDay numbering: 0 = Sunday.
const WEEKDAYS: Array<[number, RegExp]> = [
  [1, /^poniedział(ek|ku)$/],
  [2, /^wtor(ek|ku)$/],
  [3, /^środ(a|ę|y|zie)$/],
  [4, /^czwart(ek|ku)$/],
  [5, /^piąt(ek|ku)$/],
  [6, /^sobot(a|ę|y|zie)$/],
  [0, /^niedziel(a|ę|i)$/],
];
const SEASON = /^(jesie(ń|ni|nią)|wiosn(a|y|ą|ie)|lat(o|em)|leci(e)|zim(a|y|ą|ie))$/;
const RELATIVE_DAY: Record<string, number> = { dziś: 0, dzisiaj: 0, wczoraj: -1, przedwczoraj: -2 };
const PAST = /^(ubiegł|zeszł|poprzedni)/;
const THIS = /^(t(ego|ym|en)|bieżąc)/;
const NEXT = /^(przyszł|następn)/;
const YEAR_WORD = /^(rok|roku|r\.)$/;
const MONTH_WORD = /^(miesiąc|miesiąca|miesiącu)$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every date in `tokens[from, to)`, left to right. */
export function findDates(tokens: readonly Token[], published: string, from = 0, to = tokens.length): DateMention[] {
  const pub = parsePublished(published);
  const out: DateMention[] = [];
  const word = (i: number) => (i < to ? tokens[i]!.lower : '');
  const isYear = (i: number) => i < to && tokens[i]!.kind === 'number' && /^(19|20)\d\d$/.test(tokens[i]!.text);
  const push = (iso: string, precision: DatePrecision, first: number, last: number) =>
    out.push({ iso, precision, start: tokens[first]!.start, end: tokens[last]!.end, first, last });

  /** A year named after a month or season: "2024 r.", "ubiegłego roku", "tego roku". */
  const yearAfter = (i: number): { year: number; last: number } | null => {
    if (isYear(i)) return { year: Number(tokens[i]!.text), last: YEAR_WORD.test(word(i + 1)) ? i + 1 : i };
    if (YEAR_WORD.test(word(i + 1))) {
      if (PAST.test(word(i))) return { year: pub.year - 1, last: i + 1 };
      if (THIS.test(word(i))) return { year: pub.year, last: i + 1 };
      if (NEXT.test(word(i))) return { year: pub.year + 1, last: i + 1 };
    }
    return null;
  };

  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    if (t.kind === 'number' && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t.text)) {
      const [d, m, y] = t.text.split('.').map(Number) as [number, number, number];
      push(`${y}-${pad(m)}-${pad(d)}`, 'day', i, i);
      continue;
    }
    const month = MONTHS.find(([, re]) => re.test(w))?.[0];
    if (month) {
      const dayToken = i - 1 >= from ? tokens[i - 1]! : undefined;
      const day = dayToken?.kind === 'number' && /^\d{1,2}$/.test(dayToken.text) && Number(dayToken.text) <= 31 ? Number(dayToken.text) : 0;
      const y = yearAfter(i + 1);
      const year = y?.year ?? latestYear(pub, month, day || 1);
      push(day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`, day ? 'day' : 'month', day ? i - 1 : i, y?.last ?? i);
      if (y) i = y.last;
      continue;
    }
    const weekday = WEEKDAYS.find(([, re]) => re.test(w))?.[0];
    if (weekday !== undefined && /^(w|we|na|z|od|do)$/.test(word(i - 1))) {
      const back = (pub.weekday - weekday + 7) % 7;
      push(iso(addDays(pub.date, -back)), 'day', i - 1, i);
      continue;
    }
    const relative = own(RELATIVE_DAY, w);
    if (relative !== undefined && t.kind === 'word') {
      push(iso(addDays(pub.date, relative)), 'day', i, i);
      continue;
    }
    if (SEASON.test(w)) {
      const y = yearAfter(i + 1);
      push(String(y?.year ?? pub.year), 'year', i, y?.last ?? i);
      if (y) i = y.last;
      continue;
    }
    if (isYear(i) && (YEAR_WORD.test(word(i + 1)) || /^(w|we|od|do|z|roku)$/.test(word(i - 1)))) {
      const last = YEAR_WORD.test(word(i + 1)) ? i + 1 : i;
      push(tokens[i]!.text, 'year', i, last);
      i = last;
      continue;
    }
    // "w ubiegłym roku", "w tym miesiącu"
    if ((PAST.test(w) || THIS.test(w) || NEXT.test(w)) && (/^(roku|rok)$/.test(word(i + 1)) || MONTH_WORD.test(word(i + 1)))) {
      const shift = PAST.test(w) ? -1 : NEXT.test(w) ? 1 : 0;
      if (MONTH_WORD.test(word(i + 1))) {
        const d = new Date(Date.UTC(pub.year, pub.month - 1 + shift, 1));
        push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month', i, i + 1);
      } else push(String(pub.year + shift), 'year', i, i + 1);
      i++;
    }
  }
  return out;
}

interface Published {
  date: Date;
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function parsePublished(published: string): Published {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) throw new ExtractError(`faktograf/extract: the publication date "${published}" is not YYYY-MM-DD`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return { date, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** The year in which month/day last fell on or before publication. */
function latestYear(pub: Published, month: number, day: number): number {
  return month < pub.month || (month === pub.month && day <= pub.day) ? pub.year : pub.year - 1;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

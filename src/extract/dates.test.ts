import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokens.ts';

const dates = (text: string, published: string) => {
  const { tokens } = tokenize(text);
  return findDates(tokens, published).map((d) => [d.iso, d.precision, text.slice(d.start, d.end)]);
};

describe('findDates', () => {
  it.each([
    ['podpisany w czerwcu ubiegłego roku w Pjongjangu', '2025-06-17', ['2024-06', 'month', 'czerwcu ubiegłego roku']],
    ['a następnie ratyfikowany w listopadzie', '2025-06-17', ['2024-11', 'month', 'listopadzie']],
    ['doniesienia z czerwca tego roku', '2025-06-17', ['2025-06', 'month', 'czerwca tego roku']],
    ['w marcu Szojgu rozmawiał', '2025-06-05', ['2025-03', 'month', 'marcu']],
    ['spotkał się w środę', '2025-06-05', ['2025-06-04', 'day', 'w środę']],
    ['podała w poniedziałek', '2025-04-28', ['2025-04-28', 'day', 'w poniedziałek']],
    ['przybył we wtorek', '2023-09-14', ['2023-09-12', 'day', 'we wtorek']],
    ['podpisał ustawę 9 listopada', '2024-11-12', ['2024-11-09', 'day', '9 listopada']],
    ['dnia 17 czerwca 2025 r. w Pjongjangu', '2025-07-01', ['2025-06-17', 'day', '17 czerwca 2025 r.']],
    ['Duma ratyfikowała traktat w październiku', '2024-11-12', ['2024-10', 'month', 'październiku']],
    ['w grudniu', '2025-06-17', ['2024-12', 'month', 'grudniu']],
    ['w 2024 r. podpisano', '2025-06-17', ['2024', 'year', '2024 r.']],
    ['od jesieni ubiegłego roku', '2025-02-13', ['2024', 'year', 'jesieni ubiegłego roku']],
    ['odwiedzi Rosję jeszcze w tym roku', '2025-02-13', ['2025', 'year', 'tym roku']],
    ['jak podano wczoraj', '2025-01-01', ['2024-12-31', 'day', 'wczoraj']],
    ['17.06.2025', '2025-07-01', ['2025-06-17', 'day', '17.06.2025']],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)[0]).toEqual(expected);
  });

  it('reads words that an object answers to as words, not dates', () => {
    expect(dates('Constructor podpisał umowę, a toString i hasOwnProperty wczoraj', '2025-01-01')).toEqual([['2024-12-31', 'day', 'wczoraj']]);
  });

  it('refuses a malformed publication date', () => {
    expect(() => dates('w środę', '17.06.2025')).toThrow(/not YYYY-MM-DD/);
  });
});

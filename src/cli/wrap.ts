// Fitting text to a terminal: word wrapping and tables whose columns share the width.

/** The width output is laid out for: the terminal's, else $COLUMNS, else 100 (a pipe or a file). */
export function outputWidth(columns: number | undefined, env: Record<string, string | undefined> = process.env): number {
  if (columns && columns > 0) return Math.max(40, columns);
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? Math.max(40, fromEnv) : 100;
}

/**
 * Breaks text into lines of at most `width` characters at spaces; a word longer than the
 * width is cut. Counts code points, so a Polish or Korean letter is one column.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      let rest = [...word];
      while (rest.length) {
        const room = line ? w - [...line].length - 1 : w;
        if (rest.length <= room) {
          line = line ? `${line} ${rest.join('')}` : rest.join('');
          rest = [];
        } else if (line && rest.length <= w) {
          lines.push(line);
          line = '';
        } else {
          const take = line ? room : w;
          if (take <= 0) {
            lines.push(line);
            line = '';
            continue;
          }
          lines.push(line ? `${line} ${rest.slice(0, take).join('')}` : rest.slice(0, take).join(''));
          line = '';
          rest = rest.slice(take);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

const len = (s: string) => [...s].length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - len(s)));

/**
 * Column widths that fit `width` with two spaces between columns: each column takes what
 * its longest cell needs; while the sum is too wide, the widest column gives up a
 * character, first down to its longest word (so words are not cut), then down to the
 * longest word of its header (or `min`).
 */
export function fitColumns(header: string[], rows: string[][], width: number, min = 4): number[] {
  const words = (s: string) => s.split(/\s+/).map(len);
  const widths = header.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ''))));
  const longestWord = header.map((h, i) => Math.max(...words(h), ...rows.flatMap((r) => words(r[i] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (const floor of [
    longestWord.map((w, i) => Math.min(widths[i]!, Math.max(min, w))),
    header.map((h, i) => Math.min(widths[i]!, Math.max(min, ...words(h)))),
  ]) {
    while (total() > width) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  return widths;
}

/**
 * A table within `width`: cells too long for their column wrap onto more lines. Where even
 * that cannot fit (a narrow terminal), each row becomes a record: one "HEADER: value" line
 * per column, wrapped.
 */
export function fittedTable(header: string[], rows: string[][], width: number): { head: string[]; rows: string[][] } {
  const widths = fitColumns(header, rows, width);
  if (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) > width) {
    const label = Math.max(...header.map(len)) + 2;
    const record = (cells: string[]) =>
      cells.flatMap((c, i) => wrap(c, width - label).map((l, j) => (j ? ' '.repeat(label) : pad(`${header[i]}:`, label)) + l));
    return { head: [], rows: rows.map((r, i) => [...(i ? [''] : []), ...record(r)]) };
  }
  const render = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let l = 0; l < height; l++)
      lines.push(
        wrapped
          .map((w, i) => pad(w[l] ?? '', widths[i]!))
          .join('  ')
          .trimEnd(),
      );
    return lines;
  };
  return { head: [...render(header), widths.map((w) => '─'.repeat(w)).join('  ')], rows: rows.map(render) };
}

// The progress bar: drawn only through a terminal's status line, never with --quiet.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.ts';
import { main } from './main.ts';
import { progressFor, progressLine } from './progress.ts';

const MINI = join(import.meta.dirname, '..', 'kb', 'fixtures', 'mini');

function terminal(columns = 80): { io: CliIO; lines: string[]; err: string[] } {
  const lines: string[] = [];
  const err: string[] = [];
  return { io: { out: () => undefined, err: (t) => void err.push(t), cwd: process.cwd(), status: (l) => void lines.push(l), columns }, lines, err };
}

describe('progress', () => {
  it('draws a bar when the total is known, a count when it is not', () => {
    expect(progressLine('reading g.gexf', 3 * 2 ** 20, 6 * 2 ** 20, 'B', 1.25, 100)).toBe(
      'reading g.gexf  [####################....................]   50%  3.0 MiB of 6.0 MiB  1.3 s',
    );
    expect(progressLine('reading g.gexf', 3 * 2 ** 20, 6 * 2 ** 20, 'B', 1.25, 80)).toBe(
      'reading g.gexf  [##############..............]   50%  3.0 MiB of 6.0 MiB  1.3 s',
    );
    expect(progressLine('writing', 1234, undefined, 'files', 2)).toBe('writing  1,234 files  2.0 s');
    expect(progressLine('x'.repeat(200), 1, 2, '', 0, 60)).toHaveLength(59);
  });

  it('shows the stages of a build on a terminal and clears the line at the end', async () => {
    // A pseudo-terminal may report 0 columns: the line is then as wide as a usual terminal.
    const t = terminal(0);
    const out = mkdtempSync(join(tmpdir(), 'faktograf-progress-'));
    expect(await main(['build', MINI, '--out', out, '--iterations', '5'], t.io)).toBe(0);
    const labels = t.lines.map((l) => l.replace(/ {2}.*$/, ''));
    expect([...new Set(labels)]).toEqual(['reading and validating', 'building the graph', 'laying out (5 ForceAtlas2 iterations)', 'writing', '']);
    expect(t.lines.at(-1)).toBe('');
    for (const line of t.lines.slice(0, -1)) expect(line).toMatch(/ \d+\.\d s$/);
  });

  it('draws nothing with --quiet or without a terminal', async () => {
    const t = terminal();
    expect(await main(['build', MINI, '--out', mkdtempSync(join(tmpdir(), 'faktograf-progress-')), '--quiet'], t.io)).toBe(0);
    expect(t.lines).toEqual([]);
    const silent = progressFor({ out: () => undefined, err: () => undefined, cwd: '.' }, {});
    expect(() => (silent.stage('x', 1), silent.advance(), silent.end())).not.toThrow();
  });
});

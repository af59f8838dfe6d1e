// Progress of long work (build, synth, export, import) on the terminal: one line on stderr,
// redrawn in place. Only when stderr is a terminal (CliIO.status) and without --quiet;
// piped or redirected, nothing is drawn. No colour: the bar is text.
import type { CliIO } from './io.ts';

export interface Progress {
  /** Starts a stage: with `total` units a bar, without a running count; `done` units already done. */
  stage(label: string, total?: number, unit?: string, done?: number): void;
  /** Adds `units` to the current stage. */
  advance(units?: number): void;
  /** Clears the line; what the command prints next starts on a clean line. */
  end(): void;
}

const SILENT: Progress = { stage: () => undefined, advance: () => undefined, end: () => undefined };

/** Redraws at most this often (ms): a 100k-entity build advances millions of times. */
const INTERVAL = 100;

const count = (n: number, unit: string) => (unit === 'B' ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n.toLocaleString('en')}${unit ? ` ${unit}` : ''}`);

/** The line drawn for a stage: label, bar (when the total is known), counts and seconds. */
export function progressLine(label: string, done: number, total: number | undefined, unit: string, seconds: number, width = 80): string {
  const time = `${seconds.toFixed(1)} s`;
  if (total === undefined || total <= 0) return `${label}  ${done ? `${count(done, unit)}  ` : ''}${time}`.slice(0, width - 1);
  const share = Math.min(1, done / total);
  const tail = `${String(Math.floor(share * 100)).padStart(3)}%  ${count(done, unit)} of ${count(total, unit)}  ${time}`;
  const barWidth = Math.max(10, Math.min(40, width - 1 - label.length - tail.length - 6));
  const full = Math.round(share * barWidth);
  return `${label}  [${'#'.repeat(full)}${'.'.repeat(barWidth - full)}]  ${tail}`.slice(0, width - 1);
}

export function progressFor(io: CliIO, values: { quiet?: unknown }): Progress {
  const status = io.status;
  if (!status || values.quiet) return SILENT;
  let label = '';
  let total: number | undefined;
  let unit = '';
  let done = 0;
  let started = 0;
  let drawn = 0;
  const draw = (force = false) => {
    const now = performance.now();
    if (!force && now - drawn < INTERVAL) return;
    drawn = now;
    status(progressLine(label, done, total, unit, (now - started) / 1000, io.columns || 80));
  };
  return {
    stage(l, t, u = '', already = 0) {
      label = l;
      total = t;
      unit = u;
      done = already;
      started = performance.now();
      draw(true);
    },
    advance(units = 1) {
      done += units;
      draw();
    },
    end() {
      status('');
    },
  };
}

/** Passes chunks through, counting their bytes (UTF-16 length, close enough for a bar). */
export function* counted(chunks: Iterable<string>, progress: Progress): Generator<string> {
  for (const chunk of chunks) {
    progress.advance(chunk.length);
    yield chunk;
  }
}

// What a command may touch: its output streams. Injected so tests can capture them.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Redraws the status line (a progress bar); only when stderr is a terminal. '' clears it. */
  status?(line: string): void;
  /** The terminal's width, when stderr is one. */
  columns?: number;
  /** The width of the terminal stdout writes to, when it is one (tables fit it). */
  outColumns?: number;
}

/** Set while a status line is on the terminal: a message to stderr replaces it first. */
let statusShown = false;
const CLEAR_LINE = '\r\x1b[2K';

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => {
    if (statusShown) process.stderr.write(CLEAR_LINE);
    statusShown = false;
    process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);
  },
  cwd: process.cwd(),
  ...(process.stdout.isTTY ? { outColumns: process.stdout.columns } : {}),
  ...(process.stderr.isTTY
    ? {
        status: (line: string) => {
          process.stderr.write(`${CLEAR_LINE}${line}`);
          statusShown = line !== '';
        },
        columns: process.stderr.columns,
      }
    : {}),
};

/**
 * A reader that stops early (`faktograf export | head`) closes the pipe: the rest of the
 * output has nowhere to go, and that is success, not a crash. Any other failure to write
 * the output is one line on stderr.
 */
export function handleOutputErrors(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`faktograf: cannot write the output: ${e.code ?? e.message}\n`);
    process.exit(1);
  });
}

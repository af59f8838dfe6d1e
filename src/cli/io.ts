// What a command may touch: its output streams. Injected so tests can capture them.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Where a progress bar goes: set only when stderr is a terminal (absent when piped). */
  progress?: (text: string) => void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  cwd: process.cwd(),
  ...(process.stderr.isTTY ? { progress: (t: string) => void process.stderr.write(t) } : {}),
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

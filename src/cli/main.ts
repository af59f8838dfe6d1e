// `faktograf`: the command line. Each command only parses input, calls the core and prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, helpText } from './args.ts';
import { COMMANDS } from './commands.ts';
import { AmbiguousName, CommandFailed } from './errors.ts';
import { processIO, type CliIO } from './io.ts';
import { didYouMean } from '../model/suggest.ts';
import { KnowledgeBaseError } from '../kb/diagnostics.ts';
import { errnoCode, ioReason, OutputError } from '../node/io-error.ts';

/** Exit codes: 0 success, 1 failure, 2 usage error, 3 a name that means several entities. */
const EXIT = { ok: 0, failed: 1, usage: 2, ambiguous: 3 } as const;

/** The overview's name column: as wide as the longest command name. */
const NAME_WIDTH = Math.max(...COMMANDS.map((c) => c.name.length));

function overview(): string {
  return [
    'faktograf: turn news articles into a knowledge graph where every fact carries its evidence.',
    '',
    'usage: faktograf <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(NAME_WIDTH)} ${c.summary}`),
    '',
    'options of every command: -h, --help; -q, --quiet (no progress bar).',
    'faktograf --version prints the version.',
    'Run "faktograf <command> --help" for a command\'s options.',
  ].join('\n');
}

/** The version of the package, from the package.json next to src/ or lib/. */
function version(): string {
  return (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  // As git and npm do: a bare `faktograf` is a request for help.
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(version());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const what = name.startsWith('-') ? 'option' : 'command';
    const known = what === 'option' ? ['--help', '--version'] : COMMANDS.map((c) => c.name);
    io.err(`faktograf: unknown ${what} "${name}". ${didYouMean(name, known)}\n\n${overview()}`);
    return EXIT.usage;
  }
  try {
    const { spec, run } = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(helpText(spec));
      return EXIT.ok;
    }
    return await run(rest, io);
  } catch (e) {
    if (e instanceof AmbiguousName && rest.includes('--json')) io.out(JSON.stringify({ ambiguous: e.query, candidates: e.candidates }, null, 2));
    return reportFailure(entry.name, e, io);
  }
}

/**
 * One line (a diagnostic list for a knowledge base) for every failure, never a stack trace:
 * usage errors exit 2, everything else 1. An unexpected error shows its stack only with
 * FAKTOGRAF_DEBUG=1.
 */
function reportFailure(command: string, e: unknown, io: CliIO): number {
  const prefix = `faktograf ${command}:`;
  if (e instanceof UsageError) {
    io.err(`${prefix} ${e.message}`);
    return EXIT.usage;
  }
  if (e instanceof AmbiguousName) {
    io.err(`${prefix} ${e.message}`);
    return EXIT.ambiguous;
  }
  if (e instanceof CommandFailed || e instanceof KnowledgeBaseError || e instanceof OutputError || (e instanceof Error && e.message.startsWith('faktograf'))) {
    io.err(`${prefix} ${e.message.replace(/^faktograf: /, '')}`);
    return 1;
  }
  const code = errnoCode(e);
  if (code) {
    const { syscall, path } = e as NodeJS.ErrnoException;
    io.err(`${prefix} ${syscall ? `cannot ${syscall}` : 'failed'}${path ? ` ${path}` : ''}: ${ioReason(e)}`);
    return 1;
  }
  if (process.env.FAKTOGRAF_DEBUG === '1') io.err(`${prefix} internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  else io.err(`${prefix} internal error: ${e instanceof Error ? e.message : String(e)} (run again with FAKTOGRAF_DEBUG=1 to see where, and report it)`);
  return 1;
}

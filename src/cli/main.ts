// `faktograf`: the command line. Each command only parses input, calls the core and prints.
import { UsageError, helpText, type CommandSpec } from './args.ts';
import { buildCommand, buildSpec } from './commands/build.ts';
import { conflictsCommand, conflictsSpec } from './commands/conflicts.ts';
import { entityCommand, entitySpec } from './commands/entity.ts';
import { exportCommand, exportSpec } from './commands/export.ts';
import { extractCommand, extractSpec } from './commands/extract.ts';
import { importCommand, importSpec } from './commands/import.ts';
import { mergeCommand, mergeSpec } from './commands/merge.ts';
import { pathCommand, pathSpec } from './commands/path.ts';
import { relationsCommand, relationsSpec } from './commands/relations.ts';
import { seriesCommand, seriesSpec } from './commands/series.ts';
import { synthCommand, synthSpec } from './commands/synth.ts';
import { timelineCommand, timelineSpec } from './commands/timeline.ts';
import { validateCommand, validateSpec } from './commands/validate.ts';
import { CommandFailed } from './context.ts';
import { processIO, type CliIO } from './io.ts';
import { didYouMean } from '../model/suggest.ts';
import { KnowledgeBaseError } from '../kb/diagnostics.ts';
import { errnoCode, ioReason, OutputError } from '../node/io-error.ts';

type Command = [CommandSpec, (argv: string[], io: CliIO) => Promise<number>];

const COMMANDS: Command[] = [
  [validateSpec, validateCommand],
  [buildSpec, buildCommand],
  [entitySpec, entityCommand],
  [relationsSpec, relationsCommand],
  [conflictsSpec, conflictsCommand],
  [timelineSpec, timelineCommand],
  [seriesSpec, seriesCommand],
  [pathSpec, pathCommand],
  [exportSpec, exportCommand],
  [importSpec, importCommand],
  [synthSpec, synthCommand],
  [extractSpec, extractCommand],
  [mergeSpec, mergeCommand],
];

function overview(): string {
  return [
    'faktograf: turn news articles into a knowledge graph where every fact carries its evidence.',
    '',
    'usage: faktograf <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map(([s]) => `  ${s.name.padEnd(12)} ${s.summary.split('. ')[0]}`),
    '',
    'Run "faktograf <command> --help" for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find(([s]) => s.name === name);
  if (!command) {
    io.err(`faktograf: unknown command "${name}". ${didYouMean(name, COMMANDS.map(([s]) => s.name))}\n\n${overview()}`);
    return 2;
  }
  const [spec, run] = command;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpText(spec));
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    return reportFailure(spec.name, e, io);
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
    return 2;
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

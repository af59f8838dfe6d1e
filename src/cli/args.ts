// Argument parsing shared by the commands: strict options, a clear usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../model/suggest.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Help lines for options and arguments. */
  help: string[];
  positionals: { min: number; max: number };
}

/** Options every command takes. */
const COMMON = { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } } as const;

export function parseCommand(spec: CommandSpec, argv: string[]) {
  const options = { ...spec.options, ...COMMON };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional.*$/s, '');
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
    const hint = unknown
      ? didYouMean(
          unknown,
          Object.keys(options).map((o) => `--${o}`),
        )
      : '';
    throw new UsageError(`${message}${hint ? `; ${hint}` : ''}\nusage: ${spec.usage}`);
  }
  const { values, positionals } = parsed;
  if (!values.help && (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max)) {
    const expected = spec.positionals.min === spec.positionals.max ? `${spec.positionals.min}` : `${spec.positionals.min} to ${spec.positionals.max}`;
    throw new UsageError(`expected ${expected} argument${spec.positionals.max === 1 ? '' : 's'}, got ${positionals.length}\nusage: ${spec.usage}`);
  }
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}

/**
 * The known value an option names, whatever its case (`--format GEXF`, `--type announced`),
 * or a usage error suggesting the nearest.
 */
export function enumValue<T extends string>(what: string, value: string, known: readonly T[]): T {
  const found = known.find((k) => k === value) ?? known.find((k) => k.toLowerCase() === value.toLowerCase());
  if (found) return found;
  const hint = didYouMean(value, known);
  throw new UsageError(`unknown ${what} "${value}"; ${what}s: ${known.join(', ')}${hint ? ` (${hint})` : ''}`);
}

/** A comma-separated list of known values, each matched as by `enumValue`. */
export function enumList<T extends string>(what: string, value: string, known: readonly T[]): T[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => enumValue(what, item, known));
}

export function helpText(spec: CommandSpec): string {
  return [
    `usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    ...spec.help,
    '  -q, --quiet         no progress bar on the terminal',
    '  -h, --help          show this help',
  ].join('\n');
}

// Argument parsing shared by the commands: strict options, a clear usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Help lines for options and arguments. */
  help: string[];
  positionals: { min: number; max: number };
}

export function parseCommand(spec: CommandSpec, argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\. To specify a positional.*$/s, '')}\nusage: ${spec.usage}`);
  }
  const { values, positionals } = parsed;
  if (!values.help && (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max)) {
    const expected = spec.positionals.min === spec.positionals.max ? `${spec.positionals.min}` : `${spec.positionals.min} to ${spec.positionals.max}`;
    throw new UsageError(`expected ${expected} argument${spec.positionals.max === 1 ? '' : 's'}, got ${positionals.length}\nusage: ${spec.usage}`);
  }
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}

export function helpText(spec: CommandSpec): string {
  return [`usage: ${spec.usage}`, '', spec.summary, '', ...spec.help, '  -h, --help          show this help'].join('\n');
}

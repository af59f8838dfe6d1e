// What --json prints: one JSON document on stdout, indented, the same keys every time.
import type { Diagnostic } from '../kb/diagnostics.ts';
import type { CliIO } from './io.ts';

export const JSON_OPTION = { json: { type: 'boolean' as const } };

export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** The diagnostics of a knowledge base, as --json prints them: paths relative to it. */
export const diagnosticsJson = (list: Diagnostic[]) => list.map(({ file, line, column, message, hint }) => ({ file, line, column, message, hint }));

// Warnings of a load (problems that do not stop it), printed to stderr with a count.
import { formatDiagnostic, type Diagnostic } from '../kb/diagnostics.ts';
import type { CliIO } from './io.ts';

export function printWarnings(io: CliIO, warnings: Diagnostic[], dir: string): void {
  if (!warnings.length) return;
  io.err(warnings.map((d) => formatDiagnostic(d, dir, 'warning')).join('\n'));
  io.err(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${dir}.\n`);
}

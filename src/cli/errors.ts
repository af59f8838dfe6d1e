// The failures a command reports in one line (src/cli/main.ts reportFailure), kept apart
// from the modules that do the work so that the command line loads them only when it runs one.

/** A failure the user can act on: exit code 1. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

export interface Candidate {
  id: string;
  /** Its names, English / Polish. */
  label: string;
  /** The name or alias of it that matched. */
  matched: string;
}

/**
 * A name that means several entities about equally: exit code 3, the candidates listed (on
 * stdout too, as JSON, with --json).
 */
export class AmbiguousName extends CommandFailed {
  override name = 'AmbiguousName';

  constructor(
    readonly query: string,
    readonly candidates: Candidate[],
  ) {
    const width = Math.max(...candidates.map((c) => c.id.length));
    const lines = candidates.map((c) => `  ${c.id.padEnd(width)}  ${c.label}  (matched "${c.matched}")`);
    super(`"${query}" may mean ${candidates.length} entities; give one of their ids or a fuller name:\n${lines.join('\n')}`);
  }
}

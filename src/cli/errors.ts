// The failures a command reports in one line (src/cli/main.ts reportFailure), kept apart
// from the modules that do the work so that the command line loads them only when it runs one.

/** A failure the user can act on: exit code 1. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

/** A name that means several entities about equally: exit code 3, the candidates listed. */
export class AmbiguousName extends CommandFailed {
  override name = 'AmbiguousName';
}

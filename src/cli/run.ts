// The process around the command line: its arguments, its exit code, a closed output pipe.
// bin/faktograf.js runs the compiled lib/cli/run.js; `npx tsx src/cli/run.ts` runs the
// sources while developing.
import { handleOutputErrors } from './io.ts';
import { main } from './main.ts';

handleOutputErrors();
process.exitCode = await main(process.argv.slice(2));

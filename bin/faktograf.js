#!/usr/bin/env node
// The command line, compiled to lib/ by `npm run build:lib` (run by `npm install` in a clone,
// through `prepare`). While developing, `npx tsx src/cli/run.ts` runs the sources directly.
try {
  await import('../lib/cli/run.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('lib/cli/run.js')) throw e;
  process.stderr.write('faktograf: the command line is not compiled; run "npm run build:lib" (or "npm install") in the faktograf directory\n');
  process.exitCode = 1;
}

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a fresh clone needs no compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { handleOutputErrors } = await import('../src/cli/io.ts');
handleOutputErrors();
process.exitCode = await main(process.argv.slice(2));

// Every test's temporary files go into one folder made for the run, removed after it:
// tests make their folders with mkdtemp(tmpdir()), and TMPDIR points tmpdir() here, in
// the test workers and in the programs they start (Chromium, Python, the CLI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = 'FAKTOGRAF_TEST_TMP';
let mine: string | undefined;

export function setup(): void {
  // Both projects run this; the first makes the folder, and removes it at the end.
  if (process.env[KEY]) return;
  mine = mkdtempSync(join(tmpdir(), 'faktograf-tests-'));
  process.env[KEY] = mine;
  process.env.TMPDIR = mine;
}

export function teardown(): void {
  if (mine && !process.env.KEEP_TEST_TMP) rmSync(mine, { recursive: true, force: true });
}

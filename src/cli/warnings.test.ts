import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support.ts';

const MINI = join(import.meta.dirname, '..', 'kb', 'fixtures', 'mini');
const run = (...argv: string[]) => runCli(argv);

/** The mini fixture with a quote its source holds twice ("Kim Dzong Un"), and optionally a broken reference. */
function ambiguous(broken = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'faktograf-warn-'));
  cpSync(MINI, join(dir, 'kb'), { recursive: true });
  const rel = join(dir, 'kb', 'relations', 'all.yaml');
  let text = readFileSync(rel, 'utf8').replace('quote: Kim Dzong Un podpisał traktat', 'quote: Kim Dzong Un');
  if (broken) text = text.replace('subject: putin', 'subject: putn');
  writeFileSync(rel, text);
  return dir;
}

const WARNING =
  /kb\/relations\/all\.yaml:10:16: warning: the quote occurs 2 times in source "mini" \(sources\/mini\.txt, lines 1 and 3\); the first is taken\n {4}→ add "occurrence: N" \(1 to 2\)/;

describe('warnings on the command line', () => {
  it('validate prints them to stderr with a count, and succeeds', async () => {
    const dir = ambiguous();
    const r = await run('validate', join(dir, 'kb'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(WARNING);
    expect(r.err).toMatch(/1 warning in .*kb\./);
    expect(r.out).toMatch(/is valid \(1 warning, above\): 1 source\(s\)/);
  });

  it('build prints them and still writes the outputs', async () => {
    const dir = ambiguous();
    const r = await run('build', join(dir, 'kb'), '--out', join(dir, 'out'), '--iterations', '5');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(WARNING);
    expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(true);
  });

  it('come with the errors when the knowledge base has some', async () => {
    const dir = ambiguous(true);
    const r = await run('validate', join(dir, 'kb'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(WARNING);
    expect(r.err).toMatch(/missing entity "putn"[\s\S]*1 problem in .*; nothing was built\.\n$/);
  });
});

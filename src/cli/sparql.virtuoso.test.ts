// `--sparql` against a real triple store: the seed and a synthetic knowledge base written
// into Virtuoso 7 by `faktograf load`, then every compared command asked of both the
// knowledge base and Virtuoso's /sparql endpoint; they must print and exit alike.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useVirtuoso } from '../../tests/sparql/use-virtuoso.ts';
import { virtuosoAvailable } from '../../tests/sparql/virtuoso.ts';
import { ROOT } from '../query/sparql-test-support.ts';
import { PASSWORD_ENV } from './sparql-option.ts';
import { SEED_COMMANDS, sameBoth, sameOnSpread, synthKbDir } from './sparql-test-support.ts';
import { runCli } from './test-support.ts';

const SEED = 'https://faktograf.test/graph/seed';
const SYNTH = 'https://faktograf.test/graph/synth';

describe.skipIf(!virtuosoAvailable())('entity, relations, path and conflicts with --sparql against Virtuoso', () => {
  const fixture = useVirtuoso();
  let synth: ReturnType<typeof synthKbDir>;

  beforeAll(async () => {
    synth = synthKbDir(200, 600, 7);
    vi.stubEnv(PASSWORD_ENV, fixture.server.password);
    for (const [kb, graph] of [
      ['graph', SEED],
      [synth.dir, SYNTH],
    ] as const) {
      const loaded = await runCli(['load', fixture.server.graphStore, '--graph-iri', graph, '--kb', kb, '--user', fixture.server.user, '--quiet'], ROOT);
      expect(loaded.code, loaded.err).toBe(0);
    }
    vi.unstubAllEnvs();
  }, 120_000);
  afterAll(() => rmSync(synth.dir, { recursive: true, force: true }));

  it('answers every compared command on the seed alike', async () => {
    for (const [argv, code] of SEED_COMMANDS) expect((await sameBoth('graph', fixture.server.sparql, SEED, argv)).code).toBe(code);
  }, 120_000);

  it('answers entity, relations and path alike for a spread of synthetic entities, and conflicts', async () => {
    await sameOnSpread(
      synth.dir,
      fixture.server.sparql,
      SYNTH,
      synth.graph.nodes().filter((_, i) => i % 50 === 0),
    );
  }, 120_000);
});

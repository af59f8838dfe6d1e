import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_IRI, ROOT, seedGraph, serveGraph } from '../query/sparql-test-support.ts';
import type { TestEndpoint } from '../sparql/test-server.ts';
import { PASSWORD_ENV } from './sparql-option.ts';
import { SEED_COMMANDS, sameBoth, sameOnSpread, synthKbDir } from './sparql-test-support.ts';
import { runCli } from './test-support.ts';

describe('entity, relations, path and conflicts with --sparql, on the seed knowledge base', () => {
  let endpoint: TestEndpoint;
  beforeAll(async () => {
    endpoint = await serveGraph(await seedGraph());
  });
  afterAll(() => endpoint.close());

  it.each(SEED_COMMANDS)('%j answers alike (exit %i)', async (argv, code) => {
    expect((await sameBoth('graph', endpoint.url, GRAPH_IRI, argv)).code).toBe(code);
  });

  it('lists every relation alike, as text', async () => {
    await sameBoth('graph', endpoint.url, GRAPH_IRI, ['relations']);
  });
});

describe('entity, relations, path and conflicts with --sparql, on a synthetic knowledge base', () => {
  let endpoint: TestEndpoint;
  let dir: string;
  let ids: string[];
  beforeAll(async () => {
    const kb = synthKbDir(200, 600, 7);
    dir = kb.dir;
    ids = kb.graph.nodes().filter((_, i) => i % 50 === 0);
    endpoint = await serveGraph(kb.graph);
  });
  afterAll(async () => {
    await endpoint.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers entity, relations and path alike for a spread of entities, and conflicts', async () => {
    await sameOnSpread(dir, endpoint.url, GRAPH_IRI, ids);
  });
});

describe('--sparql on the command line', () => {
  it('refuses --sparql with --kb, its options without it, and a URL that is none', async () => {
    expect(await runCli(['entity', 'putin', '--sparql', 'http://127.0.0.1:1/sparql', '--kb', 'graph'], ROOT)).toMatchObject({
      code: 2,
      err: 'faktograf entity: give either --sparql or --kb, not both\n',
    });
    expect(await runCli(['conflicts', '--graph-iri', GRAPH_IRI], ROOT)).toMatchObject({
      code: 2,
      err: 'faktograf conflicts: --graph-iri goes with --sparql\n',
    });
    expect(await runCli(['path', 'a', 'b', '--sparql', 'file:///etc/passwd'], ROOT)).toMatchObject({
      code: 2,
      err: 'faktograf path: --sparql takes an http(s) URL, not "file:///etc/passwd"\n',
    });
  });

  it('takes the password from the environment only, and says so when it is missing', async () => {
    const endpoint = await serveGraph(await seedGraph());
    const auth = ['--sparql', endpoint.url, '--graph-iri', GRAPH_IRI, '--user', 'reader'];
    delete process.env[PASSWORD_ENV];
    expect(await runCli(['entity', 'putin', ...auth], ROOT)).toMatchObject({
      code: 1,
      err: `faktograf entity: --user reader needs the password in the environment variable ${PASSWORD_ENV}\n`,
    });
    process.env[PASSWORD_ENV] = 'secret';
    try {
      // The test endpoint takes any credentials: the request goes out with them and is answered.
      expect((await runCli(['entity', 'putin', ...auth], ROOT)).code).toBe(0);
    } finally {
      delete process.env[PASSWORD_ENV];
      await endpoint.close();
    }
  });

  it('names the endpoint when it cannot be reached', async () => {
    const { code, err } = await runCli(['entity', 'putin', '--sparql', 'http://127.0.0.1:1/sparql'], ROOT);
    expect(code).toBe(1);
    expect(err).toMatch(/^faktograf entity: faktograf\/sparql: cannot reach the SPARQL endpoint http:\/\/127\.0\.0\.1:1\/sparql: /);
  });
});

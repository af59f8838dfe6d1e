import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_IRI, ROOT, seedGraph, serveGraph, synthKb } from '../query/sparql-test-support.ts';
import type { TestEndpoint } from '../sparql/test-server.ts';
import { PASSWORD_ENV } from './sparql-option.ts';
import { runCli } from './test-support.ts';

/** Runs a command on the knowledge base and on the endpoint: code, stdout and stderr must be the same. */
async function sameBoth(kb: string, endpoint: TestEndpoint, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const memory = await runCli([...argv, '--kb', kb], ROOT);
  const sparql = await runCli([...argv, '--sparql', endpoint.url, '--graph-iri', GRAPH_IRI], ROOT);
  expect({ argv, ...sparql }).toEqual({ argv, ...memory });
  return memory;
}

describe('entity, relations, path and conflicts with --sparql, on the seed knowledge base', () => {
  let endpoint: TestEndpoint;
  beforeAll(async () => {
    endpoint = await serveGraph(await seedGraph());
  });
  afterAll(() => endpoint.close());

  it.each([
    [['entity', 'szojgu'], 0],
    [['entity', 'Kim Dzong Unem', '--json'], 0],
    [['entity', 'kurskim'], 0],
    [['entity', 'Korea'], 3],
    [['entity', 'Korea', '--json'], 3],
    [['entity', 'Szojguu'], 1],
    [['entity', 'w'], 1],
    [['relations', '--from', 'kim-jong-un'], 0],
    [['relations', '--to', 'russia', '--json'], 0],
    [['relations', '--claimed-by', 'nis', '--factuality', 'certain,probable'], 0],
    [['relations', '--type', 'DEPLOYED_TO,ANNOUNCED', '--min-outlets', '2', '--json'], 0],
    [['relations', '--source', 'kraj24-2024-10-18-nis-1500-zolnierzy'], 0],
    [['relations', '--type', 'DEPLOYD_TO'], 2],
    [['relations', '--type', 'XYZ'], 2],
    [['relations', '--from', 'nobody at all'], 1],
    [['path', 'Kim Dzong Un', 'Putin'], 0],
    [['path', 'kim-jong-un', 'kursk-oblast', '--json'], 0],
    [['path', 'kursk-oblast', 'kim-jong-un', '--directed'], 1],
    [['path', 'kursk-oblast', 'kim-jong-un', '--directed', '--json'], 1],
    [['conflicts'], 0],
    [['conflicts', '--json'], 0],
  ])('%j answers alike (exit %i)', async (argv, code) => {
    expect((await sameBoth('graph', endpoint, argv)).code).toBe(code);
  });

  it('lists every relation alike, as text and as JSON', async () => {
    await sameBoth('graph', endpoint, ['relations']);
    await sameBoth('graph', endpoint, ['relations', '--json']);
  });
});

describe('entity, relations, path and conflicts with --sparql, on a synthetic knowledge base', () => {
  let endpoint: TestEndpoint;
  let dir: string;
  let ids: string[];
  beforeAll(async () => {
    const { files, graph } = synthKb(200, 600, 7);
    dir = mkdtempSync(join(tmpdir(), 'faktograf-sparql-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    ids = graph.nodes().filter((_, i) => i % 50 === 0);
    endpoint = await serveGraph(graph);
  });
  afterAll(async () => {
    await endpoint.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers entity, relations and path alike for a spread of entities, and conflicts', async () => {
    for (const id of ids) {
      await sameBoth(dir, endpoint, ['entity', id]);
      await sameBoth(dir, endpoint, ['relations', '--from', id, '--json']);
      await sameBoth(dir, endpoint, ['relations', '--to', id]);
      await sameBoth(dir, endpoint, ['path', id, ids[0]!]);
      await sameBoth(dir, endpoint, ['path', ids[1]!, id, '--directed', '--json']);
    }
    await sameBoth(dir, endpoint, ['conflicts']);
    await sameBoth(dir, endpoint, ['conflicts', '--json']);
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

// Test support for `--sparql`: a command run on a knowledge base and on an endpoint holding
// it must print the same, and exit the same; and a synthetic knowledge base on disk.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, synthKb } from '../query/sparql-test-support.ts';
import { runCli } from './test-support.ts';

/** Runs `argv` with `--kb kb` and with `--sparql endpoint --graph-iri graphIri`: code, stdout and stderr must be equal. */
export async function sameBoth(kb: string, endpoint: string, graphIri: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const memory = await runCli([...argv, '--kb', kb], ROOT);
  const sparql = await runCli([...argv, '--sparql', endpoint, '--graph-iri', graphIri], ROOT);
  expect({ argv, ...sparql }).toEqual({ argv, ...memory });
  return memory;
}

/** A synthetic knowledge base written to a fresh directory, with its graph. */
export function synthKbDir(entities: number, relations: number, seed: number) {
  const { files, graph } = synthKb(entities, relations, seed);
  const dir = mkdtempSync(join(tmpdir(), 'faktograf-sparql-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return { dir, graph };
}

/** The commands and their exit codes compared on the seed knowledge base. */
export const SEED_COMMANDS: Array<[string[], number]> = [
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
  [['relations', '--json'], 0],
  [['path', 'Kim Dzong Un', 'Putin'], 0],
  [['path', 'kim-jong-un', 'kursk-oblast', '--json'], 0],
  [['path', 'kursk-oblast', 'kim-jong-un', '--directed'], 1],
  [['path', 'kursk-oblast', 'kim-jong-un', '--directed', '--json'], 1],
  [['conflicts'], 0],
  [['conflicts', '--json'], 0],
];

/** Entity, relations and path for a spread of a graph's entities, then conflicts: all alike. */
export async function sameOnSpread(kb: string, endpoint: string, graphIri: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    await sameBoth(kb, endpoint, graphIri, ['entity', id]);
    await sameBoth(kb, endpoint, graphIri, ['relations', '--from', id, '--json']);
    await sameBoth(kb, endpoint, graphIri, ['relations', '--to', id]);
    await sameBoth(kb, endpoint, graphIri, ['path', id, ids[0]!]);
    await sameBoth(kb, endpoint, graphIri, ['path', ids[1]!, id, '--directed', '--json']);
  }
  await sameBoth(kb, endpoint, graphIri, ['conflicts']);
  await sameBoth(kb, endpoint, graphIri, ['conflicts', '--json']);
}

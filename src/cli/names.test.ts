// How the command line answers a name: the entity, a note when it guessed, the candidates
// (exit code 3) when several fit about equally, nothing for a single letter.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support.ts';

const GRAPH = join(import.meta.dirname, '..', '..', 'graph');

describe('names on the command line (graph/)', () => {
  it('lists the entities an ambiguous name may mean and exits 3', async () => {
    const r = await runCli(['entity', 'Korea', '--kb', GRAPH]);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^faktograf entity: "Korea" may mean 2 entities; give one of their ids or a fuller name:\n {2}north-korea +North Korea \/ Korea Północna .*\n {2}south-korea +South Korea \/ Korea Południowa /,
    );
    const json = await runCli(['entity', 'wywiad', '--kb', GRAPH, '--json']);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out)).toEqual({
      ambiguous: 'wywiad',
      candidates: [
        { id: 'us-intelligence', label: 'US intelligence services / amerykańskie służby wywiadowcze', matched: 'amerykański wywiad' },
        { id: 'nis', label: 'National Intelligence Service (NIS) / Narodowa Służba Wywiadu Korei Południowej (NIS)', matched: 'Narodowa Służba Wywiadu' },
        {
          id: 'south-korean-intelligence',
          label: 'South Korean intelligence services / południowokoreańskie służby wywiadowcze',
          matched: 'południowokoreański wywiad',
        },
      ],
    });
    expect((await runCli(['path', 'Korea', 'Putin', '--kb', GRAPH])).code).toBe(3);
  });

  it('takes the closest entity for a fuzzy match and says so on stderr', async () => {
    const r = await runCli(['entity', 'szojgo', '--kb', GRAPH, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('sergei-shoigu');
    expect(r.err).toBe('note: no exact match for "szojgo"; taking Sergei Shoigu / Siergiej Szojgu (sergei-shoigu), the closest ("Szojgu")\n');
    expect((await runCli(['entity', 'Szojgu', '--kb', GRAPH])).err).toBe('');
  });

  it('finds nothing for a single letter or a function word', async () => {
    for (const word of ['a', 'o', 'w', 'na']) {
      const r = await runCli(['entity', word, '--kb', GRAPH]);
      expect(r.code, word).toBe(1);
      expect(r.err).toMatch(/names no entity: single letters and function words/);
    }
  });
});

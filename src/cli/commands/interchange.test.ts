// `faktograf export`, `faktograf import`, and `relations`/`path` on an imported file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors, tempDir } from '../../export/test-support.ts';
import { main } from '../main.ts';

const MINI = join(import.meta.dirname, '..', '..', 'kb', 'fixtures', 'mini');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: process.cwd() });
  return { code, out, err };
}

describe('faktograf export', () => {
  it('writes a schema-valid GEXF file and warns about what GEXF cannot carry', async () => {
    const file = join(tempDir(), 'out', 'mini.gexf');
    const r = await run('export', '--kb', MINI, '--out', file);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wrote .*mini\.gexf \(\d+ KiB\): 4 nodes, 3 edges/);
    expect(r.err).toMatch(/warning: gexf: GEXF cannot carry the graph attributes name, ontology, sources/);
    expect(schemaErrors(readFileSync(file, 'utf8'), 'gexf-1.3')).toBe('');
    expect(readdirSync(join(file, '..'))).toEqual(['mini.gexf']);
  });

  it('prints to standard output, in every format', async () => {
    const outputs = {
      'gexf-1.2': /<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft"/,
      graphml: /<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns"/,
      json: /^\{"options":\{"type":"directed","multi":true,"allowSelfLoops":true\}/,
      ttl: /rel:r-kim-signed a rdf:Statement, fk:Relation/,
    };
    for (const [format, pattern] of Object.entries(outputs)) {
      const r = await run('export', '--format', format, '--kb', MINI);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(pattern);
    }
  });

  it('writes nodes.csv and edges.csv into the --out directory, and needs one', async () => {
    const dir = join(tempDir(), 'csv');
    expect((await run('export', '--format', 'csv', '--kb', MINI, '--out', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^Id,Label,:ID,:LABEL,/);
    const r = await run('export', '--format', 'csv', '--kb', MINI);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/csv writes two files: give --out <dir>/);
  });

  it('refuses a --base-iri that would inject triples into the @prefix lines, and writes nothing', async () => {
    const file = join(tempDir(), 'kb.ttl');
    const r = await run(
      'export',
      '--format',
      'ttl',
      '--kb',
      MINI,
      '--out',
      file,
      '--base-iri',
      'https://example.net/> . <https://evil.example/s> <https://evil.example/p> <https://evil.example/o',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--base-iri "https:\/\/example\.net\/> \. <.*" may not contain ">": an IRI holds no spaces/);
    expect(readdirSync(join(file, '..'))).toEqual([]);
    expect((await run('export', '--format', 'ttl', '--kb', MINI, '--base-iri', 'example.net/kb/')).err).toMatch(/must be an absolute IRI/);
    const ok = await run('export', '--format', 'ttl', '--kb', MINI, '--base-iri', 'urn:faktograf:');
    expect(ok.out).toContain('@prefix ent: <urn:faktograf:entity/>.');
  });

  it('says which formats exist', async () => {
    const r = await run('export', '--format', 'gml', '--kb', MINI);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown format "gml"; formats: gexf, gexf-1.2, graphml, json, ttl, csv/);
  });

  it('converts an imported file (--graph) to another format', async () => {
    const dir = tempDir();
    await run('export', '--format', 'graphml', '--kb', MINI, '--out', join(dir, 'g.graphml'));
    const r = await run('export', '--graph', join(dir, 'g.graphml'), '--format', 'json');
    expect(JSON.parse(r.out).nodes.map((n: { key: string }) => n.key)).toEqual(['kim', 'north-korea', 'putin', 'treaty']);
  });
});

describe('faktograf import and --graph', () => {
  it('prints a summary of a GEXF file', async () => {
    const file = join(tempDir(), 'mini.gexf');
    await run('export', '--kb', MINI, '--out', file);
    const r = await run('import', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mini\.gexf: GEXF 1\.3, 4 nodes, 3 edges \(directed multigraph\)/);
    expect(r.out).toMatch(/entity types: {5}Person 2, Country 1, Agreement 1/);
    expect(r.out).toMatch(/relation types: {3}LEADS 1, SIGNED 2/);
    const json = JSON.parse((await run('import', file, '--json')).out);
    expect(json).toMatchObject({ format: 'gexf', version: '1.3', summary: { nodes: 4, edges: 3 }, warnings: [] });
  });

  it('answers relations and path on an imported file as on the knowledge base', async () => {
    const dir = tempDir();
    for (const format of ['gexf', 'gexf-1.2', 'graphml', 'json']) {
      const file = join(dir, `mini.${format}`);
      await run('export', '--kb', MINI, '--format', format, '--out', file);
      const fromFile = await run('relations', '--graph', file, '--from', 'Kim Dzong Una', '--type', 'SIGNED', '--json');
      const fromKb = await run('relations', '--kb', MINI, '--from', 'Kim Dzong Una', '--type', 'SIGNED', '--json');
      expect(fromFile.code).toBe(0);
      expect(JSON.parse(fromFile.out)).toEqual(JSON.parse(fromKb.out));
      const path = await run('path', 'putin', 'KRLD', '--graph', file, '--json');
      expect(JSON.parse(path.out).nodes).toEqual(['putin', 'treaty', 'kim', 'north-korea']);
    }
  });

  it('refuses --kb with --graph, a missing file, a hostile file, an oversized file', async () => {
    const dir = tempDir();
    expect((await run('relations', '--kb', MINI, '--graph', 'x.gexf')).err).toMatch(/give either --kb or --graph, not both/);
    expect((await run('import', join(dir, 'nope.gexf'))).err).toMatch(/no file .*nope\.gexf/);
    const hostile = join(dir, 'lol.gexf');
    writeFileSync(hostile, '<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><gexf><graph>&b;</graph></gexf>');
    const r = await run('import', hostile);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/faktograf import: cannot read .*lol\.gexf: line 1: the file declares a DOCTYPE with an internal subset/);
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ nodes: Array.from({ length: 100_000 }, (_, i) => ({ key: `n${i}` })) }));
    const over = await run('import', big, '--max-size', '1');
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/big\.json is 2 MiB, over the limit of 1 MiB/);
  });

  it('reads a file in the encoding it declares, and refuses bytes that are not valid in it', async () => {
    const dir = tempDir();
    const gexf = (encoding: string) =>
      `<?xml version="1.0" encoding="${encoding}"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">\n<nodes><node id="lodz" label="\u0000"/></nodes></graph></gexf>\n`;
    const labelOf = async (file: string) => JSON.parse((await run('export', '--graph', file, '--format', 'json')).out).nodes[0].attributes.label;
    // ISO-8859-2: Ł ó d ź are 0xA3 0xF3 d 0xBC.
    writeFileSync(join(dir, 'latin2.gexf'), Buffer.from(gexf('ISO-8859-2').replace('\u0000', '\xA3\xF3d\xBC'), 'latin1'));
    expect(await labelOf(join(dir, 'latin2.gexf'))).toBe('Łódź');
    writeFileSync(join(dir, 'utf16.gexf'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gexf('UTF-16').replace('\u0000', 'Łódź'), 'utf16le')]));
    expect(await labelOf(join(dir, 'utf16.gexf'))).toBe('Łódź');
    // Latin-2 bytes in a file that says it is UTF-8.
    writeFileSync(join(dir, 'bad.gexf'), Buffer.from(gexf('UTF-8').replace('\u0000', '\xA3\xF3d\xBC'), 'latin1'));
    const r = await run('import', join(dir, 'bad.gexf'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*bad\.gexf: line 3: the file is not valid UTF-8: it holds bytes that are no character in it/);
  });
});

// The package as npm ships it: packed, installed into an empty folder, its command line and
// its modules used from there, as a user would.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** npm's words for a registry it cannot reach. */
const OFFLINE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|network|offline|ENOTCACHED/i;

const run = (command: string, args: string[], cwd: string): SpawnSyncReturns<string> => spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 170_000 });

let user = '';
let files: string[] = [];
let unreachable = '';

beforeAll(() => {
  const dest = mkdtempSync(join(tmpdir(), 'faktograf-pack-'));
  // `npm pack` runs `prepare`, which compiles src/ into lib/.
  const packed = run(NPM, ['pack', '--json', '--pack-destination', dest], ROOT);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path);
  user = mkdtempSync(join(tmpdir(), 'faktograf-user-'));
  writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
  // The dependencies come from npm's cache when it has them, else from the registry.
  const installed = run(NPM, ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', join(dest, info!.filename)], user);
  if (installed.status !== 0) {
    if (!OFFLINE.test(installed.stderr)) throw new Error(`npm install of the packed tarball failed:\n${installed.stderr}`);
    unreachable = installed.stderr.split('\n').find((l) => OFFLINE.test(l)) ?? 'the registry is unreachable';
  }
}, 180_000);

describe('the npm package', () => {
  it('ships the compiled code, its types, the dictionary, README and LICENSE, and no sources or tests', () => {
    for (const f of [
      'bin/faktograf.js',
      'lib/cli/run.js',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/export/index.d.ts',
      'lib/import/index.d.ts',
      'lexicons/morfologik-polish/polish.dict',
      'lexicons/morfologik-polish/polish.info',
      'README.md',
      'LICENSE',
    ])
      expect(files, f).toContain(f);
    expect(files.filter((f) => f.startsWith('src/') || /\.test\.|tsbuildinfo|fixtures/.test(f))).toEqual([]);
    // `prepack` empties lib/ first: nothing compiled from a source since removed ships.
    const stale = files.filter((f) => f.startsWith('lib/') && f.endsWith('.js') && !existsSync(join(ROOT, 'src', f.slice(4).replace(/\.js$/, '.ts'))));
    expect(stale).toEqual([]);
  });

  it('runs its command line from an empty folder, the dictionary included', (ctx) => {
    if (unreachable) ctx.skip(`the npm registry is unreachable and npm's cache lacks the dependencies: ${unreachable}`);
    const v = run('npx', ['--no', '--', 'faktograf', '--version'], user);
    expect(v.stderr).toBe('');
    expect(v.stdout).toBe(`${version}\n`);
    // The dictionary is read from the installed package: extract a sentence.
    const article = join(user, 'lavrov.txt');
    writeFileSync(article, 'Ławrow w Pjongjangu\n\nSiergiej Ławrow przybył w piątek do Pjongjangu, gdzie spotkał się z Kim Dzong Unem.\n');
    const extracted = run('npx', ['--no', '--', 'faktograf', 'extract', article, '--published', '2025-07-13', '--kb', join(ROOT, 'graph'), '--json'], user);
    expect(extracted.stderr).toBe('');
    expect(JSON.parse(extracted.stdout).entities.map((e: { id: string }) => e.id)).toContain('kim-jong-un');
  }, 90_000);

  it('is imported by its names: faktograf, faktograf/export, faktograf/import, faktograf/node', (ctx) => {
    if (unreachable) ctx.skip(`the npm registry is unreachable and npm's cache lacks the dependencies: ${unreachable}`);
    const script = `const [m, e, i, n] = await Promise.all(['faktograf', 'faktograf/export', 'faktograf/import', 'faktograf/node'].map((s) => import(s)));
const files = await n.readKnowledgeBaseDir(${JSON.stringify(join(ROOT, 'src', 'kb', 'fixtures', 'mini'))});
const built = m.runBuild(files, { layout: false });
const kg = new m.KnowledgeGraph(built.graph);
const gexf = e.exportGexf(built.graph).text;
console.log(JSON.stringify({ kim: kg.findEntity('Kim Dzong Una')?.id, nodes: i.importGraph(gexf).graph.order }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script], user);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ kim: 'kim', nodes: 4 });
  }, 90_000);

  it('declares its types: a consumer that misuses them fails to compile', (ctx) => {
    if (unreachable) ctx.skip(`the npm registry is unreachable and npm's cache lacks the dependencies: ${unreachable}`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const compile = (code: string) => {
      writeFileSync(join(user, 'use.ts'), code);
      writeFileSync(
        join(user, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, types: [] },
          files: ['use.ts'],
        }),
      );
      return run(process.execPath, [tsc, '-p', '.'], user);
    };
    const imports =
      "import { KnowledgeGraph, type EntityView } from 'faktograf';\nimport { streamExport } from 'faktograf/export';\nimport { importGraph } from 'faktograf/import';\n";
    const good = compile(
      `${imports}export const use = (kg: KnowledgeGraph): EntityView | undefined => kg.findEntity('Kim');\nexport const fns = [streamExport, importGraph];\n`,
    );
    expect(good.stdout).toBe('');
    const bad = compile(`${imports}export const use = (kg: KnowledgeGraph): number => kg.findEntity('Kim');\n`);
    expect(bad.stdout).toMatch(/use\.ts\(\d+,\d+\): error TS2322: Type 'EntityView \| undefined' is not assignable to type 'number'/);
  }, 90_000);
});

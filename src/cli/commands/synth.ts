import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { SYNTH_DEFAULTS, synthFiles, synthesize, validateSynthOptions } from '../../synth/index.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed } from '../context.ts';
import type { CliIO } from '../io.ts';
import { JSON_OPTION, printJson } from '../json.ts';
import { progressFor } from '../progress.ts';

export const synthSpec: CommandSpec = {
  name: 'synth',
  usage: 'faktograf synth --entities <n> --relations <m> --out <dir> [--seed <s>] [--quotes-per-source <k>] [--ontology <file>] [--force] [--json] [--quiet]',
  summary:
    'Write a synthetic knowledge base for scale tests: every entity and relation type of the ontology, heavy-tailed degrees, generated Polish-ish sources holding every quote. The same seed gives the same files.',
  options: {
    entities: { type: 'string' },
    relations: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    'quotes-per-source': { type: 'string' },
    ontology: { type: 'string' },
    force: { type: 'boolean' },
    ...JSON_OPTION,
  },
  help: [
    '  --entities <n>          number of entities (at least one per entity type)',
    '  --relations <m>         number of relations (at least one per relation type)',
    '  --out <dir>             directory to write (must be empty or missing, unless --force)',
    `  --seed <s>              seed (default: ${SYNTH_DEFAULTS.seed})`,
    `  --quotes-per-source <k> evidence quotes per generated source text (default: ${SYNTH_DEFAULTS.quotesPerSource})`,
    '  --ontology <file>       ontology to follow (default: graph/ontology.yaml)',
    '  --force                 replace ontology.yaml, sources/, entities/ and relations/ in <dir>',
    '  --json                  print {entities, relations, sources, quotes, files, bytes, ms}',
  ],
  positionals: { min: 0, max: 0 },
};

const KB_PARTS = ['ontology.yaml', 'sources', 'entities', 'relations'];

function integer(value: string | boolean | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw new UsageError(`--${name} is required\nusage: ${synthSpec.usage}`);
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a non-negative integer, got "${String(value)}"`);
  return n;
}

export async function synthCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(synthSpec, argv);
  if (typeof values.out !== 'string') throw new UsageError(`--out is required\nusage: ${synthSpec.usage}`);
  const options = {
    entities: integer(values.entities, 'entities'),
    relations: integer(values.relations, 'relations'),
    seed: integer(values.seed, 'seed', SYNTH_DEFAULTS.seed),
    quotesPerSource: integer(values['quotes-per-source'], 'quotes-per-source', SYNTH_DEFAULTS.quotesPerSource),
  };
  const ontologyPath = resolve(io.cwd, typeof values.ontology === 'string' ? values.ontology : 'graph/ontology.yaml');
  const ontologyYaml = await readFile(ontologyPath, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CommandFailed(`cannot read the ontology "${ontologyPath}" (${e.code ?? e.message})`);
  });
  const loaded = loadKnowledgeBase([{ path: 'ontology.yaml', content: ontologyYaml }]);
  if (!loaded.ok) {
    io.err(loaded.diagnostics.map((d) => formatDiagnostic(d, dirname(ontologyPath))).join('\n'));
    throw new CommandFailed(`the ontology ${ontologyPath} has problems; fix them first`);
  }
  const { ontology } = loaded.value.kb;
  const problem = validateSynthOptions(ontology, { ...SYNTH_DEFAULTS, ...options });
  if (problem) throw new UsageError(problem.replace(/^(\w+)/, (k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`));

  const out = resolve(io.cwd, values.out);
  const existing = await readdir(out).catch(() => [] as string[]);
  if (existing.length && !values.force)
    throw new CommandFailed(`${values.out} is not empty; choose another --out or pass --force to replace its knowledge base`);
  await Promise.all(KB_PARTS.map((p) => rm(join(out, p), { recursive: true, force: true })));

  const started = performance.now();
  const progress = progressFor(io, values);
  progress.stage('generating');
  const kb = synthesize(ontology, options);
  let files = 0;
  let bytes = 0;
  const dirs = new Set<string>();
  progress.stage('writing', undefined, 'files');
  try {
    for (const f of synthFiles(kb, ontologyYaml)) {
      const path = join(out, f.path);
      if (!dirs.has(dirname(path))) {
        await mkdir(dirname(path), { recursive: true });
        dirs.add(dirname(path));
      }
      await writeFile(path, f.content);
      files++;
      bytes += Buffer.byteLength(f.content);
      progress.advance();
    }
  } finally {
    progress.end();
  }
  const quotes = kb.relations.reduce((n, r) => n + r.evidence.length, 0);
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    printJson(io, { entities: kb.entities.length, relations: kb.relations.length, sources: kb.sources.length, quotes, out: values.out, files, bytes, ms });
    return 0;
  }
  io.out(
    `wrote ${kb.entities.length} entities, ${kb.relations.length} relations, ${kb.sources.length} source(s) with ${quotes} quotes ` +
      `to ${values.out} (${files} files, ${(bytes / 1e6).toFixed(1)} MB) in ${ms} ms`,
  );
  return 0;
}

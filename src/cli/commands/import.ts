import { summarize, type GraphSummary } from '../../import/index.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { readGraphFile, STRICT_HELP } from '../context.ts';
import type { CliIO } from '../io.ts';
import { progressFor } from '../progress.ts';

export const importSpec: CommandSpec = {
  name: 'import',
  usage: 'faktograf import <file> [--json] [--strict] [--max-size <MiB>] [--quiet]',
  summary: 'Read a GEXF, GraphML or graphology JSON file and print what it holds. Query it with "relations --graph <file>" or "path --graph <file>".',
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, 'max-size': { type: 'string' } },
  help: [
    '  <file>              a .gexf (1.1–1.3), .graphml or graphology .json file; the format is told by its content',
    '  --json              print {file, format, version, summary, warnings}',
    STRICT_HELP,
    '  --max-size <MiB>    refuse larger files (default 512)',
  ],
  positionals: { min: 1, max: 1 },
};

const counts = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || '—';

function describe(file: string, format: string, version: string, s: GraphSummary): string {
  const kind = `${s.type}${s.multi ? ' multigraph' : ' graph'}`;
  const lines = [
    `${file}: ${format.toUpperCase()}${version ? ` ${version}` : ''}, ${s.nodes} nodes, ${s.edges} edges (${kind})`,
    `  node attributes:  ${counts(s.nodeAttributes)}`,
    `  edge attributes:  ${counts(s.edgeAttributes)}`,
    `  graph attributes: ${s.graphAttributes.join(', ') || '—'}`,
  ];
  if (Object.keys(s.entityTypes).length) lines.push(`  entity types:     ${counts(s.entityTypes)}`);
  if (Object.keys(s.relationTypes).length) lines.push(`  relation types:   ${counts(s.relationTypes)}`);
  lines.push('', `Query it: faktograf relations --graph ${file}   ·   faktograf path <a> <b> --graph ${file}`);
  return lines.join('\n');
}

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(importSpec, argv);
  const file = positionals[0]!;
  const maxSize = values['max-size'];
  const mib = maxSize === undefined ? undefined : Number(maxSize);
  if (mib !== undefined && !(mib > 0)) throw new UsageError(`--max-size expects a positive number of MiB, got "${String(maxSize)}"`);
  const progress = progressFor(io, values);
  const imported = await readGraphFile(io, file, mib === undefined ? {} : { maxBytes: Math.floor(mib * 2 ** 20) }, values.strict === true, progress);
  progress.end();
  const summary = summarize(imported.graph);
  if (values.json) io.out(JSON.stringify({ file, format: imported.format, version: imported.version, summary, warnings: imported.warnings }, null, 2));
  else {
    io.out(describe(file, imported.format, imported.version, summary));
    for (const w of imported.warnings) io.err(`warning: ${w}`);
  }
  return 0;
}

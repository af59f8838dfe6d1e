import { parseCommand, type CommandSpec } from '../args.ts';
import { GRAPH_HELP, GRAPH_OPTION, KB_HELP, KB_OPTION, openQueryGraph, resolveEntity } from '../context.ts';
import type { CliIO } from '../io.ts';
import { openBackend, SPARQL_HELP, SPARQL_OPTION } from '../sparql-option.ts';

export const pathSpec: CommandSpec = {
  name: 'path',
  usage: 'faktograf path <a> <b> [--directed] [--json] [--kb <dir> | --graph <file> [--strict] | --sparql <url> [--graph-iri <iri>] [--user <name>]]',
  summary: 'The shortest chain of relations between two entities (edge direction ignored unless --directed).',
  options: { json: { type: 'boolean' }, directed: { type: 'boolean' }, ...KB_OPTION, ...GRAPH_OPTION, ...SPARQL_OPTION },
  help: [
    '  <a> <b>             two entities (id, name or alias)',
    '  --directed          follow relations only from subject to object',
    '  --json              print {nodes, edges, steps}',
    KB_HELP,
    GRAPH_HELP,
    SPARQL_HELP,
  ],
  positionals: { min: 2, max: 2 },
};

export async function pathCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(pathSpec, argv);
  const kg = await openBackend(values, () => openQueryGraph(io, values));
  const a = await resolveEntity(kg, positionals[0]!, io);
  const b = await resolveEntity(kg, positionals[1]!, io);
  const path = await kg.shortestPath(a, b, { directed: Boolean(values.directed) });
  if (!path) {
    if (values.json) io.out(JSON.stringify(null));
    else io.out(`no path from ${a} to ${b}${values.directed ? ' following relation directions' : ''}`);
    return 1;
  }
  const steps = await kg.relationsById(path.edges);
  if (values.json) {
    io.out(JSON.stringify({ ...path, steps }, null, 2));
    return 0;
  }
  const lines = [`${path.edges.length} step(s) from ${a} to ${b}:`];
  path.edges.forEach((id, i) => {
    const r = steps[i]!;
    const forward = r.from === path.nodes[i];
    const step = r.undirected ? `—${r.type}—` : forward ? `—${r.type}→` : `←${r.type}—`;
    lines.push(`  ${path.nodes[i]} ${step} ${path.nodes[i + 1]}   (${id}, ${r.factuality}${r.polarity === 'negative' ? ', negative' : ''}, ${r.status})`);
    for (const e of r.evidence) lines.push(`      „${e.quote}”`);
  });
  io.out(lines.join('\n'));
  return 0;
}

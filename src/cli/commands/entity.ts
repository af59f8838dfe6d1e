import { parseCommand, type CommandSpec } from '../args.ts';
import { KB_HELP, KB_OPTION, openKnowledgeGraph, resolveEntity } from '../context.ts';
import type { CliIO } from '../io.ts';
import { openBackend, SPARQL_HELP, SPARQL_OPTION } from '../sparql-option.ts';

export const entitySpec: CommandSpec = {
  name: 'entity',
  usage: 'faktograf entity <name> [--json] [--kb <dir> | --sparql <url> [--graph-iri <iri>] [--user <name>]]',
  summary: 'Show an entity, found by id, name or any alias in Polish or English (case, diacritics and inflection do not matter).',
  options: { json: { type: 'boolean' }, ...KB_OPTION, ...SPARQL_OPTION },
  help: ['  <name>              id, name or alias, e.g. "szojgu" or "Kim Dzong Unem"', '  --json              print JSON', KB_HELP, SPARQL_HELP],
  positionals: { min: 1, max: 1 },
};

export async function entityCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(entitySpec, argv);
  const kg = await openBackend(values, () => openKnowledgeGraph(io, values.kb as string | undefined));
  const entity = (await kg.entity(await resolveEntity(kg, positionals[0]!, io)))!;
  const incoming = await kg.countRelations({ to: entity.id });
  const outgoing = await kg.countRelations({ from: entity.id });
  if (values.json) {
    io.out(JSON.stringify({ ...entity, relations: { incoming, outgoing } }, null, 2));
    return 0;
  }
  const typeLabel = await kg.entityTypeLabel(entity.type);
  const lines = [
    `${entity.name.en} / ${entity.name.pl}  (${entity.id})`,
    `  type:        ${entity.type}${typeLabel ? ` (${typeLabel.en} / ${typeLabel.pl})` : ''}`,
  ];
  if (entity.wikidata) lines.push(`  wikidata:    ${entity.wikidata}  https://www.wikidata.org/wiki/${entity.wikidata}`);
  if (entity.description) lines.push(`  description: ${entity.description.en}`, `               ${entity.description.pl}`);
  if (entity.aliases.length) lines.push(`  aliases:     ${entity.aliases.join(', ')}`);
  for (const [k, v] of Object.entries(entity.attributes)) lines.push(`  ${`${k}:`.padEnd(12)} ${String(v)}`);
  lines.push(`  relations:   ${outgoing} outgoing, ${incoming} incoming (faktograf relations --from ${entity.id})`);
  io.out(lines.join('\n'));
  return 0;
}

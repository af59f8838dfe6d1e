import { parseCommand, type CommandSpec } from '../args.ts';
import { MemoryBackend } from '../../query/backend.ts';
import { KB_HELP, KB_OPTION, openStory, resolveEntity } from '../context.ts';
import type { CliIO } from '../io.ts';

export const timelineSpec: CommandSpec = {
  name: 'timeline',
  usage: 'faktograf timeline [--involving <name>] [--json] [--kb <dir>]',
  summary: "List every claim by date (the relation's time qualifier, else its source's publication date), each with its source, outlet, claimants and quote.",
  options: { involving: { type: 'string' }, json: { type: 'boolean' }, ...KB_OPTION },
  help: [
    '  --involving <name>  only relations with this entity at either end',
    '  --json              print [{date, dated, relation, from, to, type, source, outlet, published, quote, claimedBy, factuality, polarity, status}]',
    KB_HELP,
  ],
  positionals: { min: 0, max: 0 },
};

export async function timelineCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(timelineSpec, argv);
  const { kg, published } = await openStory(io, values.kb as string | undefined);
  const involving = typeof values.involving === 'string' ? await resolveEntity(new MemoryBackend(kg), values.involving, io) : undefined;
  const entries = kg.timeline(published, { involving });
  if (values.json) {
    io.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  const lines: string[] = [];
  for (const e of entries) {
    const when = e.dated === 'event' ? `${e.date} (event; published ${e.published || '?'})` : e.date;
    lines.push(`${when}  ${e.from} —${e.type}→ ${e.to}   ${e.relation}`);
    lines.push(
      `    „${e.quote}” [${e.source}, ${e.outlet}; ${e.claimedBy.length ? `by ${e.claimedBy.join(', ')}; ` : ''}${e.factuality}${e.polarity === 'negative' ? ', negative' : ''}]`,
    );
  }
  lines.push(`${entries.length} claim(s)`);
  io.out(lines.join('\n'));
  return 0;
}

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { draftYaml } from '../../extract/draft-yaml.ts';
import { extract } from '../../extract/extract.ts';
import { buildLinker } from '../../extract/linker.ts';
import { mergeDraft } from '../../extract/merge.ts';
import { slug } from '../../extract/translit.ts';
import { parseIsoDate } from '../../kb/dates.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import { loadKnowledgeBase } from '../../kb/load.ts';
import { Lemmatizer } from '../../lexicon/lemmatizer.ts';
import { MorfologikDictionary, parseDictionaryInfo } from '../../lexicon/morfologik.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, KB_HELP, KB_OPTION } from '../context.ts';
import { formatQualifiers, table, tableWithNotes } from '../format.ts';
import type { CliIO } from '../io.ts';

export const extractSpec: CommandSpec = {
  name: 'extract',
  usage: 'faktograf extract <article.txt> --published <YYYY-MM-DD> [--kb <dir>] [--id <source-id>] [--json | --yaml]',
  summary:
    'Read a Polish news article and propose a draft knowledge base: entities linked to the knowledge base or new, relations with verbatim quotes, factuality, status, claimants and qualifiers with their basis. Review it, then add it with "faktograf merge".',
  options: { published: { type: 'string' }, id: { type: 'string' }, json: { type: 'boolean' }, yaml: { type: 'boolean' }, ...KB_OPTION },
  help: [
    '  <article.txt>       the article, plain UTF-8 text (paragraphs separated by blank lines)',
    '  --published <date>  publication date; "w środę", "w czerwcu ubiegłego roku" resolve against it',
    '  --id <source-id>    id of the article as a source (default: from the file name)',
    '  --json              print {source, entities: [{id, type, names, aliases, mentions, known}], relations: [...]}',
    '  --yaml              print the files the draft adds to the knowledge base, in its format',
    KB_HELP,
  ],
  positionals: { min: 1, max: 1 },
};

/** The vendored Morfologik dictionary, read once per process. */
let lemmatizer: Lemmatizer | undefined;
export function loadLemmatizer(): Lemmatizer {
  if (!lemmatizer) {
    const dir = join(import.meta.dirname, '..', '..', '..', 'lexicons', 'morfologik-polish');
    const info = parseDictionaryInfo(readFileSync(join(dir, 'polish.info'), 'utf8'));
    lemmatizer = new Lemmatizer(MorfologikDictionary.parse(readFileSync(join(dir, 'polish.dict')), info));
  }
  return lemmatizer;
}

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(extractSpec, argv);
  const published = values.published;
  if (typeof published !== 'string')
    throw new UsageError(`--published is required: relative dates in the article resolve against it\nusage: ${extractSpec.usage}`);
  if (parseIsoDate(published) !== 'day') throw new UsageError(`--published expects a calendar date YYYY-MM-DD, got "${published}"`);
  if (values.json && values.yaml) throw new UsageError('choose one of --json and --yaml');
  const path = resolve(io.cwd, positionals[0]!);
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CommandFailed(`cannot read the article "${positionals[0]}" (${e.code ?? e.message})`);
  });
  const kbDir = typeof values.kb === 'string' ? values.kb : 'graph';
  const kbFiles = await readKnowledgeBaseDir(resolve(io.cwd, kbDir));
  const loaded = loadKnowledgeBase(kbFiles);
  if (!loaded.ok) {
    io.err(loaded.diagnostics.map((d) => formatDiagnostic(d, kbDir)).join('\n'));
    throw new CommandFailed(`the knowledge base in ${kbDir} has ${loaded.diagnostics.length} problem(s); run "faktograf validate ${kbDir}"`);
  }
  const { kb } = loaded.value;
  const sourceId = typeof values.id === 'string' ? values.id : slug(basename(path).replace(/\.[^.]+$/, ''));
  if (kb.sources.some((s) => s.id === sourceId))
    throw new UsageError(`the knowledge base already has a source "${sourceId}"; give the article another id with --id`);
  const { draft } = extract(text, { published, sourceId }, buildLinker(loadLemmatizer(), kb.entities, kb.ontology));

  if (values.json) {
    io.out(JSON.stringify(draft, null, 2));
    return 0;
  }
  if (values.yaml) {
    const { added } = mergeDraft(kbFiles, draft, text);
    io.out(draftYaml(added, kbDir));
    return 0;
  }
  const entityRows = draft.entities.map((e) => [e.known ? 'known' : 'new', e.type, e.id, e.names.pl, e.mentions.map((m) => m.text).join(' | ')]);
  const relationRows = draft.relations.map((r) => [
    r.from,
    r.type,
    r.to,
    `${r.factuality}, ${r.status}`,
    r.claimedBy.join(', ') || '—',
    formatQualifiers(r.qualifiers),
  ]);
  io.out(
    [
      `${draft.entities.length} entities (${draft.entities.filter((e) => e.known).length} known), ${draft.relations.length} relations from ${positionals[0]} (source id ${sourceId})`,
      '',
      table(['', 'TYPE', 'ID', 'NAME', 'MENTIONS'], entityRows),
      '',
      tableWithNotes(
        ['FROM', 'TYPE', 'TO', 'FACTUALITY, STATUS', 'CLAIMED BY', 'QUALIFIERS'],
        relationRows,
        draft.relations.map((r) => r.evidence.map((e) => `„${e.quote}” [${e.start}–${e.end}]`)),
      ),
      '',
      `Review with --json or --yaml; add to the knowledge base with "faktograf extract ${positionals[0]} --published ${published} --json > draft.json" and "faktograf merge draft.json ${positionals[0]}".`,
    ].join('\n'),
  );
  return 0;
}

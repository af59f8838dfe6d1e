import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ingest, IngestRefused, type Article, type ArticleReport } from '../../ingest/ingest.ts';
import { slug } from '../../extract/translit.ts';
import { parseIsoDate } from '../../kb/dates.ts';
import { formatDiagnostic } from '../../kb/diagnostics.ts';
import type { LangText, Outlet } from '../../model/types.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { writeFilesAtomic } from '../../node/write-atomic.ts';
import { parseCommand, UsageError, type CommandSpec } from '../args.ts';
import { CommandFailed, waitingFor } from '../context.ts';
import type { CliIO } from '../io.ts';
import { progressFor } from '../progress.ts';
import { loadLemmatizer } from './extract.ts';

export const ingestSpec: CommandSpec = {
  name: 'ingest',
  usage: 'faktograf ingest <article.txt | folder>… [--published <YYYY-MM-DD>] [--outlet <name>] [--into <dir>] [--json] [--quiet]',
  summary:
    'Add Polish news articles to a knowledge base in one go: each is extracted, its mentions linked to the known entities and to those of the articles before it, a fact already known becomes more evidence of that claim, the rest new files. Validated first; nothing is replaced.',
  options: { published: { type: 'string' }, outlet: { type: 'string' }, into: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' } },
  help: [
    '  <article.txt>       an article, plain UTF-8 text; a folder stands for every .txt in it, sorted',
    '                      a <name>.yaml beside <name>.txt gives its id, title, published date and outlet',
    '  --published <date>  publication date of every article (overrides the metadata files)',
    '  --outlet <name>     outlet of every article (its id is the name in kebab-case; overrides the metadata)',
    '  --into <dir>        the knowledge base to add to (default: graph); written as one set, or not at all',
    '  --json              print the report as JSON: per article, linked, new, merged, relations, uncertain',
    '  --quiet             no progress bar (there is none when stderr is not a terminal)',
  ],
  positionals: { min: 1, max: Infinity },
};

export async function ingestCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(ingestSpec, argv);
  const published = typeof values.published === 'string' ? values.published : undefined;
  if (published !== undefined && parseIsoDate(published) !== 'day') throw new UsageError(`--published expects a calendar date YYYY-MM-DD, got "${published}"`);
  const outlet = typeof values.outlet === 'string' ? outletNamed(values.outlet) : undefined;
  const paths = (await Promise.all(positionals.map((p) => articlesAt(resolve(io.cwd, p), p)))).flat();
  if (!paths.length) throw new UsageError(`no .txt article in ${positionals.join(', ')}`);
  const articles: Article[] = [];
  for (const path of paths) articles.push(await readArticle(path, published, outlet));

  const into = typeof values.into === 'string' ? values.into : 'graph';
  const dir = resolve(io.cwd, into);
  const kbFiles = await readKnowledgeBaseDir(dir);
  const progress = progressFor(io, { quiet: values.quiet || values.json });
  const lemmatizer = loadLemmatizer();
  let done;
  try {
    done = ingest(kbFiles, articles, lemmatizer, (i, a) => {
      progress.stage(`ingesting ${a.name}`, articles.length, '', i);
    });
  } catch (e) {
    progress.end();
    if (e instanceof IngestRefused) throw new CommandFailed(e.message);
    throw e;
  }
  progress.end();
  if (!done.result.ok) {
    io.err(done.result.diagnostics.map((d) => formatDiagnostic(d, into)).join('\n'));
    io.err(`\n${done.failedAt ? `with ${done.failedAt}, ` : ''}the knowledge base has ${done.result.diagnostics.length} problem(s); nothing was written.`);
    return 1;
  }
  await writeFilesAtomic(
    dir,
    done.files.map((f) => ({ name: f.path, content: f.content })),
    { onWait: waitingFor(io, into) },
  );
  if (values.json) io.out(JSON.stringify({ into, written: done.files.map((f) => f.path), edited: done.edited, articles: done.reports }, null, 2));
  else io.out(formatReport(done.reports, into, done.files.length, done.edited));
  return 0;
}

function outletNamed(name: string): Outlet {
  const id = slug(name);
  return { id, name };
}

/** A file is one article; a folder, every .txt directly in it, sorted by name. */
async function articlesAt(path: string, shown: string): Promise<string[]> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new CommandFailed(`cannot read "${shown}" (${e.code ?? e.message})`);
  });
  if (!info.isDirectory()) return [path];
  return (await readdir(path))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(path, n));
}

async function readArticle(path: string, published: string | undefined, outlet: Outlet | undefined): Promise<Article> {
  const name = basename(path);
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CommandFailed(`cannot read the article "${path}" (${e.code ?? e.message})`);
  });
  const metaPath = path.replace(/\.txt$/, '.yaml');
  const metaText = metaPath === path ? null : await readFile(metaPath, 'utf8').catch(() => null);
  let meta: Record<string, unknown> = {};
  if (metaText !== null) {
    try {
      const parsed: unknown = parse(metaText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch (e) {
      throw new CommandFailed(`the metadata file ${basename(metaPath)} of ${name} is not YAML (${(e as Error).message})`);
    }
  }
  const date = published ?? (typeof meta.published === 'string' ? meta.published : undefined);
  if (!date) throw new UsageError(`${name} has no publication date: pass --published <YYYY-MM-DD> or write "published:" in ${basename(metaPath)}`);
  if (parseIsoDate(date) !== 'day') throw new UsageError(`the publication date of ${name} must be a calendar date YYYY-MM-DD, got "${date}"`);
  const id = typeof meta.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.id) ? meta.id : slug(name.replace(/\.txt$/, ''));
  const title = langText(meta.title);
  return {
    name,
    text,
    published: date,
    sourceId: id,
    ...(title ? { title } : {}),
    ...((outlet ?? metaOutlet(meta.outlet)) ? { outlet: outlet ?? metaOutlet(meta.outlet)! } : {}),
  };
}

function langText(v: unknown): LangText | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { pl, en } = v as Record<string, unknown>;
  return typeof pl === 'string' && typeof en === 'string' && pl && en ? { pl, en } : undefined;
}

function metaOutlet(v: unknown): Outlet | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' && o[k] ? (o[k] as string) : undefined);
  const name = str('name');
  const out: Outlet = { ...(name ? outletNamed(name) : {}) };
  for (const k of ['country', 'url', 'note'] as const) if (str(k)) out[k] = str(k);
  if (str('id')) out.id = str('id');
  return Object.keys(out).length ? out : undefined;
}

function formatReport(reports: ArticleReport[], into: string, written: number, edited: string[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.article} → source ${r.source}`);
    lines.push(`  linked (${r.linked.length}): ${r.linked.map((e) => e.id).join(', ') || '—'}`);
    lines.push(`  new (${r.new.length}): ${r.new.map((e) => `${e.id} (${e.type})`).join(', ') || '—'}`);
    lines.push(`  merged (${r.merged.length}):${r.merged.length ? '' : ' —'}`);
    for (const m of r.merged) lines.push(`    +${m.evidence} evidence → ${m.relation} [${m.claim}] in ${m.file}`);
    lines.push(`  new relations (${r.relations.length}): ${r.relations.map((x) => x.claim).join('; ') || '—'}`);
    lines.push(`  uncertain (${r.uncertain.length}):${r.uncertain.length ? '' : ' —'}`);
    for (const u of r.uncertain)
      lines.push(
        `    ${u.entity} (${u.decision}; ${u.mentions.map((m) => `"${m}"`).join(', ')}): candidates ${u.candidates.map((c) => `${c.id} (${c.name})`).join(', ')}; ${u.reason}`,
      );
    if (r.dropped.length) lines.push(`  left out (${r.dropped.length}), types or ends do not fit: ${r.dropped.join(', ')}`);
  }
  lines.push(
    '',
    `wrote ${written} file(s) into ${into}${edited.length ? `, of which ${edited.length} existing relation file(s) gained evidence: ${edited.join(', ')}` : ''}; review them, then "faktograf validate ${into}"`,
  );
  return lines.join('\n');
}

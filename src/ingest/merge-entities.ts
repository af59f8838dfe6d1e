// Merging two entities that are one (a reviewer's decision after `faktograf ingest` reported
// them uncertain): every reference to the dropped one points to the kept one, the dropped
// one's names become the kept one's aliases, and the dropped one is removed. Pure: files in,
// changed files out, with their previous content so that the merge can be undone exactly.
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { loadKnowledgeBase, type TextFile } from '../kb/load.ts';
import { foldName } from '../model/normalize.ts';
import { replaceScalar } from './yaml-edit.ts';

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface EntityMerge {
  keep: string;
  drop: string;
  changes: FileChange[];
  /** Names of the dropped entity added to the kept one's aliases. */
  aliases: string[];
}

export class MergeRefused extends Error {}

/** Keys whose values are never entity references: ids, quotes and free text. */
const NOT_REFERENCES = new Set([
  'id',
  'quote',
  'prefix',
  'suffix',
  'source',
  'note',
  'rule',
  'name',
  'aliases',
  'description',
  'pl',
  'en',
  'text',
  'title',
  'mentions',
]);

const entityItem = (content: string, id: string): { doc: ReturnType<typeof parseDocument>; item: YAMLMap; index: number } | undefined => {
  const doc = parseDocument(content);
  const list = doc.get('entities', true);
  if (!isSeq(list)) return undefined;
  const index = list.items.findIndex((i) => isMap(i) && i.get('id') === id);
  return index === -1 ? undefined : { doc, item: list.items[index] as YAMLMap, index };
};

export function mergeEntities(files: readonly TextFile[], keep: string, drop: string): EntityMerge {
  if (keep === drop) throw new MergeRefused(`"${keep}" and "${drop}" are the same entity`);
  const loaded = loadKnowledgeBase([...files]);
  if (!loaded.ok) throw new MergeRefused(`the knowledge base has ${loaded.diagnostics.length} problem(s); run "faktograf validate" and fix them first`);
  const byId = new Map(loaded.value.kb.entities.map((e) => [e.id, e]));
  const kept = byId.get(keep);
  const dropped = byId.get(drop);
  for (const [id, e] of [
    [keep, kept],
    [drop, dropped],
  ] as const)
    if (!e) throw new MergeRefused(`the knowledge base has no entity "${id}"`);
  if (kept!.type !== dropped!.type) throw new MergeRefused(`"${keep}" is a ${kept!.type} and "${drop}" a ${dropped!.type}: merge entities of one type only`);

  const contents = new Map(files.map((f) => [f.path, f.content]));
  const data = (p: string) => p.startsWith('entities/') || p.startsWith('relations/');
  for (const [path, content] of contents) if (data(path) && /\.ya?ml$/.test(path)) contents.set(path, replaceScalar(content, drop, keep, NOT_REFERENCES));

  // Remove the dropped entity's item, its lines and nothing else.
  const dropFile = [...contents].find(([p, c]) => p.startsWith('entities/') && entityItem(c, drop))![0];
  const dropAt = entityItem(contents.get(dropFile)!, drop)!;
  const text = contents.get(dropFile)!;
  const [start, end] = dropAt.item.range!;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end - 1);
  const remaining = text.slice(0, from) + text.slice(lineEnd === -1 ? text.length : lineEnd + 1);
  contents.set(dropFile, remaining.trimEnd().endsWith('entities:') ? remaining.replace(/entities:\s*$/, 'entities: []\n') : remaining);

  // The dropped entity's names and mentions go to the kept one.
  const keepFile = [...contents].find(([p, c]) => p.startsWith('entities/') && entityItem(c, keep))![0];
  const { doc, item } = entityItem(contents.get(keepFile)!, keep)!;
  const have = new Set([kept!.name.pl, kept!.name.en, ...kept!.aliases].map(foldName));
  const aliases: string[] = [];
  for (const n of [dropped!.name.pl, dropped!.name.en, ...dropped!.aliases])
    if (!have.has(foldName(n))) {
      have.add(foldName(n));
      aliases.push(n);
    }
  if (aliases.length) {
    const seq = item.get('aliases', true);
    if (isSeq(seq)) for (const a of aliases) seq.add(doc.createNode(a));
    else item.set('aliases', doc.createNode([...kept!.aliases, ...aliases]));
  }
  const mentions = Object.entries(dropped!.mentions ?? {});
  if (mentions.length) {
    const all = new Map(Object.entries(kept!.mentions ?? {}));
    for (const [source, list] of mentions) all.set(source, [...new Set([...(all.get(source) ?? []), ...list])]);
    item.set('mentions', doc.createNode(Object.fromEntries(all)));
  }
  if (aliases.length || mentions.length) contents.set(keepFile, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));

  const changes = files.filter((f) => contents.get(f.path) !== f.content).map((f) => ({ path: f.path, before: f.content, after: contents.get(f.path)! }));
  const result = loadKnowledgeBase(files.map((f) => ({ path: f.path, content: contents.get(f.path)! })));
  if (!result.ok)
    throw new MergeRefused(
      `merged, the knowledge base would have ${result.diagnostics.length} problem(s), e.g. ${result.diagnostics[0]!.file}:${result.diagnostics[0]!.line}: ${result.diagnostics[0]!.message}; nothing was written`,
    );
  return { keep, drop, changes, aliases };
}

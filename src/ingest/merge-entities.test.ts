import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../kb/load.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { mergeEntities, MergeRefused } from './merge-entities.ts';
import { logMerge, parseLog, formatLog, undoMerge } from './merge-log.ts';

const MINI = join(import.meta.dirname, '..', 'kb', 'fixtures', 'mini');

describe('mergeEntities', async () => {
  const base = await readKnowledgeBaseDir(MINI);
  // A second Kim, claimant of a quote, with a mention of his own.
  const files = base.map((f) => {
    if (f.path === 'entities/all.yaml')
      return {
        ...f,
        content: `${f.content}  # The same man, found again by ingest.\n  - id: kim-2\n    type: Person\n    name: {pl: Kim Dzong Un, en: Kim Czong Un}\n    aliases: [Kim]\n    mentions: {mini: [Kima]}\n`,
      };
    if (f.path === 'relations/all.yaml')
      return {
        ...f,
        content: f.content
          .replace('  - id: r-putin-signed\n    subject: putin', '  - id: r-putin-signed\n    subject: kim-2')
          .replace('        quote: traktat z Władimirem Putinem', '        quote: traktat z Władimirem Putinem\n        claimedBy: [kim-2]'),
      };
    return f;
  });

  it('points every reference to the kept entity, gives it the names, removes the other', () => {
    const merge = mergeEntities(files, 'kim', 'kim-2');
    expect(merge.aliases).toEqual(['Kim Czong Un', 'Kim']);
    const after = new Map(files.map((f) => [f.path, f.content]));
    for (const c of merge.changes) after.set(c.path, c.after);
    const relations = parse(after.get('relations/all.yaml')!).relations;
    expect(relations[1]).toMatchObject({ id: 'r-putin-signed', subject: 'kim', evidence: [{ claimedBy: ['kim'] }] });
    const entities = after.get('entities/all.yaml')!;
    expect(entities).not.toContain('id: kim-2');
    expect(entities).toContain('# The same man, found again by ingest.');
    const kim = parse(entities).entities.find((e: { id: string }) => e.id === 'kim');
    expect(kim).toMatchObject({ aliases: ['Kim Dzong Una', 'Kim Czong Un', 'Kim'], mentions: { mini: ['Kima'] }, wikidata: 'Q56226' });
    expect(loadKnowledgeBase([...after].map(([path, content]) => ({ path, content }))).ok).toBe(true);
  });

  it('is undone exactly, and not over later edits', () => {
    const merge = mergeEntities(files, 'kim', 'kim-2');
    const log = parseLog(formatLog(logMerge([], merge, '2026-01-01T00:00:00Z')));
    const current = new Map(files.map((f) => [f.path, f.content]));
    for (const c of merge.changes) current.set(c.path, c.after);
    const undo = undoMerge(log, 'm1', current, '2026-01-02T00:00:00Z');
    for (const f of undo.files) current.set(f.path, f.content);
    expect([...current].map(([path, content]) => ({ path, content }))).toEqual(files.map((f) => ({ path: f.path, content: f.content })));
    expect(undo.log[0]!.undone).toBe('2026-01-02T00:00:00Z');
    const edited = new Map(current);
    for (const c of merge.changes) edited.set(c.path, `${c.after}# edited\n`);
    expect(() => undoMerge(log, 'm1', edited, 'x')).toThrow(/changed since merge m1/);
    expect(() => undoMerge(log, 'm9', edited, 'x')).toThrow(/no merge "m9"; the merges are m1/);
  });

  it('refuses one entity twice, and entities of two types', () => {
    expect(() => mergeEntities(files, 'kim', 'kim')).toThrow(MergeRefused);
    expect(() => mergeEntities(files, 'north-korea', 'kim')).toThrow(/is a Country and "kim" a Person/);
  });
});

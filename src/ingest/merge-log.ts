// The log of entity merges, `MERGES.log` at the top of the knowledge base (not a data file:
// the loader reads only .yaml there): one JSON object a line, each merge with the previous and
// the new content of every file it changed, so `--undo <id>` restores exactly what was.
import type { EntityMerge, FileChange } from './merge-entities.ts';

export const MERGE_LOG = 'MERGES.log';

export interface LogEntry {
  id: string;
  date: string;
  keep: string;
  drop: string;
  files: FileChange[];
  undone?: string;
}

export function parseLog(text: string): LogEntry[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as LogEntry;
      } catch {
        throw new Error(`${MERGE_LOG} line ${i + 1} is not a log entry (JSON); restore the file from version control`);
      }
    });
}

export const formatLog = (entries: readonly LogEntry[]) => entries.map((e) => `${JSON.stringify(e)}\n`).join('');

export function logMerge(entries: readonly LogEntry[], merge: EntityMerge, date: string): LogEntry[] {
  return [...entries, { id: `m${entries.length + 1}`, date, keep: merge.keep, drop: merge.drop, files: merge.changes }];
}

/**
 * The files that undo a merge, provided none changed since (else undoing would lose those
 * edits), and the log with the entry marked undone.
 */
export function undoMerge(
  entries: readonly LogEntry[],
  id: string,
  current: ReadonlyMap<string, string>,
  date: string,
): { files: Array<{ path: string; content: string }>; log: LogEntry[] } {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`${MERGE_LOG} has no merge "${id}"; the merges are ${entries.map((e) => e.id).join(', ') || 'none'}`);
  if (entry.undone) throw new Error(`merge ${id} was undone on ${entry.undone}`);
  const changed = entry.files.filter((f) => current.get(f.path) !== f.after).map((f) => f.path);
  if (changed.length)
    throw new Error(`${changed.join(', ')} changed since merge ${id}; undoing it would lose those edits: undo them first, or restore from version control`);
  return { files: entry.files.map((f) => ({ path: f.path, content: f.before })), log: entries.map((e) => (e.id === id ? { ...e, undone: date } : e)) };
}

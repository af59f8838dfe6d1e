// What an export could not carry, said once per kind with how often it happened.
import type { Export, ExportFile } from './types.ts';

export class Notes {
  private readonly counts = new Map<string, { message: string; count: number }>();

  /** Records one occurrence; messages with the same code are reported once, counted. */
  add(code: string, message: string): void {
    const n = this.counts.get(code);
    if (n) n.count++;
    else this.counts.set(code, { message, count: 1 });
  }

  list(): string[] {
    return [...this.counts.values()].map(({ message, count }) => (count > 1 ? `${message} (${count} times)` : message));
  }
}

/** An export whose warnings are read from `notes` when asked (after its chunks). */
export function exportOf(files: ExportFile[], notes: Notes): Export {
  return {
    files,
    get warnings() {
      return notes.list();
    },
  };
}

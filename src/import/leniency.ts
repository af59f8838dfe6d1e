// What the readers forgive in other tools' files, as graphology and NetworkX do, and say
// they forgave: each fix is one warning (counted, with the line of its first occurrence).
// Read strictly, the same fix is a refusal saying what is wrong and how it would be read.
import { Notes } from '../export/notes.ts';
import { ImportError } from './limits.ts';

export class Leniency {
  /** The fixes made, as warnings (also in `notes`). */
  readonly fixes = new Notes();

  constructor(
    readonly notes: Notes,
    readonly strict: boolean,
  ) {}

  /**
   * `problem` is what the file does, `fix` how a lenient reading takes it. Throws under
   * strict reading; otherwise records `problem: fix` once per `code`.
   */
  fix(code: string, problem: string, fix: string, line?: number): void {
    if (this.strict) throw new ImportError(`${problem}; refused by the strict reading (without --strict, ${fix})`, line);
    const message = `${problem}: ${fix}${line === undefined ? '' : ` (first on line ${line})`}`;
    this.notes.add(code, message);
    this.fixes.add(code, message);
  }
}

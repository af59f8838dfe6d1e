// Problems found in a knowledge base, each pinned to file:line:column with advice.

export interface Diagnostic {
  /** Path relative to the knowledge-base directory, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
  /** What to do about it. */
  hint: string;
}

/** `file:line:column: message` and its advice; a warning says so after the position. */
export function formatDiagnostic(d: Diagnostic, root = '', severity: 'error' | 'warning' = 'error'): string {
  const file = root ? `${root.replace(/\/$/, '')}/${d.file}` : d.file;
  return `${file}:${d.line}:${d.column}: ${severity === 'warning' ? 'warning: ' : ''}${d.message}\n    → ${d.hint}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

/** Thrown by the builder when a knowledge base does not validate. */
export class KnowledgeBaseError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `faktograf: the knowledge base has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}:\n` +
        diagnostics.map((d) => formatDiagnostic(d)).join('\n'),
    );
    this.name = 'KnowledgeBaseError';
  }
}

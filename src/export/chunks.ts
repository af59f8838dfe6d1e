// Output in pieces of about 64 KiB, so a writer never builds one string for a whole graph
// (V8 strings stop near 512 MiB) and a caller can stream them to a file or a Blob.
const CHUNK = 1 << 16;

export class Chunker {
  private parts: string[] = [];
  private size = 0;

  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  get full(): boolean {
    return this.size >= CHUNK;
  }

  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return out;
  }
}

/** Joins a writer's chunks: for callers that want the whole text of a small graph. */
export function joinChunks(chunks: Iterable<string>): string {
  const parts: string[] = [];
  for (const c of chunks) parts.push(c);
  return parts.join('');
}

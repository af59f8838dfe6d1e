// XML events for the GEXF and GraphML readers, safe on hostile input: no DTD is read or
// fetched, entity declarations are refused (so nothing expands and no local file is
// read), nesting and size are bounded, and every failure names its line.
import { SaxesParser } from 'saxes';
import { ownRecord } from '../model/own.ts';
import { formatBytes, ImportError, type ImportLimits } from './limits.ts';

export interface XmlTag {
  /** Local name, prefix dropped (readers are lenient about namespaces, as Gephi is). */
  name: string;
  attrs: Record<string, string>;
  line: number;
}

export interface XmlHandlers {
  open(tag: XmlTag, depth: number): void;
  close(name: string, depth: number): void;
  /** Character data directly inside the element opened last. */
  text?(text: string): void;
}

export interface XmlReader {
  write(chunk: string): void;
  close(): void;
  readonly line: number;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

export function xmlReader(handlers: XmlHandlers, limits: ImportLimits): XmlReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let size = 0;
  const fail = (message: string): never => {
    throw new ImportError(message, parser.line);
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('['))
      fail(
        'the file declares a DOCTYPE with an internal subset (<!ENTITY …> or other declarations); ' +
          'these are refused because entities can expand without bound or read local files. Remove the DOCTYPE.',
      );
    // A DOCTYPE naming only an external DTD is ignored: the DTD is never fetched.
  });
  parser.on('opentag', (tag) => {
    if (++depth > limits.maxDepth) fail(`elements are nested deeper than ${limits.maxDepth} levels`);
    const attrs = ownRecord<string>();
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) attrs[local(k)] = v;
    handlers.open({ name: local(tag.name), attrs, line: parser.line }, depth);
  });
  parser.on('closetag', (tag) => {
    handlers.close(local(tag.name), depth);
    depth--;
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t) => text(t));
    parser.on('cdata', (t) => text(t));
  }
  parser.on('error', (e) => {
    const message = e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    const hint = /undefined entity/.test(message) ? ' (only &amp; &lt; &gt; &quot; &apos; and numeric character references are accepted; entity declarations are refused)' : '';
    throw new ImportError(`not well-formed XML: ${message}${hint}`, parser.line);
  });

  return {
    write(chunk) {
      size += chunk.length;
      if (size > limits.maxBytes) fail(`the file is larger than the limit of ${formatBytes(limits.maxBytes)}`);
      parser.write(chunk);
    },
    close() {
      parser.close();
    },
    get line() {
      return parser.line;
    },
  };
}

// XML events for the GEXF and GraphML readers, safe on hostile input: no DTD is read or
// fetched, entity declarations are refused (so nothing expands and no local file is
// read), nesting and size are bounded, and every failure names its line. Namespaces are
// resolved, so a reader can tell its own elements from another vocabulary's.
import { SaxesParser } from 'saxes';
import { ownRecord } from '../model/own.ts';
import { formatBytes, ImportError, type ImportLimits } from './limits.ts';

export interface XmlTag {
  /** Local name, prefix dropped. */
  name: string;
  /** Namespace IRI; '' for none, the prefix itself when the file never binds it. */
  uri: string;
  /** Attributes without a prefix (GEXF's and GraphML's own); namespaced ones are another vocabulary's. */
  attrs: Record<string, string>;
  line: number;
}

export interface XmlHandlers {
  /** `'skip'` leaves out the element's content: no events until it closes, its own close included. */
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that never skip are declared void
  open(tag: XmlTag, depth: number): void | 'skip';
  close(name: string, depth: number): void;
  /** Character data directly inside the element opened last. */
  text?(text: string): void;
}

export interface XmlReader {
  write(chunk: string): void;
  close(): void;
  readonly line: number;
}

export function xmlReader(handlers: XmlHandlers, limits: ImportLimits): XmlReader {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  /** Depth of the element whose content is being skipped, 0 when none. */
  let skipping = 0;
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
    if (skipping) return;
    const attrs = ownRecord<string>();
    for (const a of Object.values(tag.attributes)) if (a.prefix === '' && a.name !== 'xmlns') attrs[a.local] = a.value;
    if (handlers.open({ name: tag.local, uri: tag.uri, attrs, line: parser.line }, depth) === 'skip') skipping = depth;
  });
  parser.on('closetag', (tag) => {
    if (!skipping) handlers.close(tag.local, depth);
    else if (skipping === depth) skipping = 0;
    depth--;
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t) => skipping || text(t));
    parser.on('cdata', (t) => skipping || text(t));
  }
  parser.on('error', (e) => {
    const message = e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    // Gephi and most tools read `viz:` or `xsi:` without a declaration; the element then
    // belongs to no namespace the readers know (its uri is the bare prefix).
    if (/^unbound namespace prefix/.test(message)) return;
    const hint = /undefined entity/.test(message)
      ? ' (only &amp; &lt; &gt; &quot; &apos; and numeric character references are accepted; entity declarations are refused)'
      : '';
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

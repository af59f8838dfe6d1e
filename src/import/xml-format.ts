// Picks the reader by the root element, so a GEXF or GraphML file needs no extension.
// The root's namespace is the document's (whichever GEXF or GraphML IRI it is, or none,
// as real files vary): elements of any other namespace — yEd's <y:ShapeNode>, a
// <foo:node xmlns:foo="urn:x"> — are never read as nodes, edges or attributes; they and
// their content are left out, and the reader says so.
import type Graph from 'graphology';
import type { Notes } from '../export/notes.ts';
import { gexfReader } from './gexf.ts';
import type { Leniency } from './leniency.ts';
import { graphmlReader } from './graphml.ts';
import { ImportError, type ImportLimits } from './limits.ts';
import { xmlReader, type XmlHandlers, type XmlTag } from './xml-reader.ts';

export interface FormatReader {
  format: 'gexf' | 'graphml';
  handlers: XmlHandlers;
  /** An element of another namespace than the document's that the format still reads (GEXF's viz). */
  reads?(tag: XmlTag): boolean;
  /** An element of another namespace, left out with its content. */
  foreign(tag: XmlTag): void;
  finish(): { graph: Graph; version: string };
}

/** How a reader reports a foreign element it did not read. */
export function foreignNote(notes: Notes, tag: XmlTag): void {
  const of = tag.uri ? `of the namespace "${tag.uri}"` : 'in no namespace';
  notes.add(
    'foreign',
    `elements of other namespaces than the document's are not read, nor anything inside them (first: <${tag.name}> ${of}, line ${tag.line})`,
  );
}

export function xmlImporter(limits: ImportLimits, leniency: Leniency) {
  let reader: FormatReader | undefined;
  let namespace = '';
  const xml = xmlReader(
    {
      open(tag, depth) {
        if (!reader) {
          if (tag.name === 'gexf') reader = gexfReader(limits, leniency);
          else if (tag.name === 'graphml') reader = graphmlReader(limits, leniency);
          else throw new ImportError(`the root element is <${tag.name}>; expected <gexf> or <graphml>`, tag.line);
          namespace = tag.uri;
        }
        if (tag.uri !== namespace && !reader.reads?.(tag)) {
          reader.foreign(tag);
          return 'skip';
        }
        return reader.handlers.open(tag, depth);
      },
      close: (name, depth) => reader?.handlers.close(name, depth),
      text: (t) => reader?.handlers.text?.(t),
    },
    limits,
  );
  return {
    write: (chunk: string) => xml.write(chunk),
    close() {
      xml.close();
      if (!reader) throw new ImportError('the file has no root element');
      return { ...reader.finish(), format: reader.format };
    },
  };
}

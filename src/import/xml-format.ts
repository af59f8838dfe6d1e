// Picks the reader by the root element, so a GEXF or GraphML file needs no extension.
import type Graph from 'graphology';
import type { Notes } from '../export/notes.ts';
import { gexfReader } from './gexf.ts';
import { graphmlReader } from './graphml.ts';
import { ImportError, type ImportLimits } from './limits.ts';
import { xmlReader, type XmlHandlers } from './xml-reader.ts';

export interface FormatReader {
  format: 'gexf' | 'graphml';
  handlers: XmlHandlers;
  finish(): { graph: Graph; version: string };
}

export function xmlImporter(limits: ImportLimits, notes: Notes) {
  let reader: FormatReader | undefined;
  const xml = xmlReader(
    {
      open(tag, depth) {
        if (!reader) {
          if (tag.name === 'gexf') reader = gexfReader(limits, notes);
          else if (tag.name === 'graphml') reader = graphmlReader(limits, notes);
          else throw new ImportError(`the root element is <${tag.name}>; expected <gexf> or <graphml>`, tag.line);
        }
        reader.handlers.open(tag, depth);
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

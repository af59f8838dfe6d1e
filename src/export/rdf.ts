// RDF Turtle through n3: the path to triple stores for graphs that outgrow one machine. The
// statements come from rdf-statements.ts; here they are written as one Turtle document (the
// export) or as standalone Turtle documents of a bounded number of triples (a store's
// batched load, `faktograf load`). Both read by Virtuoso 7, rapper and Oxigraph alike.
import { Writer } from 'n3';
import type { Quad_Object, Quad_Predicate, Quad_Subject } from 'n3';
import { exportOf, Notes } from './notes.ts';
import { DEFAULT_BASE, namespaces, type TurtleOptions } from './rdf-namespaces.ts';
import { rdfStatements, type BlankNodeOf, type Statement } from './rdf-statements.ts';
import type { AnyGraph, Export } from './types.ts';

export { DEFAULT_BASE, namespaces } from './rdf-namespaces.ts';
export type { TurtleOptions } from './rdf-namespaces.ts';

const isBlankOf = (o: Statement['object']): o is BlankNodeOf => 'parts' in o;

/** An n3 Writer into a buffer that `take()` empties. */
function turtleWriter(prefixes: Record<string, string>) {
  let buffer: string[] = [];
  // Virtuoso's loader rejects a number directly followed by the statement's final dot
  // (`fk:rank 6.`); n3 writes that dot at the start of a piece, so a space goes before it.
  let digitLast = false;
  const write = (piece: string) => {
    if (digitLast && piece.startsWith('.')) buffer.push(' ');
    if (piece) digitLast = /\d$/.test(piece);
    buffer.push(piece);
  };
  const writer = new Writer({ write, end: () => undefined }, { prefixes });
  return {
    put(statements: Statement[]) {
      // The statements hold n3's own terms (rdf-statements.ts types them structurally).
      for (const { subject, predicate, object } of statements)
        writer.addQuad(
          subject as Quad_Subject,
          predicate as Quad_Predicate,
          isBlankOf(object) ? writer.blank(object.parts as Array<{ predicate: Quad_Predicate; object: Quad_Object }>) : (object as Quad_Object),
        );
    },
    end() {
      writer.end();
    },
    take(): string {
      const out = buffer.join('');
      buffer = [];
      return out;
    },
  };
}

export function turtle(graph: AnyGraph, options: Partial<TurtleOptions> = {}): Export {
  const notes = new Notes();
  const batches = rdfStatements(graph, options, notes);
  const writer = turtleWriter(namespaces(options.base ?? DEFAULT_BASE));
  function* chunks(): Generator<string> {
    for (const batch of batches) {
      writer.put(batch);
      yield writer.take();
    }
    writer.end();
    yield writer.take();
  }
  return exportOf([{ name: 'graph.ttl', chunks: chunks() }], notes);
}

export interface TurtleBatch {
  /** A Turtle document of its own, with the prefixes. */
  text: string;
  triples: number;
}

/**
 * The export's triples as standalone Turtle documents of about `size` triples each (a blank
 * node never split from its triples), in the export's order: for loading a store in batches.
 */
export function* turtleBatches(graph: AnyGraph, options: Partial<TurtleOptions>, notes: Notes, size = 10_000): Generator<TurtleBatch> {
  const prefixes = namespaces(options.base ?? DEFAULT_BASE);
  let writer = turtleWriter(prefixes);
  let triples = 0;
  const take = (): TurtleBatch => {
    writer.end();
    const batch = { text: writer.take(), triples };
    writer = turtleWriter(prefixes);
    triples = 0;
    return batch;
  };
  for (const statements of rdfStatements(graph, options, notes))
    for (const statement of statements) {
      writer.put([statement]);
      triples += 1 + (isBlankOf(statement.object) ? statement.object.parts.length : 0);
      if (triples >= size) yield take();
    }
  if (triples) yield take();
}

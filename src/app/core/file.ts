// An opened file -> a graphology graph, whichever of GEXF, GraphML or graphology JSON it
// is. Every failure becomes an Error whose message a user can act on.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';

export type GraphFormat = 'gexf' | 'graphml' | 'json';

/** The format from the content first (extensions lie), else from the name. */
export function detectFormat(name: string, text: string): GraphFormat | null {
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith('{')) return 'json';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') return ext;
  return null;
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new Error(`The file is not well-formed XML${detail ? `: ${detail}` : '.'}`);
  }
  if (!doc.getElementsByTagName('graph')[0]) throw new Error('The file has no <graph> element.');
  return doc;
}

function parseJson(text: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`The file is not valid JSON: ${(e as Error).message}`);
  }
  const d = data as { nodes?: unknown; edges?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(d.nodes)) {
    throw new Error('The JSON file is not a graphology graph: it has no "nodes" list.');
  }
  if (d.edges !== undefined && !Array.isArray(d.edges)) throw new Error('The JSON file\'s "edges" is not a list.');
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.import(data as Parameters<Graph['import']>[0]);
  return graph;
}

export function parseGraphFile(name: string, text: string): Graph {
  const format = detectFormat(name, text);
  if (!format) throw new Error(`"${name}" is not a GEXF, GraphML or graphology JSON file.`);
  try {
    if (format === 'json') return parseJson(text);
    const doc = parseXml(text);
    const options = { addMissingNodes: true };
    return format === 'gexf'
      ? parseGexf(Graph, doc, { ...options, allowUndeclaredAttributes: true })
      : parseGraphml(Graph, doc, options);
  } catch (e) {
    const message = (e as Error).message.replace(/^graphology-\w+\/parser: /, '');
    throw new Error(`Could not read "${name}" as ${format.toUpperCase()}: ${message}`);
  }
}

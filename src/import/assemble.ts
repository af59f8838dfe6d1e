// Builds the imported graph, checking what a file can get wrong about its structure:
// duplicate ids, edges to nodes that never appear (added, as graphology's addMissingNodes
// does, unless read strictly). Edges may come before their nodes (GraphML allows it);
// they wait until the end. An edge without an id gets its position among the file's edges
// (`"0"`, `"1"`…, or `"3#2"` when the file uses that id itself), chosen at the end when
// every id is known: the same file gives the same keys, unlike graphology's generated ones.
import type { Attributes } from '../export/flat.ts';
import { Graph } from '../model/graph.ts';
import type { Leniency } from './leniency.ts';
import { ImportError } from './limits.ts';

interface PendingEdge {
  id?: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
  line: number;
  /** Position among the file's edges. */
  index?: number;
}

export class GraphAssembler {
  graph: Graph;
  private readonly pending: PendingEdge[] = [];
  private readonly edgeLines = new Map<string, number>();
  private edges = 0;

  constructor(
    directed: boolean,
    private readonly leniency: Leniency,
  ) {
    this.graph = new Graph({ type: directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  }

  addNode(id: string, attributes: Attributes, line: number): void {
    if (this.graph.hasNode(id)) throw new ImportError(`the node id "${id}" appears twice; ids must be unique`, line);
    this.graph.addNode(id, attributes);
  }

  addEdge(edge: PendingEdge): void {
    if (edge.id !== undefined) {
      const first = this.edgeLines.get(edge.id);
      if (first !== undefined) throw new ImportError(`the edge id "${edge.id}" appears twice (first on line ${first}); ids must be unique`, edge.line);
      this.edgeLines.set(edge.id, edge.line);
    }
    const index = this.edges++;
    if (edge.id !== undefined && this.graph.hasNode(edge.source) && this.graph.hasNode(edge.target)) this.insert(edge);
    else this.pending.push({ ...edge, index });
  }

  finish(): Graph {
    for (const edge of this.pending) {
      for (const missing of new Set([edge.source, edge.target].filter((n) => !this.graph.hasNode(n)))) {
        const problem = `the edge ${edge.id === undefined ? '' : `"${edge.id}" `}from "${edge.source}" to "${edge.target}" names the node "${missing}", which the file does not declare`;
        this.leniency.fix('missing-node', problem, 'the node was added, without attributes', edge.line);
        this.graph.addNode(missing);
      }
      this.insert(edge.id === undefined ? { ...edge, id: this.freeKey(edge.index!) } : edge);
    }
    this.pending.length = 0;
    return this.graph;
  }

  private freeKey(index: number): string {
    let key = String(index);
    for (let n = 2; this.edgeLines.has(key) || this.graph.hasEdge(key); n++) key = `${index}#${n}`;
    return key;
  }

  private insert({ id, source, target, undirected, attributes }: PendingEdge): void {
    const wanted = undirected ? 'undirected' : 'directed';
    if (this.graph.type !== 'mixed' && this.graph.type !== wanted) this.graph = mixedCopy(this.graph);
    if (id === undefined) {
      if (undirected) this.graph.addUndirectedEdge(source, target, attributes);
      else this.graph.addDirectedEdge(source, target, attributes);
    } else if (undirected) this.graph.addUndirectedEdgeWithKey(id, source, target, attributes);
    else this.graph.addDirectedEdgeWithKey(id, source, target, attributes);
  }
}

// Not graphology's `copy()`: it copies attributes with Object.assign, which turns an
// attribute named "__proto__" into the copy's prototype. The objects are handed over as
// they are (the old graph is dropped), so every key stays an own key.
function mixedCopy(graph: Graph): Graph {
  const copy = new Graph({ type: 'mixed', multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  copy.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attributes) => void copy.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else copy.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}

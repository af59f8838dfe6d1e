// What stands out on screen: a pure function of the drawn graph and the transient
// focus (hover, selection, path). The renderer's reducers fade everything else.
import type Graph from 'graphology';
import type { Selection } from './types.ts';

export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** The entities the emphasis is about (hovered, selected, path ends). */
  focus: Set<string>;
}

export interface PathResult {
  nodes: string[];
  edges: string[];
}

export interface Focus {
  hoveredNode: string | null;
  selection: Selection;
  path: PathResult | null;
}

function neighbourhood(graph: Graph, node: string): Emphasis {
  const nodes = new Set([node, ...graph.neighbors(node)]);
  return { nodes, edges: new Set(graph.edges(node)), focus: new Set([node]) };
}

export function emphasis(graph: Graph, focus: Focus): Emphasis | null {
  if (focus.hoveredNode && graph.hasNode(focus.hoveredNode)) return neighbourhood(graph, focus.hoveredNode);
  const sel = focus.selection;
  if (sel?.kind === 'node' && graph.hasNode(sel.id)) return neighbourhood(graph, sel.id);
  if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) {
    const ends = graph.extremities(sel.id);
    return { nodes: new Set(ends), edges: new Set([sel.id]), focus: new Set(ends) };
  }
  if (focus.path) {
    const { nodes, edges } = focus.path;
    if (nodes.every((n) => graph.hasNode(n)) && edges.every((e) => graph.hasEdge(e))) {
      return { nodes: new Set(nodes), edges: new Set(edges), focus: new Set([nodes[0]!, nodes[nodes.length - 1]!]) };
    }
  }
  return null;
}

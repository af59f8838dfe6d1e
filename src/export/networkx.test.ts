// NetworkX 2.8 (Debian's python3-networkx) reads our GEXF 1.2draft and GraphML: same
// counts, and every attribute it hands back rebuilds the original value exactly.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatColor } from './color.ts';
import { parseColumnId, setPath, type Attributes } from './flat.ts';
import { exportGexf, exportGraphml } from './index.ts';
import { kbGraph, networkxPython, tempDir } from './test-support.ts';
import type { AnyGraph } from './types.ts';

const python = networkxPython();
if (!python) console.warn('skipping the NetworkX tests: /usr/bin/python3 cannot import networkx (apt-get install -y python3-networkx)');

const READ = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]) if sys.argv[1].endswith('.gexf') else nx.read_graphml(sys.argv[1])
json.dump({
  'type': type(g).__name__,
  'graph': g.graph,
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)],
}, sys.stdout, ensure_ascii=False)
`;

interface NxGraph {
  type: string;
  graph: Attributes;
  nodes: Record<string, Attributes>;
  edges: Array<[string, string, string, Attributes]>;
}

function readWithNetworkx(text: string, name: string): NxGraph {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return JSON.parse(execFileSync(python!, ['-c', READ, file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** Rebuilds attributes from what NetworkX read, undoing the flat encoding. */
function rebuild(data: Attributes, cls: string, ids: Map<string, string>, skip: string[]): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(data)) {
    if (skip.includes(name)) continue;
    const id = ids.get(`${cls}/${name}`);
    const column = id === undefined ? null : parseColumnId(id.replace(/^(node|edge|graph):/, ''), name);
    if (!column) throw new Error(`NetworkX returned ${cls} attribute "${name}", which the file does not declare`);
    setPath(out, column.path, column.json ? JSON.parse(value as string) : value);
  }
  return out;
}

let kb: AnyGraph;
beforeAll(async () => {
  kb = await kbGraph();
});

describe.skipIf(!python)('NetworkX 2.8 reads our files', () => {
  it('GEXF 1.2draft: same counts, every node and edge attribute', () => {
    const text = exportGexf(kb, { version: '1.2draft' }).text;
    const nx = readWithNetworkx(text, 'kb.gexf');
    expect(nx.type).toBe('MultiDiGraph');
    expect([Object.keys(nx.nodes).length, nx.edges.length]).toEqual([kb.order, kb.size]);
    // Title → column id, per class, from the file's declarations.
    let cls = '';
    const ids = new Map<string, string>();
    for (const m of text.matchAll(/<attributes class="(\w+)"|<attribute id="([^"]+)" title="([^"]+)"/g)) {
      if (m[1]) cls = m[1];
      else ids.set(`${cls}/${m[3]}`, m[2]!);
    }

    kb.forEachNode((node, original) => {
      const { viz, label, ...columns } = nx.nodes[node]!;
      const { position, size, color } = viz as {
        position: { x: number; y: number; z: number };
        size: number;
        color: { r: number; g: number; b: number; a: number };
      };
      const back = {
        label,
        x: position.x,
        y: position.y,
        size,
        color: formatColor({ r: color.r, g: color.g, b: color.b }),
        ...rebuild(columns, 'node', ids, []),
      };
      expect(back).toEqual(original);
    });
    for (const [source, target, key, data] of nx.edges) {
      expect([source, target]).toEqual(kb.extremities(key));
      const { label, ...columns } = kb.getEdgeAttributes(key);
      expect(rebuild(data, 'edge', ids, ['id', 'label'])).toEqual(columns);
      expect(data.label).toBe(label);
    }
  });

  it('GraphML: same counts, every graph, node and edge attribute', () => {
    const text = exportGraphml(kb).text;
    const nx = readWithNetworkx(text, 'kb.graphml');
    expect(nx.type).toBe('MultiDiGraph');
    expect([Object.keys(nx.nodes).length, nx.edges.length]).toEqual([kb.order, kb.size]);
    const ids = new Map<string, string>();
    for (const m of text.matchAll(/<key id="([^"]+)" for="(\w+)" attr\.name="([^"]+)"/g)) ids.set(`${m[2]}/${m[3]}`, m[1]!);

    expect(rebuild(nx.graph, 'graph', ids, ['node_default', 'edge_default'])).toEqual(kb.getAttributes());
    kb.forEachNode((node, original) => expect(rebuild(nx.nodes[node]!, 'node', ids, [])).toEqual(original));
    for (const [source, target, key, data] of nx.edges) {
      expect([source, target]).toEqual(kb.extremities(key));
      expect(rebuild(data, 'edge', ids, ['id'])).toEqual(kb.getEdgeAttributes(key));
    }
  });
});

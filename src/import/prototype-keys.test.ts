// Files whose node ids, edge ids and attribute names are prototype names (`__proto__`,
// `constructor`, `hasOwnProperty`…): read as plain names, queried, exported in every
// format and read back, and Object.prototype never touched.
import { describe, expect, it } from 'vitest';
import { exportCsv, exportGexf, exportGraphml, exportJson, exportTurtle } from '../export/index.ts';
import { canonicalGraph } from '../export/test-support.ts';
import type { AnyGraph } from '../export/types.ts';
import { KnowledgeGraph } from '../query/index.ts';
import { importGraph, summarize } from './index.ts';

// a → __proto__ → constructor — hasOwnProperty → toString, each edge keyed by its target's
// name; the third is undirected, so the graph turns mixed while it is read.
const CHAIN = [
  ['a', '__proto__', true],
  ['__proto__', 'constructor', true],
  ['constructor', 'hasOwnProperty', false],
  ['hasOwnProperty', 'toString', true],
] as const;
const NODES = ['a', '__proto__', 'constructor', 'hasOwnProperty', 'toString'];

/** Node attribute columns as [GEXF/GraphML id, title, type, value]: our flat encoding, and another tool's column "0". */
const COLUMNS = [
  ['__proto__.x', '__proto__.x', 'string', 'x'],
  ['__proto__._x002E_attrs:json', '__proto__..attrs', 'string', '{"polluted":true}'],
  ['constructor.prototype.polluted', 'constructor.prototype.polluted', 'boolean', 'true'],
  ['0', 'hasOwnProperty', 'string', 'h'],
] as const;
/** What each node must hold, whatever the format; each edge holds `{"__proto__": "p"}`. */
const NODE_ATTRIBUTES = '{"__proto__":{"x":"x",".attrs":{"polluted":true}},"constructor":{"prototype":{"polluted":true}},"hasOwnProperty":"h"}';

const gexfFile = () => `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node">${COLUMNS.map(([id, title, type]) => `<attribute id="${id}" title="${title}" type="${type}"/>`).join('')}</attributes>
<attributes class="edge"><attribute id="__proto__" title="__proto__" type="string"/></attributes>
<nodes>${NODES.map((n) => `<node id="${n}"><attvalues>${COLUMNS.map(([id, , , v]) => `<attvalue for="${id}" value="${v.replace(/"/g, '&quot;')}"/>`).join('')}</attvalues></node>`).join('\n')}</nodes>
<edges>${CHAIN.map(([s, t, directed]) => `<edge id="${t}" source="${s}" target="${t}"${directed ? '' : ' type="undirected"'}><attvalues><attvalue for="__proto__" value="p"/></attvalues></edge>`).join('\n')}</edges>
</graph></gexf>`;

const graphmlFile = () => `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${COLUMNS.map(([id, title, type]) => `<key id="node:${id}" for="node" attr.name="${title}" attr.type="${type}"/>`).join('\n')}
<key id="edge:__proto__" for="edge" attr.name="__proto__" attr.type="string"/>
<graph edgedefault="directed">
${NODES.map((n) => `<node id="${n}">${COLUMNS.map(([id, , , v]) => `<data key="node:${id}">${v}</data>`).join('')}</node>`).join('\n')}
${CHAIN.map(([s, t, directed]) => `<edge id="${t}" source="${s}" target="${t}"${directed ? '' : ' directed="false"'}><data key="edge:__proto__">p</data></edge>`).join('\n')}
</graph></graphml>`;

const jsonFile = () =>
  JSON.stringify({
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: NODES.map((key) => ({ key, attributes: JSON.parse(NODE_ATTRIBUTES) })),
    edges: CHAIN.map(([source, target, directed]) => ({
      key: target,
      source,
      target,
      attributes: JSON.parse('{"__proto__":"p"}'),
      ...(directed ? {} : { undirected: true }),
    })),
  });

/** The attribute at `path`, read through own properties only. */
function at(attributes: object, path: readonly string[]): unknown {
  let v: unknown = attributes;
  for (const k of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function untouched(): void {
  expect((Object.prototype as Record<string, unknown>).previous).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
}

describe('files whose ids and attribute names are prototype names', () => {
  it.each([
    ['GEXF', gexfFile],
    ['GraphML', graphmlFile],
    ['JSON', jsonFile],
  ])('%s: read as names, queried, exported and read back', (_format, file) => {
    const { graph } = importGraph(file());
    untouched();
    expect(graph.type).toBe('mixed');
    expect(graph.nodes()).toEqual(NODES);
    expect(graph.edges()).toEqual(CHAIN.map(([, t]) => t));
    for (const n of NODES) {
      const a = graph.getNodeAttributes(n);
      expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
      expect(at(a, ['__proto__', 'x'])).toBe('x');
      expect(at(a, ['__proto__', '.attrs', 'polluted'])).toBe(true);
      expect(at(a, ['constructor', 'prototype', 'polluted'])).toBe(true);
      expect(at(a, ['hasOwnProperty'])).toBe('h');
    }
    for (const e of graph.edges()) expect(at(graph.getEdgeAttributes(e), ['__proto__'])).toBe('p');
    // Every format gives the same graph.
    expect(canonicalGraph(graph as unknown as AnyGraph)).toBe(canonicalGraph(importGraph(jsonFile()).graph as unknown as AnyGraph));

    const kg = new KnowledgeGraph(graph as unknown as AnyGraph);
    expect(kg.shortestPath('a', 'toString', { directed: false })).toEqual({ nodes: NODES, edges: CHAIN.map(([, t]) => t) });
    expect(kg.relations({ from: '__proto__' }).map((r) => [r.id, r.to])).toEqual([['constructor', 'constructor']]);
    expect(kg.neighbours('constructor').map((n) => n.entity)).toEqual(['__proto__', 'hasOwnProperty']);
    expect(kg.entity('__proto__')?.id).toBe('__proto__');

    const summary = summarize(graph as unknown as AnyGraph);
    expect(Object.entries(summary.nodeAttributes)).toEqual([
      ['__proto__', 5],
      ['constructor', 5],
      ['hasOwnProperty', 5],
    ]);
    expect(Object.entries(summary.edgeAttributes)).toEqual([['__proto__', 4]]);

    const original = canonicalGraph(graph as unknown as AnyGraph);
    const g = graph as unknown as AnyGraph;
    for (const text of [exportGexf(g).text, exportGexf(g, { version: '1.2draft' }).text, exportGraphml(g).text, exportJson(g).text]) {
      const back = importGraph(text).graph as unknown as AnyGraph;
      expect(canonicalGraph(back)).toBe(original);
      expect(new KnowledgeGraph(back).shortestPath('a', 'toString')?.nodes).toEqual(NODES);
    }
    const ttl = exportTurtle(g).text;
    for (const n of NODES) expect(ttl).toContain(`ent:${n} a fk:Entity`);
    const csv = exportCsv(g);
    expect(
      csv.nodes
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split(',')[0]),
    ).toEqual(NODES);
    expect(csv.edges.split('\n')).toHaveLength(CHAIN.length + 2);
    untouched();
  });
});

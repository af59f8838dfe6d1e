// The explorer draws what the exports write: on the seed knowledge base, the colours and
// sizes of its first view are the GEXF file's viz values, and a choice made in the panel
// (communities, betweenness) goes into the GEXF the explorer exports; then the choices
// themselves, on opened files.
import { join } from 'node:path';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBuild } from '../../compile/pipeline.ts';
import { exportGexf } from '../../export/index.ts';
import type { AnyGraph } from '../../export/types.ts';
import { FALLBACK_COLOR, NODE_SIZE } from '../../model/appearance.ts';
import { Graph } from '../../model/graph.ts';
import { GRADIENT, PALETTE } from '../../model/palette.ts';
import { readKnowledgeBaseDir } from '../../node/read-kb.ts';
import { makeDataset, normalizeGraph } from '../core/dataset.ts';
import { toGexf } from '../core/export.ts';
import { edgeAppearance, nodeAppearance } from '../core/appearance.ts';
import { filterGraph } from '../core/filters.ts';
import { defaultViewState } from '../core/store.ts';
import type { Dataset, KnowledgeGraphData, ViewState } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';
import { appearanceOptions, createAppearanceController, type AppearanceController } from './appearance.ts';

let built: AnyGraph;
let dataset: Dataset;

beforeAll(async () => {
  const result = runBuild(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', '..', 'graph')));
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  built = result.graph as unknown as AnyGraph;
  // As the explorer receives it: graph.json, read back.
  const raw = new Graph({ multi: true, type: 'mixed' });
  raw.import(JSON.parse(JSON.stringify(built.export())));
  dataset = makeDataset(normalizeGraph(raw, 'graph.json'), [], null);
});

/** Colour and size of every node, and colour and thickness of every edge, as a GEXF file gives them. */
function vizOf(text: string) {
  const g = parseGexf(Graph, text);
  return {
    nodes: Object.fromEntries(g.mapNodes((n, a) => [n, { color: a.color, size: a.size }])),
    edges: Object.fromEntries(g.mapEdges((e, a) => [e, { color: a.color, size: a.size }])),
  };
}

function drawnLook(drawn: KnowledgeGraphData) {
  return {
    nodes: Object.fromEntries(drawn.mapNodes((n, a) => [n, { color: a.color, size: a.size }])),
    edges: Object.fromEntries(drawn.mapEdges((e, a) => [e, { color: a.color, size: a.size }])),
  };
}

/** What the graph controller draws for a view state (its edge render programs aside, which need WebGL). */
function draw(appearance: AppearanceController, state: ViewState, data = dataset): KnowledgeGraphData {
  const opts = appearanceOptions(data, state, appearance);
  const { entityTypes, relationTypes } = data.graph.getAttribute('ontology');
  return filterGraph(data.graph, state.filters, data.drafts, {
    node: (node, attrs) => nodeAppearance(node, attrs, opts, entityTypes),
    edge: (edge, attrs) => edgeAppearance(edge, attrs, opts, relationTypes),
  });
}

const computed = (appearance: AppearanceController) => new Promise<void>((resolve) => appearance.onChange(() => appearance.pending() === null && resolve()));

describe('one appearance for the explorer and the exports', () => {
  test("the explorer's first view has the colours and sizes of the build's GEXF export", () => {
    const fromBuild = vizOf(exportGexf(built).text);
    expect(drawnLook(draw(createAppearanceController(dataset), defaultViewState()))).toEqual(fromBuild);
    // Not all alike: the comparison says something.
    expect(new Set(Object.values(fromBuild.nodes).map((n) => n.size)).size).toBeGreaterThan(3);
    expect(new Set(Object.values(fromBuild.edges).map((e) => e.size)).size).toBeGreaterThan(1);
  });

  test('communities and betweenness, once computed, colour and size the drawing and its GEXF export', async () => {
    const appearance = createAppearanceController(dataset);
    const state: ViewState = { ...defaultViewState(), colorBy: 'community', sizeBy: 'betweenness', edgeSizeBy: 'certainty' };
    const before = drawnLook(draw(appearance, defaultViewState()));
    // Asked for, computed after the current frame: meanwhile the first view's colours.
    expect(drawnLook(draw(appearance, state)).nodes).toEqual(before.nodes);
    // One metric at a time: each redraw asks for the next.
    const asked = new Set<string>();
    for (let pending = appearance.pending(); pending; draw(appearance, state), pending = appearance.pending()) {
      asked.add(pending);
      await computed(appearance);
    }
    expect(asked).toEqual(new Set(['community', 'betweenness']));
    const drawn = draw(appearance, state);
    const after = drawnLook(drawn);
    expect(after.nodes).not.toEqual(before.nodes);
    expect(after.edges).not.toEqual(before.edges);
    const legend = appearance.colorScale('community')!.legend;
    expect(legend.kind === 'category' && legend.items.length).toBe(new Set(Object.values(after.nodes).map((n) => n.color)).size);
    expect(vizOf(toGexf(drawn).text)).toEqual(after);
  });
});

/** An opened file's graph: `n` entities with the given attributes, each linked to the next. */
function openedFile(n: number, attributes: (i: number) => Record<string, string | number> = () => ({})): Dataset {
  const g = new Graph({ multi: true, type: 'directed' });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, ...attributes(i) });
  for (let i = 1; i < n; i++) g.addDirectedEdge(`n${i - 1}`, `n${i}`);
  return makeDataset(normalizeGraph(g, 'file.gexf'), [], 'file.gexf');
}

describe('appearance choices', () => {
  test('betweenness is not offered past the settings’ size, and never computed there', () => {
    const appearance = createAppearanceController(openedFile(SETTINGS.metrics.betweennessMaxNodes + 1));
    expect(appearance.unavailable('betweenness')).toBe('tooCostly');
    expect(appearance.unavailable('community')).toBeNull();
    expect(appearance.colorScale('betweenness')).toBeNull();
    expect(appearance.sizeOf('betweenness')).toBeNull();
    expect(appearance.pending()).toBeNull();
  });

  test("an opened file's attributes colour (a palette for kinds, a gradient for numbers) and size its entities", () => {
    const data = openedFile(6, (i) => ({ country: i < 4 ? 'PL' : 'KR', population: i * 10, ...(i === 5 ? {} : { rank: i }) }));
    const appearance = createAppearanceController(data);
    expect(appearance.attributes.map((a) => [a.key, a.kind])).toEqual([
      ['country', 'category'],
      ['population', 'number'],
      ['rank', 'number'],
    ]);
    const country = appearance.colorScale('attr:country')!;
    expect(country.legend).toEqual({
      kind: 'category',
      items: [
        { value: 'PL', color: PALETTE[0], count: 4 },
        { value: 'KR', color: PALETTE[1], count: 2 },
      ],
      missing: 0,
    });
    expect(country.color('n5')).toBe(PALETTE[1]);
    const population = appearance.colorScale('attr:population')!;
    expect(population.legend).toEqual({ kind: 'gradient', range: [0, 50], missing: 0 });
    expect([population.color('n0'), population.color('n5')]).toEqual([GRADIENT[0], GRADIENT.at(-1)]);
    // An entity without the value is grey, and counted.
    expect(appearance.colorScale('attr:rank')!.color('n5')).toBe(FALLBACK_COLOR);
    expect(appearance.colorScale('attr:rank')!.legend.missing).toBe(1);
    const drawn = draw(appearance, { ...defaultViewState(), sizeBy: 'attr:population' }, data);
    const sizes = drawn.mapNodes((_n, a) => a.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect([sizes[0], sizes.at(-1)]).toEqual([NODE_SIZE.min, NODE_SIZE.max]);
    // A kind cannot size.
    expect(appearance.sizeOf('attr:country')).toBeNull();
  });
});

// Faktograf's ForceAtlas2 against graphology's on the same seeded graphs: not the same
// coordinates (the Barnes–Hut trees differ, and graphology keeps positions in float32),
// but the same layout quality, measured by statistics that do not depend on rotation or
// reflection. Tolerances are stated next to each check.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import graphologyDefaults from 'graphology-layout-forceatlas2/defaults.js';
import iterateGraphology from 'graphology-layout-forceatlas2/iterate.js';
import { MultiDirectedGraph } from '../model/graph.ts';
import { buildQuadTree, createQuadTree } from './fa2/quadtree.ts';
import { repulseLeaves, THETA_SCALE } from './fa2/repulsion.ts';
import { layoutPositions, type Positions } from './forceatlas2.ts';
import { seededRng } from './rng.ts';

/** A seeded graph shaped like a news graph: communities, hubs, parallel edges. */
function newsLikeGraph(n: number, m: number, seed: number): MultiDirectedGraph {
  const rng = seededRng(seed);
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { size: 1 });
  const community = (i: number) => i % 8;
  const pick = () => Math.floor(n * rng() ** 2.5); // low indices are hubs
  for (let e = 0; e < m; e++) {
    const a = pick();
    let b = pick();
    // Most edges stay within a community.
    if (rng() < 0.8) for (let tries = 0; tries < 20 && community(b) !== community(a); tries++) b = pick();
    if (a !== b) g.addEdge(`n${a}`, `n${b}`);
  }
  return g;
}

/** graphology's FA2 from the same seeded start as `layoutPositions`. */
function graphologyLayout(graph: MultiDirectedGraph, iterations: number, barnesHut: boolean, seed = 42): Positions {
  const copy = graph.copy();
  const rng = seededRng(seed);
  const spread = Math.sqrt(copy.order) * 10;
  copy.forEachNode((node) => copy.mergeNodeAttributes(node, { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
  return forceAtlas2(copy, { iterations, settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: barnesHut } });
}

interface Quality {
  /** Median edge length over the median distance of random node pairs: how tight edges are. */
  edgeLength: number;
  /** Share of random node pairs closer than 0.5% of the layout's extent: crowding. */
  overlap: number;
  /** Share of each node's 5 nearest nodes that are its graph neighbours. */
  neighbourhood: number;
}

function quality(graph: MultiDirectedGraph, p: Positions): Quality {
  const rng = seededRng(7);
  const nodes = graph.nodes();
  const dist = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
  const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1]!;
  const edges = graph.mapEdges((_e, _a, s, t) => dist(s, t)).filter((d) => d > 0);
  const pairs = Array.from({ length: 20000 }, () => dist(nodes[Math.floor(rng() * nodes.length)]!, nodes[Math.floor(rng() * nodes.length)]!));
  const xs = nodes.map((n) => p[n]!.x);
  const ys = nodes.map((n) => p[n]!.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  let hits = 0;
  for (const n of nodes) {
    const near = nodes
      .filter((o) => o !== n)
      .map((o) => [o, dist(n, o)] as const)
      .sort((a, b) => a[1] - b[1])
      .slice(0, 5);
    hits += near.filter(([o]) => graph.areNeighbors(n, o)).length;
  }
  return {
    edgeLength: median(edges) / median(pairs),
    overlap: pairs.filter((d) => d < 0.005 * extent).length / pairs.length,
    neighbourhood: hits / (5 * nodes.length),
  };
}

describe('layoutPositions against graphology-layout-forceatlas2', () => {
  const graph = newsLikeGraph(800, 2400, 3);

  it.each([
    { name: 'Barnes–Hut', barnesHut: true },
    { name: 'exact repulsion', barnesHut: false },
  ])('gives the same layout quality with $name: edge length and neighbourhoods within 10% of graphology, overlap within 1 point', ({ barnesHut }) => {
    const theirs = quality(graph, graphologyLayout(graph, 300, barnesHut));
    // ForceAtlas2 alone: the steps after it (spacing.ts, pack.ts) are tested on their own.
    const fa2Only = { claimWeight: 0, minEdgeLength: 0, packComponents: false };
    const ours = quality(graph, layoutPositions(graph, { iterations: 300, barnesHutThreshold: barnesHut ? 0 : Infinity, ...fa2Only }));
    if (process.env.FAKTOGRAF_PRINT_QUALITY) console.log(JSON.stringify({ barnesHut, theirs, ours }));
    expect(ours.edgeLength).toBeGreaterThan(theirs.edgeLength * 0.9);
    expect(ours.edgeLength).toBeLessThan(theirs.edgeLength * 1.1);
    expect(Math.abs(ours.overlap - theirs.overlap)).toBeLessThan(0.01);
    expect(ours.neighbourhood).toBeGreaterThan(theirs.neighbourhood * 0.9);
    // And the layout is a layout: edges far shorter than random pairs.
    expect(ours.edgeLength).toBeLessThan(0.5);
  });

  it('gives the same positions with one thread or two, and the same twice', () => {
    const big = newsLikeGraph(3000, 9000, 5);
    const one = layoutPositions(big, { iterations: 15, threads: 1 });
    expect(layoutPositions(big, { iterations: 15, threads: 2 })).toEqual(one);
    expect(layoutPositions(big, { iterations: 15, threads: 1 })).toEqual(one);
  });

  it('refuses a negative iteration count', () => {
    expect(() => layoutPositions(graph, { iterations: -1 })).toThrow(/faktograf\/layout: iterations/);
  });
});

describe('Barnes–Hut repulsion', () => {
  /** Clustered points with hub-like masses, as a layout in progress has them. */
  function clustered(n: number, seed: number) {
    const rng = seededRng(seed);
    const [x, y, mass] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    for (let i = 0; i < n; i++) {
      const cluster = i % 5;
      x[i] = cluster * 300 + (rng() - 0.5) * (i % 2 ? 600 : 60);
      y[i] = (cluster % 2) * 300 + (rng() - 0.5) * (i % 2 ? 600 : 60);
      mass[i] = 1 + Math.floor(rng() ** 4 * 30);
    }
    return { x, y, mass };
  }

  /** graphology's own repulsion: one iteration with nothing but repulsion leaves the forces in the matrix. */
  function graphologyForces(x: Float64Array, y: Float64Array, mass: Float64Array, theta: number) {
    const n = x.length;
    const nodes = new Float32Array(n * 10);
    for (let i = 0; i < n; i++) [nodes[i * 10], nodes[i * 10 + 1], nodes[i * 10 + 6], nodes[i * 10 + 7]] = [x[i]!, y[i]!, mass[i]!, 1];
    iterateGraphology({ ...graphologyDefaults, barnesHutOptimize: true, barnesHutTheta: theta, gravity: 0, scalingRatio: 1 }, nodes, new Float32Array(0));
    return (i: number) => [nodes[i * 10 + 2]!, nodes[i * 10 + 3]!] as const;
  }

  it('is at least as accurate as graphology at θ = 0.5, against the exact O(n²) sum', () => {
    const n = 4000;
    const { x, y, mass } = clustered(n, 11);
    const tree = createQuadTree(n, false);
    buildQuadTree(tree, x, y, mass, n);
    const [fx, fy] = [new Float64Array(n), new Float64Array(n)];
    repulseLeaves(tree.bodies, tree.cells, tree.cellCount, tree.leaves, 0, tree.leafCount, 1, 0.5 * THETA_SCALE, fx, fy);
    const ours = new Map<number, readonly [number, number]>();
    for (let s = 0; s < n; s++) ours.set(tree.order[s]!, [fx[s]!, fy[s]!]);
    const theirs = graphologyForces(x, y, mass, 0.5);
    const error = { ours: 0, theirs: 0, norm: 0 };
    for (let i = 0; i < n; i += 7) {
      let [ex, ey] = [0, 0];
      for (let j = 0; j < n; j++) {
        const [dx, dy] = [x[i]! - x[j]!, y[i]! - y[j]!];
        const d2 = dx * dx + dy * dy;
        if (j !== i && d2 > 0) [ex, ey] = [ex + (dx * mass[i]! * mass[j]!) / d2, ey + (dy * mass[i]! * mass[j]!) / d2];
      }
      const [ox, oy] = ours.get(i)!;
      const [tx, ty] = theirs(i);
      error.ours += Math.hypot(ox - ex, oy - ey);
      error.theirs += Math.hypot(tx - ex, ty - ey);
      error.norm += Math.hypot(ex, ey);
    }
    if (process.env.FAKTOGRAF_PRINT_QUALITY) console.log(JSON.stringify({ ours: error.ours / error.norm, theirs: error.theirs / error.norm }));
    // Relative errors are ~1e-4: both far below what could change a layout.
    expect(error.ours / error.norm).toBeLessThan(1e-3);
    expect(error.ours).toBeLessThanOrEqual(error.theirs);
  });
});

describe('layoutPositions after ForceAtlas2', () => {
  it('pulls a claimant towards what it claims, and packs what stays apart next to the main component', () => {
    const g = new MultiDirectedGraph();
    for (const id of ['a', 'b', 'c', 'd', 'claimant', 'loner', 'p', 'q']) g.addNode(id);
    g.addEdge('a', 'b', { claimedBy: ['claimant'] });
    g.addEdge('b', 'c');
    g.addEdge('c', 'd');
    g.addEdge('d', 'a');
    g.addEdge('p', 'q');
    const p = layoutPositions(g, { iterations: 200 });
    const centre = { x: (p.a!.x + p.b!.x + p.c!.x + p.d!.x) / 4, y: (p.a!.y + p.b!.y + p.c!.y + p.d!.y) / 4 };
    const span = Math.max(...['a', 'b', 'c', 'd'].flatMap((n) => [Math.abs(p[n]!.x - centre.x), Math.abs(p[n]!.y - centre.y)]));
    const from = (n: string) => Math.hypot(p[n]!.x - centre.x, p[n]!.y - centre.y);
    expect(from('claimant')).toBeLessThan(span * 3);
    // The unconnected ones end within a few main spans, not flung away by repulsion.
    for (const n of ['loner', 'p', 'q']) expect(from(n)).toBeLessThan(span * 4);
    const unpacked = layoutPositions(g, { iterations: 200, claimWeight: 0, packComponents: false });
    const far = Math.max(...['loner', 'p', 'q', 'claimant'].map((n) => Math.hypot(unpacked[n]!.x - centre.x, unpacked[n]!.y - centre.y)));
    expect(far).toBeGreaterThan(Math.max(...['loner', 'p', 'q', 'claimant'].map(from)));
  });
});

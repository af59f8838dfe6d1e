import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeBase, type LoadedKnowledgeBase, type TextFile } from '../kb/load.ts';
import { MultiDirectedGraph } from '../model/graph.ts';
import type { Ontology } from '../model/types.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { synthFiles, synthesize } from '../synth/index.ts';
import { deriveClaim } from './claims.ts';
import { findConflicts } from './conflicts.ts';
import { Independence } from './corroboration.ts';
import { buildGraph } from './graph.ts';
import { pagerank } from './pagerank.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const round = (v: number, decimals = 6) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/**
 * The build written the plain way: what `buildGraph` must give, byte for byte. The claims
 * (claims.ts, corroboration.ts, conflicts.ts) have tests of their own; here they are only
 * put in place.
 */
function reference({ kb, evidence, sentences }: LoadedKnowledgeBase): string {
  const { ontology } = kb;
  const published = new Map(kb.sources.map((s) => [s.id, s.published]));
  const text = new Map(kb.sources.map((s) => [s.id, s.text]));
  const independence = new Independence(text, (e) => text.get(e.source)!.slice(...sentences.get(e.source)![e.sentence]!));
  const claims = kb.relations.map((relation) => ({
    relation,
    claim: deriveClaim(evidence.get(relation.id) ?? [], ontology.factuality, published),
    evidence: evidence.get(relation.id) ?? [],
  }));
  // Place a lies in place b: LOCATED_IN steps, searched plainly.
  const within = (a: string, b: string, seen = new Set<string>()): boolean =>
    kb.relations.some((r) => r.type === 'LOCATED_IN' && r.subject === a && !seen.has(r.object) && (r.object === b || within(r.object, b, seen.add(r.object))));
  const { conflicts, series } = findConflicts(claims, ontology, published, (a, b) => within(a, b));
  const conflictsOf = (id: string) => conflicts.filter((c) => c.sides.some((s) => s.relation === id)).map((c) => c.id);
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  g.replaceAttributes({ name: 'Faktograf', ontology, sources: kb.sources.map((s) => s.id), conflicts, series });
  for (const e of kb.entities) {
    g.addNode(e.id, {
      label: e.name.pl,
      x: 0,
      y: 0,
      size: 4,
      color: ontology.entityTypes[e.type]!.color,
      entityType: e.type,
      name: e.name,
      ...(e.genitive ? { genitive: e.genitive } : {}),
      aliases: e.aliases,
      ...(e.mentions && Object.keys(e.mentions).length ? { mentions: e.mentions } : {}),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      ...(e.description ? { description: e.description } : {}),
      attributes: e.attributes,
      pagerank: 0,
      degree: 0,
    });
  }
  claims.forEach(({ relation: r, claim, evidence: items }) => {
    const type = ontology.relationTypes[r.type]!;
    const corroboration = independence.corroboration(items);
    g.addDirectedEdgeWithKey(r.id, r.subject, r.object, {
      label: type.label.pl,
      // 1.75 for one independent outlet, 0.75 more for each further one up to five.
      size: round(1 + 0.75 * Math.min(Math.max(corroboration.independentOutlets, 1), 5), 3),
      color: type.color,
      relationType: r.type,
      factuality: claim.factuality,
      polarity: claim.polarity,
      status: claim.status,
      basis: r.basis,
      ...(r.note ? { note: r.note } : {}),
      claimedBy: claim.claimedBy,
      corroboration,
      conflicts: conflictsOf(r.id),
      qualifiers: r.qualifiers,
      evidence: items,
    });
  });
  const nodes = g.nodes();
  const at = new Map(nodes.map((n, i) => [n, i]));
  const pr = pagerank(nodes.length, Int32Array.from(g.mapEdges((_e, _a, s) => at.get(s)!)), Int32Array.from(g.mapEdges((_e, _a, _s, t) => at.get(t)!)));
  // Areas by degree: radii from 4 to 16 by the square root of the degree's place in its range.
  const degrees = nodes.map((n) => g.degree(n));
  const [minDegree, maxDegree] = [Math.min(...degrees), Math.max(...degrees)];
  const size = (d: number) => (maxDegree > minDegree ? 4 + 12 * Math.sqrt((d - minDegree) / (maxDegree - minDegree)) : 10);
  nodes.forEach((n, i) => {
    g.mergeNodeAttributes(n, { pagerank: round(pr[i]!), degree: degrees[i]!, size: round(size(degrees[i]!), 3) });
  });
  return JSON.stringify(g.export());
}

function load(files: TextFile[]): LoadedKnowledgeBase {
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) throw new Error(loaded.diagnostics[0]?.message);
  return loaded.value;
}

const ontologyYaml = readFileSync(join(ROOT, 'graph', 'ontology.yaml'), 'utf8');
const synth = (seed: number) => [...synthFiles(synthesize(parse(ontologyYaml) as Ontology, { entities: 3000, relations: 12000, seed }), ontologyYaml)];

describe('buildGraph', () => {
  it('gives the plain build’s graph, to the byte, on the seed knowledge base', async () => {
    const loaded = load(await readKnowledgeBaseDir(join(ROOT, 'graph')));
    expect(JSON.stringify(buildGraph(loaded).export())).toBe(reference(loaded));
  });

  it('gives the plain build’s graph on synthetic knowledge bases, whatever order their files come in', () => {
    const files = synth(3);
    for (const order of [files, [...files].reverse()]) {
      const loaded = load(order);
      const graph = buildGraph(loaded);
      expect(graph.size).toBe(12000);
      expect(JSON.stringify(graph.export())).toBe(reference(loaded));
    }
  });

  it('leaves no trace of how it was built', () => {
    const graph = buildGraph(load(synth(4)));
    expect(graph.nodes().every((n) => !n.includes(' '))).toBe(true);
    expect(graph.edges().every((e) => !e.includes(' '))).toBe(true);
    graph.forEachNode((n, a) => expect(a.degree).toBe(graph.degree(n)));
    expect(graph.selfLoopCount).toBe(graph.filterEdges((_e, _a, s, t) => s === t).length);
  });
});

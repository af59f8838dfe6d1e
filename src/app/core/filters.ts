// Dataset -> filtered graph: the first derived step. Filters change what the graph holds;
// hover and selection never come here (they only change display, in the reducers).
import { MultiDirectedGraph } from '../../model/graph.ts';
import type { EdgeAttributes, NodeAttributes } from '../../model/types.ts';
import { claimAsOf, conflictsAsOf, meetsPeriod } from '../../query/story.ts';
import { edgeRanges, meetsDays, nodeRanges } from './dynamic.ts';
import { dayNumber } from './days.ts';
import type { DraftMarks, Filters, KnowledgeGraphData, Period } from './types.ts';

const NO_DRAFTS: DraftMarks = { nodes: new Set(), edges: new Set() };

/** The view in time: what was known on a day, and the timeline's brush. */
export interface TimeView {
  asOf: string | null;
  period: Period | null;
  /** Source id → publication date (ISO). */
  published: ReadonlyMap<string, string>;
}

const ALL_TIME: TimeView = { asOf: null, period: null, published: new Map() };

/** The dates a relation's claims stand at: its time qualifier, else each quote's source's publication date. */
function claimDates(attrs: Pick<EdgeAttributes, 'qualifiers' | 'evidence'>, published: ReadonlyMap<string, string>): string[] {
  const time = attrs.qualifiers?.time?.value;
  return time ? [time] : [...new Set(attrs.evidence.map((e) => published.get(e.source) ?? ''))].filter(Boolean);
}

/** How kept attributes are copied: as they are, or already turned into display attributes. */
export interface Copiers {
  node(node: string, attrs: NodeAttributes): NodeAttributes;
  edge(edge: string, attrs: EdgeAttributes): EdgeAttributes;
}

const PLAIN_COPY: Copiers = { node: (_n, attrs) => ({ ...attrs }), edge: (_e, attrs) => ({ ...attrs }) };

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((hidden: string[]) => hidden.length > 0);
}

/** Who makes a claim: its claimants, or `-` for the outlet's own voice. */
export const claimantsOf = (e: { claimedBy: readonly string[] }): readonly string[] => (e.claimedBy.length ? e.claimedBy : OWN_VOICE);
const OWN_VOICE = ['-'];

function edgePasses(attrs: EdgeAttributes, filters: Filters): boolean {
  if (filters.relationTypes.includes(attrs.relationType)) return false;
  if (filters.factualities.includes(attrs.factuality)) return false;
  if (filters.outlets.includes(String(attrs.corroboration.independentOutlets))) return false;
  // Hidden claimants hide a relation only when no claim of it is by anyone still shown.
  if (filters.claimants.length > 0 && attrs.evidence.length > 0 && attrs.evidence.every((e) => claimantsOf(e).every((c) => filters.claimants.includes(c))))
    return false;
  if (filters.media.length > 0 && attrs.evidence.length > 0 && attrs.evidence.every((e) => filters.media.includes(e.outlet))) return false;
  if (filters.sources.length > 0 && attrs.evidence.length > 0) {
    return attrs.evidence.some((e) => !filters.sources.includes(e.source));
  }
  return true;
}

/**
 * A relation as it stood on `time.asOf` (its claim re-derived from the quotes known then,
 * only the conflicts known then) and within the brushed period; null when hidden.
 */
function inTime(attrs: EdgeAttributes, time: TimeView, ranks: Parameters<typeof claimAsOf>[2], known: ReadonlySet<string> | null): EdgeAttributes | null {
  let a = attrs;
  if (time.asOf) {
    const claim = claimAsOf(attrs.evidence, attrs.corroboration, ranks, time.published, time.asOf);
    if (!claim) return null;
    a = { ...attrs, ...claim, conflicts: attrs.conflicts.filter((c) => known?.has(c)) };
  }
  if (time.period) {
    const period = time.period;
    // A dynamic file's edge is where its own time says; one without time or evidence always is.
    const ranges = edgeRanges(a);
    if (ranges) return meetsDays(ranges, dayNumber(period[0]), dayNumber(period[1])) ? a : null;
    if (a.evidence.length === 0) return a;
    if (!claimDates(a, time.published).some((d) => meetsPeriod(d, period))) return null;
  }
  return a;
}

/**
 * The subgraph left by the filters, with copied attributes so later steps may write
 * display attributes freely. Hiding a source or an outlet, or choosing a time, also drops
 * entities that only the hidden relations connected: a graph "according to these sources".
 */
export function filterGraph(
  graph: KnowledgeGraphData,
  filters: Filters,
  drafts: DraftMarks = NO_DRAFTS,
  copy: Copiers = PLAIN_COPY,
  time: TimeView = ALL_TIME,
): KnowledgeGraphData {
  const out: KnowledgeGraphData = new MultiDirectedGraph();
  const timed = time.asOf !== null || time.period !== null;
  const conflicts = time.asOf ? conflictsAsOf(graph.getAttribute('conflicts') ?? [], time.published, time.asOf) : null;
  out.replaceAttributes({ ...graph.getAttributes(), ...(conflicts ? { conflicts } : {}) });
  const knownConflicts = conflicts && new Set(conflicts.map((c) => c.id));
  const ranks = graph.getAttribute('ontology').factuality;
  const hiddenType = new Set(filters.entityTypes);
  const hideDraftNodes = filters.drafts.includes('entities');
  const hideDraftEdges = filters.drafts.includes('relations');
  const hidden = new Set<string>();
  // A dynamic file's entities live in their own time: outside the period hidden, inside
  // shown; one without a time of its own exists throughout (GEXF's reading).
  const alive = new Set<string>();
  if (time.period) {
    const [from, to] = [dayNumber(time.period[0]), dayNumber(time.period[1])];
    const untimed: string[] = [];
    graph.forEachNode((node, attrs) => {
      const ranges = nodeRanges(attrs);
      if (ranges) (meetsDays(ranges, from, to) ? alive : hidden).add(node);
      else untimed.push(node);
    });
    const dynamic = hidden.size + alive.size > 0 || graph.someEdge((_e, attrs) => edgeRanges(attrs) !== null);
    if (dynamic) for (const node of untimed) alive.add(node);
  }
  if (hiddenType.size > 0 || hideDraftNodes) {
    graph.forEachNode((node, attrs) => {
      if (hiddenType.has(attrs.entityType) || (hideDraftNodes && drafts.nodes.has(node))) hidden.add(node);
    });
  }
  const filtering = isFiltering(filters) || timed;
  // Kept edges as parallel lists: one pass over the edges, none over their keys again.
  const keys: string[] = [];
  const sources: string[] = [];
  const targets: string[] = [];
  const attributes: EdgeAttributes[] = [];
  const touched = new Set<string>();
  const bySource = filters.sources.length > 0 || filters.media.length > 0 || timed;
  graph.forEachEdge((edge, given, source, target) => {
    const attrs = timed ? inTime(given, time, ranks, knownConflicts) : given;
    if (!attrs) return;
    if (filtering) {
      if (hidden.has(source) || hidden.has(target) || !edgePasses(attrs, filters)) return;
      if (hideDraftEdges && drafts.edges.has(edge)) return;
      if (bySource) touched.add(source).add(target);
    }
    keys.push(edge);
    sources.push(source);
    targets.push(target);
    attributes.push(attrs);
  });
  graph.forEachNode((node, attrs) => {
    if (hidden.has(node)) return;
    if (bySource && graph.degree(node) > 0 && !touched.has(node) && !alive.has(node)) return;
    out.addNode(node, copy.node(node, attrs));
  });
  for (let i = 0; i < keys.length; i++) {
    out.addDirectedEdgeWithKey(keys[i]!, sources[i]!, targets[i]!, copy.edge(keys[i]!, attributes[i]!));
  }
  return out;
}

// The view in words, for an exported image: which filters hide what, the day and period
// chosen, the neighbourhood, the orphan toggle; and the legend of what is drawn. Framework-free.
import type { Lang } from '../../model/types.ts';
import { count } from './grammar.ts';
import { pick, t, type StringKey } from './i18n.ts';
import { entityLabel } from './relations.ts';
import { outletNames } from './story.ts';
import type { Dataset, Filters, KnowledgeGraphData, ViewState } from './types.ts';

const FILTER_NAMES: Array<[keyof Filters, StringKey]> = [
  ['entityTypes', 'entityTypes'],
  ['relationTypes', 'relationTypes'],
  ['factualities', 'factuality'],
  ['claimants', 'claimants'],
  ['outlets', 'outlets'],
  ['media', 'media'],
  ['sources', 'sources'],
  ['drafts', 'draft'],
];

export function hopsLabel(hops: number, lang: Lang): string {
  return hops === 1 ? t(lang, 'oneHop') : t(lang, 'hops').replace('{n}', String(hops));
}

/** One line per active filter, in the UI's language; one saying there is none otherwise. */
export function describeFilters(state: ViewState, dataset: Dataset, lang: Lang): string[] {
  const { graph, sources } = dataset;
  const { entityTypes, relationTypes, factuality } = graph.getAttribute('ontology');
  const media = outletNames(sources.values());
  const name: Record<keyof Filters, (id: string) => string> = {
    entityTypes: (id) => pick(entityTypes[id]?.label, lang) || id,
    relationTypes: (id) => pick(relationTypes[id]?.label, lang) || id,
    factualities: (id) => pick(factuality[id as keyof typeof factuality]?.label, lang) || id,
    claimants: (id) => (id === '-' ? t(lang, 'ownVoice') : entityLabel(graph, id, lang)),
    outlets: (id) => (/^\d+$/.test(id) ? count(lang, 'outlets', Number(id)) : id),
    media: (id) => media.get(id) || id.replace(/^source:/, ''),
    sources: (id) => pick(sources.get(id)?.title, lang) || id,
    drafts: (id) => t(lang, id === 'entities' ? 'draftEntities' : 'draftRelations'),
  };
  const lines: string[] = [];
  for (const [key, title] of FILTER_NAMES) {
    const hidden = state.filters[key];
    if (hidden.length) lines.push(t(lang, 'hiddenList').replace('{what}', t(lang, title).toLowerCase()).replace('{list}', hidden.map(name[key]).join(', ')));
  }
  if (state.asOf) lines.push(t(lang, 'asOfDay').replace('{day}', state.asOf));
  if (state.period) lines.push(t(lang, 'periodDays').replace('{from}', state.period[0]).replace('{to}', state.period[1]));
  if (state.neighbourhood) {
    const names = state.neighbourhood.around.map((id) => entityLabel(graph, id, lang)).join(', ');
    lines.push(t(lang, 'neighbourhoodOf').replace('{names}', names).replace('{hops}', hopsLabel(state.neighbourhood.hops, lang)));
  }
  if (state.hideOrphans) lines.push(t(lang, 'orphansHidden'));
  return lines.length ? lines : [t(lang, 'noFilters')];
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
  shape: 'dot' | 'line';
}

/** The entity and relation types that are drawn, with their colours and counts, most frequent first. */
export function legendEntries(drawn: KnowledgeGraphData, lang: Lang): LegendEntry[] {
  const { entityTypes, relationTypes } = drawn.getAttribute('ontology');
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  drawn.forEachNode((_n, a) => nodes.set(a.entityType, (nodes.get(a.entityType) ?? 0) + 1));
  drawn.forEachEdge((_e, a) => edges.set(a.relationType, (edges.get(a.relationType) ?? 0) + 1));
  const entries = (counts: Map<string, number>, defs: Record<string, { label?: { pl: string; en: string }; color?: string }>, shape: LegendEntry['shape']) =>
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id, count]) => ({ label: pick(defs[id]?.label, lang) || id, color: defs[id]?.color ?? '#94a3b8', count, shape }));
  return [...entries(nodes, entityTypes, 'dot'), ...entries(edges, relationTypes, 'line')];
}

/** Where the parts of an exported image go: title band on top, legend on the right, the graph in the rest. */
export interface ImageLayout {
  width: number;
  height: number;
  /** Font size of the body text; the title is 1.5 times as big. */
  font: number;
  header: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number; height: number };
  graph: { x: number; y: number; width: number; height: number };
}

export const IMAGE_LIMITS = { min: 200, max: 8000 } as const;

/** The layout of a `width`×`height` image with `filterLines` lines of filters under the title. */
export function imageLayout(width: number, height: number, filterLines: number): ImageLayout {
  const font = Math.round(Math.max(11, Math.min(width, height) / 60));
  const pad = Math.round(font * 1.2);
  const headerHeight = Math.min(Math.round(height * 0.4), Math.round(pad * 2 + font * 1.5 * 1.3 + filterLines * font * 1.35));
  const legendWidth = Math.round(Math.min(Math.max(width * 0.22, font * 12), width * 0.45));
  const body = height - headerHeight;
  return {
    width,
    height,
    font,
    header: { x: 0, y: 0, width, height: headerHeight },
    legend: { x: width - legendWidth, y: headerHeight, width: legendWidth, height: body },
    graph: { x: 0, y: headerHeight, width: width - legendWidth, height: body },
  };
}

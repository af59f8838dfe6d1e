// View state <-> URL query. Decoding trusts nothing: unknown ids, types and malformed
// numbers are dropped, so any link opens a valid view.
import { defaultViewState } from './store.ts';
import { isHops } from './neighbourhood.ts';
import type { CameraView, ColorBy, Filters, Neighbourhood, Period, Selection, SizeBy, ViewState } from './types.ts';

/** What a URL may refer to in the dataset being shown. */
export interface UrlContext {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  entityTypes: string[];
  relationTypes: string[];
  factualities: string[];
  claimants: string[];
  outlets: string[];
  sources: string[];
  media: string[];
  /** What of a draft can be hidden (nothing, for the built knowledge base). */
  drafts: string[];
  /** The entities' attributes that can colour them (numbers can size them too): none when not given. */
  attributes?: { numbers: string[]; categories: string[] };
}

const FILTER_PARAMS: Array<[keyof Filters, string]> = [
  ['entityTypes', 'ht'],
  ['relationTypes', 'hr'],
  ['factualities', 'hf'],
  ['claimants', 'hcl'],
  ['outlets', 'ho'],
  ['sources', 'hs'],
  ['media', 'hm'],
  ['drafts', 'hd'],
];

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const sel = state.selection;
  if (sel?.kind === 'node') p.set('n', sel.id);
  if (sel?.kind === 'edge') {
    p.set('e', sel.id);
    if (sel.evidence > 0) p.set('ev', String(sel.evidence));
  }
  if (state.lang !== 'pl') p.set('lang', state.lang);
  if (state.sizeBy !== 'degree') p.set('size', state.sizeBy);
  if (state.colorBy !== 'type') p.set('color', state.colorBy);
  if (state.edgeSizeBy !== 'corroboration') p.set('thick', state.edgeSizeBy);
  for (const [key, param] of FILTER_PARAMS) for (const v of state.filters[key]) p.append(param, v);
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
  }
  if (state.source) p.set('src', state.source);
  if (state.asOf) p.set('asof', state.asOf);
  if (state.period) p.set('period', state.period.join(','));
  if (state.neighbourhood) {
    for (const id of state.neighbourhood.around) p.append('nb', id);
    p.set('hops', String(state.neighbourhood.hops));
  }
  if (state.hideOrphans) p.set('orphans', 'hide');
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    p.set('cam', [round(x, 4), round(y, 4), round(ratio, 4)].join(','));
  }
  return p.toString();
}

function decodeCamera(raw: string | null): CameraView | null {
  if (!raw) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0 || ratio > 100 || Math.abs(x) > 1e3 || Math.abs(y) > 1e3) return null;
  return { x, y, ratio };
}

/** A real calendar day written `YYYY-MM-DD`, or null. */
export function isoDay(raw: string | null): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const [y, m, d] = raw.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? raw : null;
}

function decodePeriod(raw: string | null): Period | null {
  const parts = raw?.split(',') ?? [];
  if (parts.length !== 2) return null;
  const [from, to] = parts.map(isoDay);
  return from && to && from <= to ? [from, to] : null;
}

const attribute = (raw: string, keys: string[] | undefined): raw is `attr:${string}` => raw.startsWith('attr:') && !!keys?.includes(raw.slice(5));

export function decodeSizeBy(raw: string | null, ctx: UrlContext): SizeBy {
  if (raw === 'pagerank' || raw === 'betweenness') return raw;
  return raw && attribute(raw, ctx.attributes?.numbers) ? raw : 'degree';
}

export function decodeColorBy(raw: string | null, ctx: UrlContext): ColorBy {
  if (raw === 'degree' || raw === 'pagerank' || raw === 'betweenness' || raw === 'community') return raw;
  return raw && (attribute(raw, ctx.attributes?.numbers) || attribute(raw, ctx.attributes?.categories)) ? raw : 'type';
}

function decodeSelection(p: URLSearchParams, ctx: UrlContext): Selection {
  const node = p.get('n');
  if (node && ctx.hasNode(node)) return { kind: 'node', id: node };
  const edge = p.get('e');
  if (edge && ctx.hasEdge(edge)) {
    const evidence = Number(p.get('ev') ?? 0);
    return { kind: 'edge', id: edge, evidence: Number.isInteger(evidence) && evidence >= 0 ? evidence : 0 };
  }
  return null;
}

function decodeNeighbourhood(p: URLSearchParams, ctx: UrlContext): Neighbourhood | null {
  const around = [...new Set(p.getAll('nb').filter((id) => ctx.hasNode(id)))];
  const hops = Number(p.get('hops'));
  return around.length && isHops(hops) ? { around, hops } : null;
}

export function decodeState(query: string, ctx: UrlContext): ViewState {
  const p = new URLSearchParams(query);
  const state = defaultViewState();
  const known: Record<keyof Filters, string[]> = {
    entityTypes: ctx.entityTypes,
    relationTypes: ctx.relationTypes,
    factualities: ctx.factualities,
    claimants: ctx.claimants,
    outlets: ctx.outlets,
    sources: ctx.sources,
    media: ctx.media,
    drafts: ctx.drafts,
  };
  const filters = { ...state.filters };
  for (const [key, param] of FILTER_PARAMS) {
    filters[key] = [...new Set(p.getAll(param).filter((v) => known[key].includes(v)))].sort();
  }
  const from = p.get('from');
  const to = p.get('to');
  const source = p.get('src');
  return {
    selection: decodeSelection(p, ctx),
    filters,
    lang: p.get('lang') === 'en' ? 'en' : 'pl',
    sizeBy: decodeSizeBy(p.get('size'), ctx),
    path: from && to && ctx.hasNode(from) && ctx.hasNode(to) ? { from, to } : null,
    source: source && ctx.sources.includes(source) ? source : null,
    camera: decodeCamera(p.get('cam')),
    asOf: isoDay(p.get('asof')),
    period: decodePeriod(p.get('period')),
    neighbourhood: decodeNeighbourhood(p, ctx),
    hideOrphans: p.get('orphans') === 'hide',
    colorBy: decodeColorBy(p.get('color'), ctx),
    edgeSizeBy: p.get('thick') === 'certainty' ? 'certainty' : 'corroboration',
  };
}

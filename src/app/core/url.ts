// View state <-> URL query. Decoding trusts nothing: unknown ids, types and malformed
// numbers are dropped, so any link opens a valid view.
import { defaultViewState } from './store.ts';
import type { CameraView, Filters, Selection, ViewState } from './types.ts';

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
  /** What of a draft can be hidden (nothing, for the built knowledge base). */
  drafts: string[];
}

const FILTER_PARAMS: Array<[keyof Filters, string]> = [
  ['entityTypes', 'ht'],
  ['relationTypes', 'hr'],
  ['factualities', 'hf'],
  ['claimants', 'hcl'],
  ['outlets', 'ho'],
  ['sources', 'hs'],
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
  for (const [key, param] of FILTER_PARAMS) for (const v of state.filters[key]) p.append(param, v);
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
  }
  if (state.source) p.set('src', state.source);
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
    sizeBy: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    path: from && to && ctx.hasNode(from) && ctx.hasNode(to) ? { from, to } : null,
    source: source && ctx.sources.includes(source) ? source : null,
    camera: decodeCamera(p.get('cam')),
  };
}

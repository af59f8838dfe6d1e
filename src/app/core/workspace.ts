// Workspace files: the whole view (filters, appearance, camera, selection, language,
// neighbourhood, time) saved as JSON and read back. Reading trusts nothing, as the URL
// does, but says what it could not keep instead of dropping it silently: a file of another
// kind or version is refused; ids this graph does not have are named and left out.
// Framework-free: the DOM side is panels/workspace.ts.
import { isHops } from './neighbourhood.ts';
import { defaultViewState } from './store.ts';
import type { Dataset, Filters, ViewState } from './types.ts';
import { decodeColorBy, decodeSizeBy, isoDay, type UrlContext } from './url.ts';

const WORKSPACE_FORMAT = 'faktograf-workspace';
const WORKSPACE_VERSION = 1;

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** The graph it was saved over: the knowledge base's name or the opened file's. */
  dataset: string;
  saved: string;
  view: ViewState;
}

export type WorkspaceRead = { ok: true; state: ViewState; problems: string[] } | { ok: false; error: string };

/** What a workspace says it was saved over: the opened file, else the knowledge base's name. */
export function datasetName(dataset: Pick<Dataset, 'fileName' | 'graph'>): string {
  return dataset.fileName ?? (dataset.graph.getAttribute('name') || 'knowledge base');
}

export function writeWorkspace(state: ViewState, dataset: string, saved: Date): string {
  const file: WorkspaceFile = { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, dataset, saved: saved.toISOString(), view: state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Checked<T> = { value: T; problems: string[] };
type Check<K extends keyof ViewState> = (raw: unknown, ctx: UrlContext) => Checked<ViewState[K]>;

const ok = <T>(value: T, problems: string[] = []): Checked<T> => ({ value, problems });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => JSON.stringify(v) ?? String(v);
const field = (obj: Record<string, unknown>, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

const FILTER_KEYS: Array<[keyof Filters, (ctx: UrlContext) => string[], string]> = [
  ['entityTypes', (c) => c.entityTypes, 'entity type'],
  ['relationTypes', (c) => c.relationTypes, 'relation type'],
  ['factualities', (c) => c.factualities, 'factuality'],
  ['claimants', (c) => c.claimants, 'claimant'],
  ['outlets', (c) => c.outlets, 'number of outlets'],
  ['sources', (c) => c.sources, 'source'],
  ['media', (c) => c.media, 'outlet'],
  ['drafts', (c) => c.drafts, 'draft part'],
];

function checkFilters(raw: unknown, ctx: UrlContext): Checked<Filters> {
  const filters = { ...defaultViewState().filters };
  if (!isObject(raw)) return ok(filters, [`view.filters is ${shown(raw)}, not an object: no filter applied`]);
  const problems: string[] = [];
  const known = new Set(FILTER_KEYS.map(([key]) => key as string));
  for (const key of Object.keys(raw)) if (!known.has(key)) problems.push(`view.filters.${key} is not a filter this explorer knows: ignored`);
  for (const [key, values, noun] of FILTER_KEYS) {
    const list = field(raw, key);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`view.filters.${key} is ${shown(list)}, not a list: ignored`);
      continue;
    }
    const allowed = new Set(values(ctx));
    const kept = new Set<string>();
    for (const v of list) {
      if (typeof v === 'string' && allowed.has(v)) kept.add(v);
      else problems.push(`the ${noun} ${shown(v)} (view.filters.${key}) is not in this graph: not hidden`);
    }
    filters[key] = [...kept].sort();
  }
  return ok(filters, problems);
}

const nodeRef = (ctx: UrlContext, where: string) => (v: unknown, problems: string[]) => {
  if (typeof v === 'string' && ctx.hasNode(v)) return true;
  problems.push(`the entity ${shown(v)} (${where}) is not in this graph`);
  return false;
};

const CHECKS: { [K in keyof ViewState]: Check<K> } = {
  selection(raw, ctx) {
    if (raw === null) return ok(null);
    if (isObject(raw) && raw.kind === 'node')
      return typeof raw.id === 'string' && ctx.hasNode(raw.id)
        ? ok({ kind: 'node', id: raw.id })
        : ok(null, [`the entity ${shown(raw.id)} (view.selection) is not in this graph: nothing selected`]);
    if (isObject(raw) && raw.kind === 'edge') {
      if (typeof raw.id !== 'string' || !ctx.hasEdge(raw.id))
        return ok(null, [`the relation ${shown(raw.id)} (view.selection) is not in this graph: nothing selected`]);
      const evidence = Number.isInteger(raw.evidence) && (raw.evidence as number) >= 0 ? (raw.evidence as number) : 0;
      return ok({ kind: 'edge', id: raw.id, evidence });
    }
    return ok(null, [`view.selection is ${shown(raw)}, not an entity or a relation: nothing selected`]);
  },
  filters: checkFilters,
  lang: (raw) => (raw === 'pl' || raw === 'en' ? ok(raw) : ok('pl', [`view.lang ${shown(raw)} is not pl or en: Polish`])),
  sizeBy(raw, ctx) {
    const value = decodeSizeBy(typeof raw === 'string' ? raw : null, ctx);
    return value === raw ? ok(value) : ok(value, [`view.sizeBy ${shown(raw)} is not a metric or a numeric attribute of this graph: degree`]);
  },
  colorBy(raw, ctx) {
    const value = decodeColorBy(typeof raw === 'string' ? raw : null, ctx);
    return value === raw ? ok(value) : ok(value, [`view.colorBy ${shown(raw)} is not a metric or an attribute of this graph: colour by type`]);
  },
  edgeSizeBy: (raw) =>
    raw === 'corroboration' || raw === 'certainty'
      ? ok(raw)
      : ok('corroboration', [`view.edgeSizeBy ${shown(raw)} is not corroboration or certainty: corroboration`]),
  path(raw, ctx) {
    if (raw === null) return ok(null);
    if (!isObject(raw)) return ok(null, [`view.path is ${shown(raw)}, not a path: no path`]);
    const problems: string[] = [];
    const from = nodeRef(ctx, 'view.path.from')(raw.from, problems);
    const to = nodeRef(ctx, 'view.path.to')(raw.to, problems);
    return from && to
      ? ok({ from: raw.from as string, to: raw.to as string })
      : ok(
          null,
          problems.map((p) => `${p}: no path`),
        );
  },
  source: (raw, ctx) =>
    raw === null
      ? ok(null)
      : typeof raw === 'string' && ctx.sources.includes(raw)
        ? ok(raw)
        : ok(null, [`the source ${shown(raw)} (view.source) is not in this graph: no text shown`]),
  camera(raw) {
    if (raw === null) return ok(null);
    const fine = isObject(raw) && [raw.x, raw.y, raw.ratio].every((v) => typeof v === 'number' && Number.isFinite(v)) && (raw.ratio as number) > 0;
    return fine
      ? ok({ x: raw.x as number, y: raw.y as number, ratio: raw.ratio as number })
      : ok(null, [`view.camera ${shown(raw)} is not a camera (x, y, ratio > 0): the whole graph is shown`]);
  },
  asOf: (raw) =>
    raw === null ? ok(null) : typeof raw === 'string' && isoDay(raw) ? ok(raw) : ok(null, [`view.asOf ${shown(raw)} is not a day (YYYY-MM-DD): all sources`]),
  period(raw) {
    if (raw === null) return ok(null);
    const [from, to] = Array.isArray(raw) && raw.length === 2 ? raw.map((d) => (typeof d === 'string' ? isoDay(d) : null)) : [null, null];
    return from && to && from <= to ? ok([from, to]) : ok(null, [`view.period ${shown(raw)} is not two days in order: the whole period`]);
  },
  neighbourhood(raw, ctx) {
    if (raw === null) return ok(null);
    if (!isObject(raw) || !Array.isArray(raw.around) || !isHops(raw.hops))
      return ok(null, [`view.neighbourhood ${shown(raw)} is not a neighbourhood (around: entity ids, hops: 1, 2 or 3): everything shown`]);
    const problems: string[] = [];
    const around = [...new Set(raw.around.filter((id) => nodeRef(ctx, 'view.neighbourhood.around')(id, problems)))] as string[];
    if (!around.length) return ok(null, [...problems, 'the neighbourhood is around no entity of this graph: everything shown']);
    return ok({ around, hops: raw.hops }, problems);
  },
  hideOrphans: (raw) => (typeof raw === 'boolean' ? ok(raw) : ok(false, [`view.hideOrphans ${shown(raw)} is not true or false: orphans shown`])),
};

/**
 * A workspace file read against the graph shown: the view it holds, with every part it
 * could not keep named in `problems`; or why it is no workspace this explorer reads.
 */
export function readWorkspace(text: string, ctx: UrlContext, dataset: string): WorkspaceRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  if (!isObject(raw) || field(raw, 'format') !== WORKSPACE_FORMAT)
    return { ok: false, error: `not a Faktograf workspace (no "format": "${WORKSPACE_FORMAT}")` };
  const version = field(raw, 'version');
  if (version !== WORKSPACE_VERSION)
    return {
      ok: false,
      error: `workspace version ${shown(version)} is not one this explorer reads (version ${WORKSPACE_VERSION}): save it again from a matching explorer`,
    };
  const view = field(raw, 'view');
  if (!isObject(view)) return { ok: false, error: 'the workspace has no "view" object' };
  const problems: string[] = [];
  const savedOver = field(raw, 'dataset');
  if (typeof savedOver === 'string' && savedOver !== dataset) problems.push(`saved over "${savedOver}", opened over "${dataset}"`);
  const state = defaultViewState();
  const out = state as unknown as Record<string, unknown>;
  for (const key of Object.keys(view)) if (!Object.hasOwn(CHECKS, key)) problems.push(`view.${key} is not part of a view this explorer knows: ignored`);
  for (const key of Object.keys(CHECKS) as Array<keyof ViewState>) {
    const value = field(view, key);
    if (value === undefined) continue;
    const checked = (CHECKS[key] as Check<typeof key>)(value, ctx);
    out[key] = checked.value;
    problems.push(...checked.problems);
  }
  return { ok: true, state, problems };
}

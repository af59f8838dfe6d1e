// A minimal observable store: the single place view state changes, so the URL, the
// renderer and the panels all follow one sequence of updates.
import { DEFAULT_EDGE_SIZE_BY, DEFAULT_NODE_SIZE_BY } from '../../model/appearance.ts';
import type { Commit, Filters, ViewState } from './types.ts';

export type Listener<S> = (state: S, prev: S, commit: Commit) => void;

export interface Store<S> {
  get(): S;
  set(patch: Partial<S>, commit?: Commit): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(patch, commit = 'push') {
      const prev = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, prev, commit);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const EMPTY_FILTERS: Filters = { entityTypes: [], relationTypes: [], factualities: [], claimants: [], outlets: [], sources: [], media: [], drafts: [] };

export function defaultViewState(): ViewState {
  return {
    selection: null,
    filters: EMPTY_FILTERS,
    lang: 'pl',
    sizeBy: DEFAULT_NODE_SIZE_BY,
    path: null,
    source: null,
    camera: null,
    asOf: null,
    period: null,
    neighbourhood: null,
    hideOrphans: false,
    colorBy: 'type',
    edgeSizeBy: DEFAULT_EDGE_SIZE_BY,
  };
}

/** Adds or removes one value from a hidden-list, returning a new list. */
export function toggled(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

// Undo and redo of view changes over the view state store: every change the user makes
// (filters, selection, language, camera…) is a step back, except that camera moves close
// together — a pan, a zoom, the camera following a selection — make one step with what
// came just before them. Restoring a step is itself never recorded. Framework-free.
import type { Store } from './store.ts';
import type { ViewState } from './types.ts';

export interface UndoOptions {
  /** Camera moves within this many milliseconds of the last recorded change join it. */
  coalesceMs?: number;
  /** How many steps back are kept. */
  limit?: number;
  now?: () => number;
}

export interface UndoHistory {
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called when what can be undone or redone changes. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

const cameraOnly = (state: ViewState, prev: ViewState) =>
  state.camera !== prev.camera && (Object.keys(state) as Array<keyof ViewState>).every((key) => key === 'camera' || state[key] === prev[key]);

export function createUndo(store: Store<ViewState>, options: UndoOptions = {}): UndoHistory {
  const { coalesceMs = 1000, limit = 200, now = Date.now } = options;
  const past: ViewState[] = [];
  let future: ViewState[] = [];
  let lastAt = Number.NEGATIVE_INFINITY;
  let restoring = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (restoring || state === prev) return;
    const at = now();
    // The camera settling where the view first put it is no change of the user's.
    const joins = cameraOnly(state, prev) && (prev.camera === null || (past.length > 0 && at - lastAt < coalesceMs));
    lastAt = at;
    if (!joins) {
      past.push(prev);
      if (past.length > limit) past.shift();
    }
    future = [];
    changed();
  });

  const restore = (state: ViewState) => {
    restoring = true;
    try {
      store.set(state, 'restore');
    } finally {
      restoring = false;
    }
    // Whatever follows a restore starts a step of its own.
    lastAt = Number.NEGATIVE_INFINITY;
    changed();
  };

  return {
    undo() {
      const state = past.pop();
      if (!state) return false;
      future.push(store.get());
      restore(state);
      return true;
    },
    redo() {
      const state = future.pop();
      if (!state) return false;
      past.push(store.get());
      restore(state);
      return true;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: unsubscribe,
  };
}

/** Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z and Ctrl+Y redo. Null for any other key. */
export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

import { describe, expect, test } from 'vitest';
import { createStore, defaultViewState, EMPTY_FILTERS } from './store.ts';
import type { Commit, ViewState } from './types.ts';
import { createUndo, undoKey } from './undo.ts';

function setup() {
  const store = createStore<ViewState>(defaultViewState());
  let clock = 0;
  const history = createUndo(store, { coalesceMs: 1000, now: () => clock });
  return { store, history, tick: (ms: number) => (clock += ms) };
}

const node = (id: string) => ({ kind: 'node' as const, id });
const cam = (x: number) => ({ x, y: 0.5, ratio: 1 });

describe('undo and redo', () => {
  test('steps back and forth through view changes', () => {
    const { store, history, tick } = setup();
    expect(history.canUndo()).toBe(false);
    store.set({ selection: node('a') });
    tick(5000);
    store.set({ filters: { ...EMPTY_FILTERS, entityTypes: ['Place'] } });
    tick(5000);
    store.set({ lang: 'en' });
    expect(history.undo()).toBe(true);
    expect(store.get().lang).toBe('pl');
    expect(history.undo()).toBe(true);
    expect(store.get().filters.entityTypes).toEqual([]);
    expect(store.get().selection).toEqual(node('a'));
    expect(history.canRedo()).toBe(true);
    expect(history.redo()).toBe(true);
    expect(store.get().filters.entityTypes).toEqual(['Place']);
    expect(history.redo()).toBe(true);
    expect(store.get().lang).toBe('en');
    expect(history.redo()).toBe(false);
    history.undo();
    history.undo();
    history.undo();
    expect(store.get()).toEqual(defaultViewState());
    expect(history.undo()).toBe(false);
  });

  test('a new change after undoing drops what could be redone', () => {
    const { store, history, tick } = setup();
    store.set({ lang: 'en' });
    tick(5000);
    history.undo();
    store.set({ sizeBy: 'pagerank' });
    expect(history.canRedo()).toBe(false);
    history.undo();
    expect(store.get()).toEqual(defaultViewState());
  });

  test('camera moves close together are one step, and join the change they follow', () => {
    const { store, history, tick } = setup();
    store.set({ camera: cam(0.1) }, 'replace');
    // The first camera the view settles at is not a step.
    expect(history.canUndo()).toBe(false);
    tick(5000);
    store.set({ selection: node('a') });
    tick(300);
    // The camera following the selection, then a pan in several moves.
    for (const x of [0.2, 0.3, 0.4]) {
      store.set({ camera: cam(x) }, 'replace');
      tick(400);
    }
    tick(5000);
    store.set({ camera: cam(0.9) }, 'replace');
    history.undo();
    expect(store.get().camera).toEqual(cam(0.4));
    history.undo();
    expect(store.get().camera).toEqual(cam(0.1));
    expect(store.get().selection).toBeNull();
    expect(history.canUndo()).toBe(false);
  });

  test('restores with the restore commit, and does not record its own restores', () => {
    const { store, history, tick } = setup();
    store.set({ camera: cam(0.1) }, 'replace');
    const commits: Commit[] = [];
    store.subscribe((_s, _p, commit) => commits.push(commit));
    store.set({ lang: 'en' });
    tick(10);
    // A camera move right after an undo is a step of its own, not part of the restore.
    history.undo();
    store.set({ camera: cam(0.3) }, 'replace');
    store.set({ camera: cam(0.4) }, 'replace');
    expect(commits).toEqual(['push', 'restore', 'replace', 'replace']);
    expect(history.canRedo()).toBe(false);
    history.undo();
    expect(store.get().camera).toEqual(cam(0.1));
    expect(store.get().lang).toBe('pl');
  });

  test('keeps at most the limit of steps', () => {
    const store = createStore<ViewState>(defaultViewState());
    const history = createUndo(store, { limit: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) store.set({ selection: node(id) });
    let steps = 0;
    while (history.undo()) steps++;
    expect(steps).toBe(3);
    expect(store.get().selection).toEqual(node('b'));
  });

  test('tells its listeners when what can be undone changes, until destroyed', () => {
    const { store, history } = setup();
    let calls = 0;
    history.onChange(() => calls++);
    store.set({ lang: 'en' });
    history.undo();
    history.redo();
    expect(calls).toBe(3);
    history.destroy();
    store.set({ lang: 'pl' });
    expect(calls).toBe(3);
    expect(history.canUndo()).toBe(true);
  });
});

describe('undo keys', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    undoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  test('Ctrl+Z, ⌘Z undo; Ctrl+Shift+Z and Ctrl+Y redo; nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});

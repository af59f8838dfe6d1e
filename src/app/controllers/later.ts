// What can wait for the graph. For a large graph (core/scale.ts) the panels are mounted
// after the first frame, one per idle moment, so that hover, search and selection work as soon
// as the graph is drawn; and they hear of view changes after the frame that shows them,
// so a filter change draws the graph first and the panels' counts and lists follow. A
// small graph gets everything at once, as before.
import type { Store } from '../core/store.ts';

export interface Later {
  /** Runs `task` now (small graph) or in a task of its own after the first frame; its cleanup is returned. */
  mount(task: () => () => void): () => void;
  /** The store as the panels see it: listeners called once per frame with the latest state. */
  store<S>(store: Store<S>): Store<S>;
  /** Runs `task` once everything queued is done and the page is idle. */
  idle(task: () => void): void;
  /** Resolves when every queued mount has run. */
  readonly settled: Promise<void>;
  cancel(): void;
}

/** After the next frame is on screen: the animation frame, then a task queued from it. */
function afterFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function createLater(deferred: boolean): Later {
  const queue: Array<() => void> = [];
  const cancels = new Set<() => void>();
  let cancelled = false;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));

  // Each mount waits for the frame and then for an idle moment, so that frames and input
  // (a hover, a search keystroke) go before the next panel.
  const next = () => {
    const cancelFrame = afterFrame(() => {
      cancels.delete(cancelFrame);
      const handle = requestIdleCallback(
        () => {
          cancels.delete(cancelIdle);
          drain();
        },
        { timeout: 1000 },
      );
      const cancelIdle = () => cancelIdleCallback(handle);
      cancels.add(cancelIdle);
    });
    cancels.add(cancelFrame);
  };
  const drain = () => {
    const task = queue.shift();
    if (cancelled) return;
    if (!task) return settle();
    task();
    next();
  };
  if (deferred) next();
  else queueMicrotask(settle);

  return {
    settled,
    mount(task) {
      if (!deferred) return task();
      let cleanup: (() => void) | null = null;
      let dropped = false;
      queue.push(() => {
        if (!dropped) cleanup = task();
      });
      return () => {
        dropped = true;
        cleanup?.();
      };
    },
    store(store) {
      if (!deferred) return store;
      return {
        get: store.get,
        set: store.set,
        subscribe(listener) {
          // The state before the first change of the frame, and the commit of the last.
          let pending: { prev: ReturnType<typeof store.get>; commit: Parameters<typeof listener>[2] } | null = null;
          let cancel: (() => void) | null = null;
          const off = store.subscribe((_state, prev, commit) => {
            pending = { prev: pending?.prev ?? prev, commit };
            cancel ??= afterFrame(() => {
              cancel = null;
              const p = pending!;
              pending = null;
              listener(store.get(), p.prev, p.commit);
            });
          });
          return () => {
            off();
            cancel?.();
          };
        },
      };
    },
    idle(task) {
      void settled.then(() => {
        if (cancelled) return;
        const handle = requestIdleCallback(() => !cancelled && task(), { timeout: 5000 });
        cancels.add(() => cancelIdleCallback(handle));
      });
    },
    cancel() {
      cancelled = true;
      for (const cancel of cancels) cancel();
      cancels.clear();
    },
  };
}

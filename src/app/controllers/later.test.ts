// Deferred panels: mounted one per frame after the first, told of view changes once per frame.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createStore } from '../core/store.ts';
import { createLater } from './later.ts';

/** Animation frames run when the test says, then the tasks they queued. */
let frames: Array<() => void> = [];
async function frame(): Promise<void> {
  const due = frames;
  frames = [];
  for (const run of due) run();
  await vi.runAllTimersAsync();
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 1));
  vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createLater for a large graph', () => {
  test('mounts one task per frame, after the first frame, and settles when all have run', async () => {
    const later = createLater(true);
    const mounted: string[] = [];
    let settled = false;
    void later.settled.then(() => (settled = true));
    later.mount(() => (mounted.push('legend'), () => mounted.push('legend gone')));
    later.mount(() => (mounted.push('details'), () => {}));
    expect(mounted).toEqual([]);
    await frame();
    expect(mounted).toEqual(['legend']);
    await frame();
    expect(mounted).toEqual(['legend', 'details']);
    expect(settled).toBe(false);
    await frame();
    expect(settled).toBe(true);
  });

  test('a listener hears of the changes of a frame once, with the state before the first and the latest', async () => {
    const store = createStore({ n: 0 });
    const later = createLater(true);
    const heard: Array<[number, number, string]> = [];
    later.store(store).subscribe((s, prev, commit) => heard.push([s.n, prev.n, commit]));
    store.set({ n: 1 });
    store.set({ n: 2 }, 'replace');
    expect(heard).toEqual([]);
    await frame();
    expect(heard).toEqual([[2, 0, 'replace']]);
    store.set({ n: 3 });
    await frame();
    expect(heard).toEqual([
      [2, 0, 'replace'],
      [3, 2, 'push'],
    ]);
  });

  test('cancelling drops what has not run; unsubscribing drops a pending call', async () => {
    const store = createStore({ n: 0 });
    const later = createLater(true);
    const ran: string[] = [];
    const off = later.store(store).subscribe(() => ran.push('listener'));
    later.mount(() => (ran.push('mounted'), () => {}));
    const idle = vi.fn();
    later.idle(idle);
    store.set({ n: 1 });
    off();
    later.cancel();
    for (let i = 0; i < 4; i++) await frame();
    expect(ran).toEqual([]);
    expect(idle).not.toHaveBeenCalled();
  });

  test('idle work runs once every mount has', async () => {
    const later = createLater(true);
    const order: string[] = [];
    later.idle(() => order.push('index'));
    later.mount(() => (order.push('panel'), () => {}));
    for (let i = 0; i < 4; i++) await frame();
    expect(order).toEqual(['panel', 'index']);
  });
});

describe('createLater for a small graph', () => {
  test('mounts at once and hands the store over as it is', async () => {
    const store = createStore({ n: 0 });
    const later = createLater(false);
    const cleanup = vi.fn();
    const unmount = later.mount(() => cleanup);
    expect(later.store(store)).toBe(store);
    unmount();
    expect(cleanup).toHaveBeenCalled();
    await expect(later.settled).resolves.toBeUndefined();
  });
});

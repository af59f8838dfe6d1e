// The second core for Barnes–Hut repulsion, where Node's worker_threads exist (in the
// browser this module finds none and the layout runs on one thread). The call stays
// synchronous: the main thread claims chunks of bodies like the workers do, then waits
// for them with Atomics.wait. A body's force does not depend on who computes it, so the
// positions are the same with any number of threads.
import type { QuadTree } from './quadtree.ts';
import { repulseLeaves } from './repulsion.ts';
import type { RepulsionRunner } from './iterate.ts';

type WorkerThreads = typeof import('node:worker_threads');
type Worker = InstanceType<WorkerThreads['Worker']>;

// Words of the shared control array.
const GEN = 0; // round number, bumped to start a round; -1 stops the workers
const NEXT = 1; // next unclaimed body
const DONE = 2; // workers done with the round
const FAILED = 3; // a worker hit an error
const CELLS = 4; // cell count of the round
const LEAVES = 5; // leaf count of the round
const CHUNK = 64; // leaves claimed at a time
/** A worker that gives no sign for this long is given up on, and the main thread does its share. */
const ROUND_TIMEOUT_MS = 30_000;

function workerThreads(): WorkerThreads | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.('node:worker_threads') as WorkerThreads | undefined;
  } catch {
    return undefined;
  }
}

/** Worker threads available besides the main one: at most one per spare core. */
export function spareThreads(): number {
  const os = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:os') as
    | { availableParallelism?: () => number }
    | undefined;
  return workerThreads() && os?.availableParallelism ? Math.max(0, os.availableParallelism() - 1) : 0;
}

// The worker runs the kernel's own source: no module loading, no transpiler needed.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { ctrl, params, bodies, cells, leaves, fx, fy } = workerData;
try {
  const repulseLeaves = (${repulseLeaves.toString()});
  let gen = 0;
  for (;;) {
    Atomics.wait(ctrl, ${GEN}, gen);
    gen = Atomics.load(ctrl, ${GEN});
    if (gen < 0) break;
    const cellCount = Atomics.load(ctrl, ${CELLS});
    const leafCount = Atomics.load(ctrl, ${LEAVES});
    for (let l; (l = Atomics.add(ctrl, ${NEXT}, ${CHUNK})) < leafCount; )
      repulseLeaves(bodies, cells, cellCount, leaves, l, Math.min(leafCount, l + ${CHUNK}), params[0], params[1], fx, fy);
    Atomics.add(ctrl, ${DONE}, 1);
    Atomics.notify(ctrl, ${DONE});
  }
} catch (e) {
  Atomics.store(ctrl, ${FAILED}, 1);
  Atomics.add(ctrl, ${DONE}, 1);
  Atomics.notify(ctrl, ${DONE});
}
`;

export interface RepulsionPool {
  run: RepulsionRunner;
  close(): void;
}

/** Starts `count` workers over the tree's shared buffers, or returns null where threads are unavailable. */
export function startRepulsionPool(tree: QuadTree, fx: Float64Array, fy: Float64Array, count: number): RepulsionPool | null {
  const wt = workerThreads();
  if (!wt || count < 1 || !(tree.bodies.buffer instanceof SharedArrayBuffer)) return null;
  const ctrl = new Int32Array(new SharedArrayBuffer(8 * 4));
  // Coefficient and θ of the round.
  const params = new Float64Array(new SharedArrayBuffer(16));
  const workers: Worker[] = [];
  try {
    for (let k = 0; k < count; k++) {
      const w = new wt.Worker(WORKER_SOURCE, { eval: true, workerData: { ctrl, params, bodies: tree.bodies, cells: tree.cells, leaves: tree.leaves, fx, fy } });
      w.unref();
      workers.push(w);
    }
  } catch {
    for (const w of workers) void w.terminate();
    return null;
  }
  let alive = true;
  const all = (t: QuadTree, coef: number, theta: number, outX: Float64Array, outY: Float64Array) =>
    repulseLeaves(t.bodies, t.cells, t.cellCount, t.leaves, 0, t.leafCount, coef, theta, outX, outY);
  const run: RepulsionRunner = (t, coef, theta, outX, outY, meanwhile) => {
    if (!alive) {
      meanwhile();
      return all(t, coef, theta, outX, outY);
    }
    params[0] = coef;
    params[1] = theta;
    Atomics.store(ctrl, CELLS, t.cellCount);
    Atomics.store(ctrl, LEAVES, t.leafCount);
    Atomics.store(ctrl, NEXT, 0);
    Atomics.store(ctrl, DONE, 0);
    Atomics.add(ctrl, GEN, 1);
    Atomics.notify(ctrl, GEN);
    // The other forces while the workers start; then this thread takes chunks like them.
    meanwhile();
    for (let l; (l = Atomics.add(ctrl, NEXT, CHUNK)) < t.leafCount; )
      repulseLeaves(t.bodies, t.cells, t.cellCount, t.leaves, l, Math.min(t.leafCount, l + CHUNK), coef, theta, outX, outY);
    const deadline = performance.now() + ROUND_TIMEOUT_MS;
    for (let done = Atomics.load(ctrl, DONE); done < workers.length; done = Atomics.load(ctrl, DONE)) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      Atomics.wait(ctrl, DONE, done, left);
    }
    if (Atomics.load(ctrl, DONE) < workers.length || Atomics.load(ctrl, FAILED)) {
      // A worker failed or hangs: its chunks may be incomplete, so this thread redoes all.
      close();
      all(t, coef, theta, outX, outY);
    }
  };
  const close = () => {
    if (!alive) return;
    alive = false;
    Atomics.store(ctrl, GEN, -1);
    Atomics.notify(ctrl, GEN);
    for (const w of workers) void w.terminate();
  };
  return { run, close };
}

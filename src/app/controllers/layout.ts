// ForceAtlas2 in a web worker over the drawn graph: run, stop, and reset to the built
// layout. The worker writes positions straight into the drawn graph; Sigma follows.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { SETTINGS } from '../settings.ts';
import type { GraphController } from './graph.ts';

export interface LayoutController {
  running(): boolean;
  start(): void;
  stop(): void;
  reset(): void;
  onChange(listener: (running: boolean) => void): () => void;
  destroy(): void;
}

export function createLayoutController(graphs: GraphController): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  const listeners = new Set<(running: boolean) => void>();
  const notify = () => listeners.forEach((l) => l(supervisor?.isRunning() ?? false));

  const kill = () => {
    supervisor?.kill();
    supervisor = null;
  };
  const start = () => {
    const graph = graphs.drawn();
    if (graph.order < 2) return;
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), slowDown: SETTINGS.layoutSlowDown },
      getEdgeWeight: null,
    });
    supervisor.start();
    notify();
  };
  // A rebuilt graph is a new object: move the worker to it, running as before.
  const offGraph = graphs.onChange(() => {
    const wasRunning = supervisor?.isRunning() ?? false;
    kill();
    if (wasRunning) start();
  });

  return {
    running: () => supervisor?.isRunning() ?? false,
    start,
    stop() {
      supervisor?.stop();
      notify();
    },
    reset() {
      kill();
      graphs.resetPositions();
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      offGraph();
      kill();
      listeners.clear();
    },
  };
}

// Camera <-> view state: user moves are recorded (replacing the history entry, so back
// and forward step through selections, not pans); focusing an entity animates to it.
import type { Store } from '../core/store.ts';
import type { CameraView, ViewState } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';
import type { Box } from '../core/label-placement.ts';
import { fitCamera, freeArea } from './fit.ts';
import type { Renderer } from './renderer.ts';

const same = (a: CameraView | null, b: CameraView | null) =>
  a === b || (!!a && !!b && Math.abs(a.x - b.x) < 1e-4 && Math.abs(a.y - b.y) < 1e-4 && Math.abs(a.ratio - b.ratio) < 1e-4);

export interface CameraController {
  focusNode(id: string): void;
  /**
   * Fits discs and drawn labels into the graph's free area (controllers/fit.ts): the home
   * view, not recorded in the state. Refits on resizes until the user moves the camera.
   */
  fit(drawnLabels: () => readonly Box[]): void;
  destroy(): void;
}

export function createCameraController(renderer: Renderer, store: Store<ViewState>): CameraController {
  const camera = renderer.getCamera();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The fitted view while the camera stays there; null once the user moves it. */
  let home: CameraView | null = null;
  let resizes: ResizeObserver | null = null;

  const initial = store.get().camera;
  if (initial) camera.setState(initial);

  const record = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      const view = { x, y, ratio };
      if (home && same(view, home)) return;
      home = null;
      if (!same(view, store.get().camera)) store.set({ camera: view }, 'replace');
    }, SETTINGS.camera.recordDelayMs);
  };
  camera.on('updated', record);

  const unsubscribe = store.subscribe((state, _prev, commit) => {
    // Only history navigation and restoring a view move the camera from the state; otherwise the camera leads.
    if ((commit === 'silent' || commit === 'restore') && state.camera && !same(state.camera, camera.getState())) {
      camera.animate(state.camera, { duration: SETTINGS.camera.historyAnimationMs });
    }
  });

  return {
    focusNode(id) {
      const data = renderer.getNodeDisplayData(id);
      if (!data) return;
      // A focus is the user's move: no refit on a later resize takes it back.
      home = null;
      const ratio = Math.min(camera.getState().ratio, SETTINGS.camera.focusRatio);
      camera.animate({ x: data.x, y: data.y, ratio }, { duration: SETTINGS.camera.focusAnimationMs });
    },
    fit(drawnLabels) {
      const container = renderer.getContainer();
      const run = () => {
        fitCamera(renderer, drawnLabels, freeArea(container));
        const { x, y, ratio } = camera.getState();
        home = { x, y, ratio };
      };
      run();
      let size = `${container.clientWidth}x${container.clientHeight}`;
      resizes?.disconnect();
      resizes = new ResizeObserver(() => {
        const now = `${container.clientWidth}x${container.clientHeight}`;
        if (now === size) return;
        size = now;
        // Sigma learns the new size on its next frame: fit after it.
        if (home) requestAnimationFrame(() => home && (renderer.resize(), run()));
      });
      resizes.observe(container);
    },
    destroy() {
      resizes?.disconnect();
      clearTimeout(timer);
      camera.removeListener('updated', record);
      unsubscribe();
    },
  };
}

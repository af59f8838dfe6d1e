// Fits the camera to what is drawn, labels included, inside the part of the graph's area
// that nothing covers (the view controls over it: elements marked `data-graph-overlay`).
// Labels keep their pixel size while the graph zooms, so the fit is found in a few
// rounds: draw, measure the union of discs and drawn labels, zoom and move to fit it.
import type { Box } from '../core/label-placement.ts';
import type { Renderer } from './renderer.ts';

/** Free pixels kept between the drawing and the edge of its area. */
const FIT_MARGIN = 8;
const ROUNDS = 4;

/** The graph element's area less what overlays it along an edge, in its own pixels. */
export function freeArea(container: HTMLElement): Box {
  const own = container.getBoundingClientRect();
  let [top, right, bottom, left] = [0, own.width, own.height, 0];
  for (const overlay of document.querySelectorAll<HTMLElement>('[data-graph-overlay]')) {
    const r = overlay.getBoundingClientRect();
    if (!r.width || !r.height || r.right <= own.left || r.left >= own.right || r.bottom <= own.top || r.top >= own.bottom) continue;
    // An overlay wider than tall takes a band off the top or bottom; else off a side.
    if (r.width >= r.height) {
      if (r.top - own.top < own.bottom - r.bottom) top = Math.max(top, r.bottom - own.top);
      else bottom = Math.min(bottom, r.top - own.top);
    } else if (r.left - own.left < own.right - r.right) left = Math.max(left, r.right - own.left);
    else right = Math.min(right, r.left - own.left);
  }
  return { x: left + FIT_MARGIN, y: top + FIT_MARGIN, width: right - left - 2 * FIT_MARGIN, height: bottom - top - 2 * FIT_MARGIN };
}

function drawnBox(renderer: Renderer, labels: readonly Box[]): Box | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (b: Box) => {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  };
  renderer.getGraph().forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const size = renderer.scaleSize(data.size);
    add({ x: x - size, y: y - size, width: 2 * size, height: 2 * size });
  });
  labels.forEach(add);
  return x1 > x0 ? { x: x0, y: y0, width: Math.max(x1 - x0, 1), height: Math.max(y1 - y0, 1) } : null;
}

/** Moves the camera (without animation) so that discs and drawn labels fill `area`. */
export function fitCamera(renderer: Renderer, drawnLabels: () => readonly Box[], area: Box): void {
  const camera = renderer.getCamera();
  if (area.width < 20 || area.height < 20) return;
  for (let round = 0; round < ROUNDS; round++) {
    renderer.refresh({ skipIndexation: true });
    const box = drawnBox(renderer, round === 0 ? [] : drawnLabels());
    if (!box) return;
    const state = camera.getState();
    const scale = Math.min(area.width / box.width, area.height / box.height);
    const ratio = Math.min(Math.max(state.ratio / scale, renderer.getSetting('minCameraRatio') ?? 0), renderer.getSetting('maxCameraRatio') ?? Infinity);
    const { width, height } = renderer.getDimensions();
    const middle = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const target = renderer.viewportToFramedGraph({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    // The area's centre, as an offset from the viewport's, at the new zoom.
    const offset = renderer.viewportToFramedGraph({ x: area.x + area.width / 2, y: area.y + area.height / 2 });
    const f = ratio / state.ratio;
    camera.setState({ x: target.x - (offset.x - middle.x) * f, y: target.y - (offset.y - middle.y) * f, ratio });
  }
  renderer.refresh({ skipIndexation: true });
}

// The claim layer: a dashed line from each claimant to the middle of every relation it is
// quoted as claiming (core/claim-links.ts), on a canvas between Sigma's edges and nodes.
// So "who says so" is visible on the graph, not only in the relation's panel. Off by
// default (the layout already puts claimants near what they claim, and the lines crowd the
// overview); the view panel turns it on.
import { claimLinks, type ClaimLink } from '../core/claim-links.ts';
import type { GraphController } from './graph.ts';
import type { Renderer } from './renderer.ts';

const LAYER = 'claims';
const COLOR = 'rgba(102, 112, 133, 0.55)';

export interface ClaimLayer {
  shown(): boolean;
  show(on: boolean): void;
  /** The links of the last frame (none when hidden). */
  drawn(): ClaimLink[];
  destroy(): void;
}

export function createClaimLayer(renderer: Renderer, graphs: GraphController): ClaimLayer {
  renderer.createCanvasContext(LAYER, { style: { pointerEvents: 'none' } });
  const canvases = renderer.getCanvases();
  const canvas = canvases[LAYER]!;
  canvases.nodes?.before(canvas);
  const ctx = canvas.getContext('2d')!;
  let on = false;
  let links: ClaimLink[] | null = null;
  let drawn: ClaimLink[] = [];

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawn = [];
    if (!on) return;
    const graph = renderer.getGraph();
    links ??= claimLinks(graphs.drawn());
    const at = (node: string) => {
      const data = renderer.getNodeDisplayData(node);
      return data && !data.hidden ? { ...renderer.framedGraphToViewport(data), size: renderer.scaleSize(data.size) } : null;
    };
    ctx.strokeStyle = COLOR;
    ctx.fillStyle = COLOR;
    ctx.lineWidth = 1.2;
    ctx.setLineDash([4, 3]);
    for (const link of links) {
      if (!graph.hasEdge(link.edge)) continue;
      const [from, a, b] = [at(link.claimant), at(graph.source(link.edge)), at(graph.target(link.edge))];
      if (!from || !a || !b) continue;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      ctx.beginPath();
      ctx.moveTo(from.x, from.y);
      ctx.lineTo(mid.x, mid.y);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(mid.x, mid.y, 2, 0, 2 * Math.PI);
      ctx.fill();
      drawn.push(link);
    }
    ctx.setLineDash([]);
  };

  renderer.on('afterRender', draw);
  const offGraph = graphs.onChange(() => (links = null));
  return {
    shown: () => on,
    show(value) {
      on = value;
      renderer.scheduleRender();
    },
    drawn: () => drawn,
    destroy() {
      offGraph();
      renderer.off('afterRender', draw);
      renderer.killLayer(LAYER);
    },
  };
}

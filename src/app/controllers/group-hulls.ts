// Hierarchy drawn as groups: a translucent hull in the parent's colour around each parent
// and its direct members, named after the parent, on a canvas under the edges. Drawn
// only for graphs whose entities name a parent (a file's `pid`, nested nodes).
import { convexHull, groupsOf, type Point } from '../core/groups.ts';
import { pick } from '../core/i18n.ts';
import type { Store } from '../core/store.ts';
import type { ViewState } from '../core/types.ts';
import type { GraphController } from './graph.ts';
import { FONT, type Renderer } from './renderer.ts';

const LAYER = 'groups';
const PAD = 10;

export function createGroupHulls(renderer: Renderer, graphs: GraphController, store: Store<ViewState>): () => void {
  if (groupsOf(graphs.drawn()).size === 0) return () => {};
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: 'edges', style: { pointerEvents: 'none' } });
  const ctx = canvas.getContext('2d')!;
  renderer.getContainer().dataset.groups = '0';

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const drawn = graphs.drawn();
    const lang = store.get().lang;
    let shown = 0;
    for (const group of groupsOf(drawn).values()) {
      const points: Point[] = [];
      for (const id of [group.id, ...group.members]) {
        const data = renderer.getNodeDisplayData(id);
        if (!data || data.hidden) continue;
        const c = renderer.framedGraphToViewport(data);
        const r = renderer.scaleSize(data.size) + PAD;
        for (let k = 0; k < 8; k++) points.push({ x: c.x + r * Math.cos((k * Math.PI) / 4), y: c.y + r * Math.sin((k * Math.PI) / 4) });
      }
      if (points.length === 0) continue;
      const hull = convexHull(points);
      const parent = drawn.getNodeAttributes(group.id);
      const color = parent.color || '#64748b';
      ctx.beginPath();
      for (const [i, p] of hull.entries()) {
        if (i) ctx.lineTo(p.x, p.y);
        else ctx.moveTo(p.x, p.y);
      }
      ctx.closePath();
      ctx.globalAlpha = 0.1;
      ctx.fillStyle = color;
      ctx.fill();
      ctx.globalAlpha = 0.7;
      ctx.setLineDash([5, 4]);
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.globalAlpha = 0.9;
      const top = hull.reduce((a, b) => (b.y < a.y ? b : a));
      ctx.font = `600 11px ${FONT}`;
      ctx.fillStyle = color;
      ctx.textAlign = 'center';
      ctx.fillText(pick(parent.name, lang) || parent.label || group.id, top.x, top.y - 4);
      ctx.globalAlpha = 1;
      shown++;
    }
    renderer.getContainer().dataset.groups = String(shown);
  };

  renderer.on('afterRender', draw);
  renderer.refresh();
  return () => {
    renderer.off('afterRender', draw);
    renderer.killLayer(LAYER);
    delete renderer.getContainer().dataset.groups;
  };
}

// The emphasis of a large graph (hover, selection, path) drawn on a canvas of its own,
// between Sigma's node labels and its hover layer: a veil that fades the whole drawing,
// then the emphasised relations (with arrowheads and, when few, their labels) and
// entities (with their labels) on top. Drawing it costs what the emphasis holds, never
// what the graph holds, so hovering stays instant at any size; the small-graph path
// (reducers and a Sigma refresh) is in renderer.ts and display.ts.
import { drawDiscNodeLabel, drawStraightEdgeLabel } from 'sigma/rendering';
import type { Emphasis } from '../core/highlight.ts';
import { SETTINGS } from '../settings.ts';
import type { Renderer } from './renderer.ts';

const LAYER = 'emphasis';
const VEIL = SETTINGS.faded.veil;
/** Beyond these counts labels would only pile up: the largest entities keep theirs. */
const MAX_NODE_LABELS = SETTINGS.labels.maxEmphasisNodeLabels;
const MAX_EDGE_LABELS = SETTINGS.labels.maxEmphasisEdgeLabels;

export interface EmphasisSource {
  emphasis(): Emphasis | null;
  selectedEdge(): string | null;
}

export interface EmphasisLayer {
  draw(): void;
  destroy(): void;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Point {
  x: number;
  y: number;
  size: number;
}

/** The relation's line, with a head at `to` unless `headed` is false (an undirected edge). */
function arrow(ctx: CanvasRenderingContext2D, from: Point, to: Point, width: number, headed: boolean): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return;
  const ux = dx / length;
  const uy = dy / length;
  const head = headed ? Math.min(4 + width * 2.5, length / 3) : 0;
  // The line stops at the target's rim, the arrowhead ends on it.
  const tipX = to.x - ux * to.size;
  const tipY = to.y - uy * to.size;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(from.x + ux * from.size, from.y + uy * from.size);
  ctx.lineTo(tipX - ux * head, tipY - uy * head);
  ctx.stroke();
  if (!headed) return;
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - ux * head - uy * head * 0.6, tipY - uy * head + ux * head * 0.6);
  ctx.lineTo(tipX - ux * head + uy * head * 0.6, tipY - uy * head - ux * head * 0.6);
  ctx.closePath();
  ctx.fill();
}

export function createEmphasisLayer(renderer: Renderer, source: EmphasisSource): EmphasisLayer {
  renderer.createCanvasContext(LAYER, { style: { pointerEvents: 'none' } });
  const canvases = renderer.getCanvases();
  const canvas = canvases[LAYER]!;
  // Below the hovered entity's label box and the pointer layer, above everything drawn.
  canvases.hovers?.before(canvas);
  // Sigma sizes its layers when it resizes; this one comes after its first sizing.
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  const graph = () => renderer.getGraph();

  const point = (node: string): (Point & { label: string | null; color: string }) | null => {
    const data = renderer.getNodeDisplayData(node);
    if (!data) return null;
    const { x, y } = renderer.framedGraphToViewport(data);
    return { x, y, size: renderer.scaleSize(data.size), label: data.label, color: data.color };
  };

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    ctx.clearRect(0, 0, width, height);
    const emphasis = source.emphasis();
    if (!emphasis) return;
    const settings = renderer.getSettings();
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, width, height);

    const points = new Map<string, NonNullable<ReturnType<typeof point>>>();
    for (const node of emphasis.nodes) {
      const p = point(node);
      if (p) points.set(node, p);
    }
    const selected = source.selectedEdge();
    const g = graph();
    const edgeLabels: Array<[string, Point, Point]> = [];
    for (const edge of emphasis.edges) {
      if (!g.hasEdge(edge)) continue;
      const from = points.get(g.source(edge));
      const to = points.get(g.target(edge));
      if (!from || !to) continue;
      const color = g.getEdgeAttribute(edge, 'color') || '#94a3b8';
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      arrow(ctx, from, to, edge === selected ? 3 : 1.5, g.getEdgeAttribute(edge, 'undirected') !== true);
      if (edgeLabels.length < MAX_EDGE_LABELS || edge === selected) edgeLabels.push([edge, from, to]);
    }
    for (const [node, p] of points) {
      ctx.fillStyle = p.color;
      ctx.beginPath();
      ctx.arc(p.x, p.y, Math.max(p.size, 2), 0, 2 * Math.PI);
      ctx.fill();
      if (emphasis.focus.has(node)) {
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#1f2933';
        ctx.stroke();
      }
    }
    if (emphasis.edges.size <= MAX_EDGE_LABELS || selected) {
      for (const [edge, from, to] of edgeLabels) {
        const label = g.getEdgeAttribute(edge, 'label');
        if (label) drawStraightEdgeLabel(ctx, { label, color: '#667085', size: 2 }, from, to, settings);
      }
    }
    // Focus first, then the largest; a label that would cover one already drawn is left out.
    const labelled = [...points].sort(([a, p], [b, q]) => Number(emphasis.focus.has(b)) - Number(emphasis.focus.has(a)) || q.size - p.size);
    const placed: Box[] = [];
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    for (const [, p] of labelled) {
      if (!p.label || placed.length >= MAX_NODE_LABELS) continue;
      const box: Box = { x: p.x + p.size + 3, y: p.y - settings.labelSize / 2 - 2, w: ctx.measureText(p.label).width + 4, h: settings.labelSize + 4 };
      if (placed.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h)) continue;
      placed.push(box);
      drawDiscNodeLabel(ctx, { ...p, label: p.label }, settings);
    }
  };

  renderer.on('afterRender', draw);
  return {
    draw,
    destroy() {
      renderer.off('afterRender', draw);
      renderer.killLayer(LAYER);
    },
  };
}

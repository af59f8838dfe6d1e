// Node labels without overlaps: before each frame's labels are drawn, every drawn node's
// label box is measured (short display names, core/short-label.ts) and core/label-placement.ts
// picks which to show — the hovered and selected first, then their neighbours, then by
// importance (core/label-importance.ts). Sigma is told to offer every label (see the
// renderer's reducer); this drawing function draws only the picked ones. Small graphs
// only: a large one keeps Sigma's label grid.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/types.ts';
import { placeLabels, type Box, type LabelCandidate } from '../core/label-placement.ts';
import { shortLabel } from '../core/short-label.ts';
import type { Renderer } from './renderer.ts';

/** Free space kept around each label, in pixels: how dense the labels are. */
export const LABEL_DENSITIES = { low: 16, medium: 5, high: 1 } as const;
export type LabelDensity = keyof typeof LABEL_DENSITIES;
const KEY_LABELS_MIN = 5;
const KEY_LABELS_SHARE = 0.15;
const HALO = 'rgba(255, 255, 255, 0.85)';

export interface DrawnLabel extends Box {
  key: string;
  text: string;
}

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

export interface Labels {
  /** Sigma's `defaultDrawNodeLabel`. */
  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttributes, EdgeAttributes, GraphAttributes>): void;
  attach(renderer: Renderer): void;
  density(): LabelDensity;
  setDensity(density: LabelDensity): void;
  /** The labels of the last frame, in viewport pixels. */
  drawn(): DrawnLabel[];
  destroy(): void;
}

export function createLabels(importance: ReadonlyMap<string, number>, font: string, fontSize: number, weight: string): Labels {
  let renderer: Renderer | null = null;
  let density: LabelDensity = 'medium';
  /** Each picked label's box relative to its node's centre, so that a copy of the drawing at another size (the PNG export) keeps labels beside their nodes. */
  let picked: Map<string, Box> | null = null;
  let drawn: DrawnLabel[] = [];
  const shortNames = new Map<string, string>();
  const widths = new Map<string, number>();
  const measure = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');

  const short = (label: string) => {
    let text = shortNames.get(label);
    if (text === undefined) shortNames.set(label, (text = shortLabel(label)));
    return text;
  };
  const width = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (measure) measure.font = `${weight} ${fontSize}px ${font}`;
      widths.set(text, (w = measure?.measureText(text).width ?? text.length * fontSize * 0.6));
    }
    return w;
  };
  const height = Math.ceil(fontSize * 1.2);
  /** Right of the disc (as Sigma draws it), then left, above, below, and at the four corners; never past the edge. */
  const places = (text: string, x: number, y: number, size: number, w: number, h: number): Box[] => {
    const width_ = Math.ceil(width(text)) + 2;
    const [right, left, above, below] = [x + size + 2, x - size - 2 - width_, y - size - 1 - height, y + size + 1];
    const boxes: Box[] = [
      { x: right, y: y - height / 2, width: width_, height },
      { x: left, y: y - height / 2, width: width_, height },
      { x: x - width_ / 2, y: above, width: width_, height },
      { x: x - width_ / 2, y: below, width: width_, height },
      { x: x + size * 0.7, y: above + size * 0.3, width: width_, height },
      { x: x + size * 0.7, y: below - size * 0.3, width: width_, height },
      { x: x - size * 0.7 - width_, y: above + size * 0.3, width: width_, height },
      { x: x - size * 0.7 - width_, y: below - size * 0.3, width: width_, height },
    ];
    return boxes.filter((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h);
  };

  const plan = (): Map<string, Box> => {
    const r = renderer!;
    const { width: w, height: h } = r.getDimensions();
    const candidates: LabelCandidate[] = [];
    const centres = new Map<string, { x: number; y: number }>();
    r.getGraph().forEachNode((node) => {
      const data = r.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return;
      const { x, y } = r.framedGraphToViewport(data);
      const size = r.scaleSize(data.size);
      if (x < -size || x > w + size || y < -size || y > h + size) return;
      // The hovered or selected first, then what they light up, then the rest by importance.
      const priority = (data.highlighted ? 2e9 : 0) + (data.zIndex > 0 ? 1e9 : 0) + (importance.get(node) ?? 0);
      const disc = { x: x - size, y: y - size, width: 2 * size, height: 2 * size };
      candidates.push({ key: node, places: places(short(data.label), x, y, size, w, h), disc, priority });
      centres.set(node, { x, y });
    });
    // The few most important (the top 15 %, at least five) may lie over nodes: in a dense
    // core no place is free of discs, and these names are the ones a reader looks for.
    const keys = Math.max(KEY_LABELS_MIN, Math.ceil(candidates.length * KEY_LABELS_SHARE));
    for (const c of [...candidates].sort((a, b) => b.priority - a.priority).slice(0, keys)) c.overNodes = true;
    return new Map(
      placeLabels(candidates, LABEL_DENSITIES[density]).map((p) => {
        const c = centres.get(p.key)!;
        return [p.key, { ...p.box, x: p.box.x - c.x, y: p.box.y - c.y }];
      }),
    );
  };

  const newFrame = () => {
    picked = null;
    drawn = [];
  };

  return {
    draw(context, data, settings) {
      if (!data.label || !data.key || !renderer) return;
      picked ??= plan();
      const offset = picked.get(data.key);
      if (!offset) return;
      const at = { ...offset, x: data.x + offset.x, y: data.y + offset.y };
      const text = short(data.label);
      const color = settings.labelColor.attribute ? (data as Record<string, unknown>)[settings.labelColor.attribute] : settings.labelColor.color;
      context.fillStyle = typeof color === 'string' ? color : '#000';
      context.font = `${weight} ${fontSize}px ${font}`;
      context.textBaseline = 'middle';
      // A halo keeps the text readable over edges and the nodes a key label may cross.
      context.strokeStyle = HALO;
      context.lineWidth = 3;
      context.lineJoin = 'round';
      context.strokeText(text, at.x + 1, at.y + height / 2);
      context.fillText(text, at.x + 1, at.y + height / 2);
      context.textBaseline = 'alphabetic';
      drawn.push({ key: data.key, text, ...at });
    },
    attach(r) {
      renderer = r;
      r.on('beforeRender', newFrame);
      // Sigma drew its first frame before it could be attached.
      r.scheduleRender();
    },
    density: () => density,
    setDensity(value) {
      if (value === density) return;
      density = value;
      renderer?.refresh({ skipIndexation: true });
    },
    drawn: () => drawn,
    destroy() {
      renderer?.removeListener('beforeRender', newFrame);
      renderer = null;
    },
  };
}

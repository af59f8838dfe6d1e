// Which node labels to draw, and where: every candidate offers label boxes (right of its
// node, then left, above, below) and its node's disc; candidates are taken in priority
// order, each at the first of its places that overlaps no label or labelled disc already
// taken, or not at all. So labels never overlap, and the important ones win.
// Framework-free; a uniform grid keeps it near linear.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  /** Where the label could be drawn, in order of preference. */
  places: readonly Box[];
  /** The node's disc, which no other label may cover. */
  disc: Box;
  /** Higher first; ties by key, so the outcome never depends on the input's order. */
  priority: number;
}

const intersects = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

export interface PlacedLabel {
  key: string;
  box: Box;
}

/**
 * The labels drawn, in priority order. `margin` is the free space kept between two labels
 * (more margin, fewer labels).
 */
export function placeLabels(candidates: readonly LabelCandidate[], margin = 2, cell = 64): PlacedLabel[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const grid = new Map<string, Box[]>();
  const cells = (box: Box, visit: (key: string) => boolean): boolean => {
    const [x0, x1] = [Math.floor((box.x - margin) / cell), Math.floor((box.x + box.width + margin) / cell)];
    const [y0, y1] = [Math.floor((box.y - margin) / cell), Math.floor((box.y + box.height + margin) / cell)];
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) if (visit(`${i},${j}`)) return true;
    return false;
  };
  const free = (box: Box) => !cells(box, (k) => grid.get(k)?.some((other) => intersects(box, other, margin)) ?? false);
  const take = (box: Box) =>
    cells(box, (k) => {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
      return false;
    });
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    // Its disc must not lie under a drawn label, nor its label cover what is taken.
    if (!free(c.disc)) continue;
    const box = c.places.find(free);
    if (!box) continue;
    take(box);
    take(c.disc);
    placed.push({ key: c.key, box });
  }
  return placed;
}

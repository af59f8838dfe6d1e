// Which node labels to draw, and where: every candidate offers label boxes (right of its
// node, then left, above, below...) and its node's disc; candidates are taken in priority
// order, each at the first of its places that overlaps no label already taken and no
// node's middle, or not at all. So labels never overlap or hide a node, and the important
// ones win.
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
  /** A key label (drawn with a halo) may lie over other nodes, never over another label. */
  overNodes?: boolean;
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
  interface Taken {
    key: string;
    box: Box;
    /** Kept apart from other labels by `margin`; a disc only needs not to be covered. */
    label: boolean;
  }
  const grid = new Map<string, Taken[]>();
  const cells = (box: Box, visit: (key: string) => boolean): boolean => {
    const [x0, x1] = [Math.floor((box.x - margin) / cell), Math.floor((box.x + box.width + margin) / cell)];
    const [y0, y1] = [Math.floor((box.y - margin) / cell), Math.floor((box.y + box.height + margin) / cell)];
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) if (visit(`${i},${j}`)) return true;
    return false;
  };
  const free = (key: string, box: Box, overNodes: boolean) =>
    !cells(
      box,
      (k) => grid.get(k)?.some((other) => other.key !== key && (other.label || !overNodes) && intersects(box, other.box, other.label ? margin : 0)) ?? false,
    );
  const take = (taken: Taken) =>
    cells(taken.box, (k) => {
      const list = grid.get(k);
      if (list) list.push(taken);
      else grid.set(k, [taken]);
      return false;
    });
  // No label covers a node's middle, labelled or not: every disc's inner half is taken
  // before any label (a label may graze a rim, as in a dense core it must).
  for (const c of order) {
    const { x, y, width, height } = c.disc;
    take({ key: c.key, box: { x: x + width / 4, y: y + height / 4, width: width / 2, height: height / 2 }, label: false });
  }
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    const box = c.places.find((place) => free(c.key, place, c.overNodes === true));
    if (!box) continue;
    take({ key: c.key, box, label: true });
    placed.push({ key: c.key, box });
  }
  return placed;
}

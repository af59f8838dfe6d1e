import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelCandidate } from './label-placement.ts';

const candidate = (key: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({
  key,
  priority,
  disc: { x: x - 4, y: y - 4, width: 8, height: 8 },
  places: [
    { x: x + 6, y: y - 7, width, height: 14 },
    { x: x - 6 - width, y: y - 7, width, height: 14 },
  ],
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('never lets two labels overlap, and the important one wins', () => {
    const placed = placeLabels([candidate('minor', 10, 2, 1), candidate('major', 0, 0, 5), candidate('far', 500, 500, 0)], 2);
    expect(placed.map((p) => p.key)).toContain('major');
    expect(placed.map((p) => p.key)).toContain('far');
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
  });

  it('tries the next place before giving a label up', () => {
    // B sits right of A, close: A's right-hand label would cover B's disc and label, so A goes left.
    const placed = placeLabels([candidate('b', 40, 0, 10), candidate('a', 0, 0, 5)], 2);
    expect(placed.find((p) => p.key === 'a')?.box.x).toBeLessThan(0);
  });

  it('holds on dense random boxes', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cands = Array.from({ length: 400 }, (_, i) => candidate(`n${i}`, rand() * 600, rand() * 400, rand(), 20 + rand() * 80));
    const placed = placeLabels(cands, 1);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('keeps labels off the middle of any node, unless the label is a key one', () => {
    // An unlabelled small node sits right where 'a' would put its label, and left of it another.
    const blocker = (key: string, x: number): LabelCandidate => ({ ...candidate(key, x, 0, 0), places: [] });
    const around = [blocker('right', 36), blocker('left', -36)];
    expect(placeLabels([candidate('a', 0, 0, 5), ...around], 2).map((p) => p.key)).toEqual([]);
    const key = { ...candidate('a', 0, 0, 5), overNodes: true };
    expect(placeLabels([key, ...around], 2).map((p) => p.key)).toEqual(['a']);
  });
});

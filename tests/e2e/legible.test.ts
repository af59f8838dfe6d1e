// The explorer reads at a glance (issue 16, legibility): labels never overlap, key people
// are labelled at the default zoom, no label is cut at the graph's edges or under its view
// controls, the components sit together, nodes can be dragged, and the claim layer draws.
import { describe, expect, test } from 'vitest';
import { browserSession, builtData, nodePoint, openApp, SCREENSHOTS, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;
const { graph } = builtData();
const SIZES = [
  { width: 1280, height: 800, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' },
];

interface Drawn {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const labels = (a: AppPage) => a.page.evaluate(() => window.faktograf!.drawnLabels()) as Promise<Drawn[]>;
const overlap = (a: Drawn, b: Drawn) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('legibility', () => {
  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} labels do not overlap, key people are labelled, none is cut or covered`, async () => {
      app = await session.page({ width: size.width, height: size.height });
      await openApp(app.page);
      await app.page.waitForTimeout(400);
      const drawn = await labels(app);
      expect(drawn.length).toBeGreaterThan(15);
      for (let i = 0; i < drawn.length; i++)
        for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i]!, drawn[j]!), `${drawn[i]!.text} / ${drawn[j]!.text}`).toBe(false);
      const keys = drawn.map((l) => l.key);
      expect(keys).toContain('kim-jong-un');
      expect(keys).toContain('vladimir-putin');
      // Long names are drawn short; the full name is in the data (and so in tooltips and panels).
      for (const l of drawn) expect(l.text.length).toBeLessThanOrEqual(30);
      // Within the graph's area, and clear of the view controls over it.
      const area = (await app.page.locator('#graph').boundingBox())!;
      const controls = (await app.page.locator('#graph-view').boundingBox())!;
      for (const l of drawn) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.y).toBeGreaterThanOrEqual(0);
        expect(l.x + l.width).toBeLessThanOrEqual(area.width);
        expect(l.y + l.height).toBeLessThanOrEqual(area.height);
        const page = { ...l, x: l.x + area.x, y: l.y + area.y };
        expect(overlap(page, { ...controls, key: '', text: '' }), l.text).toBe(false);
      }
      await app.page.screenshot({ path: `${SCREENSHOTS}/legible-${size.name}.png` });
    });
  }

  test('every component lies near the main cluster', async () => {
    app = await session.page();
    await openApp(app.page);
    const points = await app.page.evaluate(
      (ids) => ids.map((id) => window.faktograf!.nodeViewportPosition(id)!),
      graph.nodes.map((n) => n.key),
    );
    // The main cluster: the component of the best-connected entity.
    const adjacency = new Map(graph.nodes.map((n) => [n.key, [] as string[]]));
    for (const e of graph.edges) {
      adjacency.get(e.source)!.push(e.target);
      adjacency.get(e.target)!.push(e.source);
    }
    const hub = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree)[0]!.key;
    const main = new Set([hub]);
    for (const n of main) for (const m of adjacency.get(n)!) main.add(m);
    const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
    const inMain = [...main].map((k) => points[index.get(k)!]!);
    const [x0, x1] = [Math.min(...inMain.map((p) => p.x)), Math.max(...inMain.map((p) => p.x))];
    const [y0, y1] = [Math.min(...inMain.map((p) => p.y)), Math.max(...inMain.map((p) => p.y))];
    const margin = 0.25 * Math.max(x1 - x0, y1 - y0);
    for (const [i, p] of points.entries()) {
      const outside = Math.max(x0 - p.x, p.x - x1, y0 - p.y, p.y - y1, 0);
      expect(outside, graph.nodes[i]!.key).toBeLessThanOrEqual(margin);
    }
    // The claimants the issue names sit among the rest.
    for (const id of ['us-intelligence', 'south-korean-intelligence', 'uk-ministry-of-defence']) expect(index.has(id)).toBe(true);
  });

  test('dragging a node moves it, and it stays moved after a rebuild; dragging the background pans', async () => {
    app = await session.page();
    await openApp(app.page);
    const node = 'kim-jong-un';
    const before = await nodePoint(app.page, node);
    await app.page.mouse.move(before.x, before.y);
    await app.page.mouse.down();
    for (let i = 1; i <= 8; i++) await app.page.mouse.move(before.x + i * 8, before.y + i * 5);
    await app.page.mouse.up();
    const after = await nodePoint(app.page, node);
    expect(after.x - before.x).toBeGreaterThan(50);
    expect(after.y - before.y).toBeGreaterThan(30);
    // Another node did not move: it was the node, not the camera.
    const other = 'russia';
    const otherBefore = await nodePoint(app.page, other);
    // Switching the language rebuilds the drawn graph; the dragged position survives it.
    await app.page.click('#toolbar button[data-value=en]');
    await app.page.waitForFunction(() => window.faktograf!.state().lang === 'en');
    const kept = await nodePoint(app.page, node);
    expect(kept.x).toBeCloseTo(after.x, 0);
    expect(kept.y).toBeCloseTo(after.y, 0);
    expect((await nodePoint(app.page, other)).x).toBeCloseTo(otherBefore.x, 0);
    // The background pans: every node moves.
    const box = (await app.page.locator('#graph').boundingBox())!;
    await app.page.mouse.move(box.x + 12, box.y + box.height - 12);
    await app.page.mouse.down();
    for (let i = 1; i <= 6; i++) await app.page.mouse.move(box.x + 12 + i * 10, box.y + box.height - 12);
    await app.page.mouse.up();
    expect((await nodePoint(app.page, other)).x - otherBefore.x).toBeGreaterThan(30);
  });

  test('the claim layer draws claimants to what they claim when turned on', async () => {
    app = await session.page();
    await openApp(app.page);
    const drawnClaims = () => app.page.evaluate(() => window.faktograf!.drawnClaims());
    expect(await drawnClaims()).toEqual([]);
    await app.page.check('#claim-layer');
    await app.page.waitForTimeout(200);
    const links = await drawnClaims();
    const expected = graph.edges.flatMap((e) =>
      [...new Set(e.attributes.evidence.flatMap((ev) => ev.claimedBy))].filter((c) => c !== e.source && c !== e.target).map((c) => `${c}>${e.key}`),
    );
    expect(links.map((l) => `${l.claimant}>${l.edge}`).sort()).toEqual([...new Set(expected)].sort());
    expect(links.some((l) => l.claimant === 'us-intelligence')).toBe(true);
    await app.page.screenshot({ path: `${SCREENSHOTS}/claim-layer.png` });
  });

  test('label density is a setting: fewer labels at "low", more at "high"', async () => {
    app = await session.page();
    await openApp(app.page);
    const count = async (value: string) => {
      await app.page.selectOption('#label-density', value);
      await app.page.waitForTimeout(150);
      return (await labels(app)).length;
    };
    const [low, medium, high] = [await count('low'), await count('medium'), await count('high')];
    expect(low).toBeLessThan(medium);
    expect(medium).toBeLessThanOrEqual(high);
  });

  test("a selected node's neighbours are labelled without piling up", async () => {
    app = await session.page();
    await openApp(app.page);
    const hub = 'russia';
    const p = await nodePoint(app.page, hub);
    await app.page.mouse.click(p.x, p.y);
    await app.page.waitForSelector(`#details-panel[data-selection="node:${hub}"]`);
    await app.page.waitForTimeout(300);
    const drawn = await labels(app);
    expect(drawn.map((l) => l.key)).toContain(hub);
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i]!, drawn[j]!)).toBe(false);
  });
});

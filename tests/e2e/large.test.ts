// A large graph (over 5,000 entities) is drawn with points and lines, and its hover and
// selection emphasis on a layer of its own: the hovered entity's neighbourhood stands
// out, everything else is veiled, and nothing else is redrawn.
import { describe, expect, test } from 'vitest';
import { browserSession, clickNode, nodeCount, nodePoint, openApp, paintedPixels, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;

const SIDE = 80;
const HUB = 'hub';
const NEIGHBOURS = ['n0', `n${SIDE - 1}`, `n${SIDE * (SIDE - 1)}`];
const STRANGER = `n${SIDE * 10 + 10}`;

/** 6,400 entities on a grid, each tied to its right-hand neighbour; a hub beside it tied to three corners. */
function gridGraph(): string {
  const nodes = Array.from({ length: SIDE * SIDE }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `n${i}`, x: (i % SIDE) * 10, y: Math.floor(i / SIDE) * 10, entityType: i % 2 ? 'place' : 'person' },
  }));
  nodes.push({ key: HUB, attributes: { label: HUB, x: SIDE * 14, y: SIDE * 5, entityType: 'person' } });
  const edges = nodes
    .filter((n, i) => n.key !== HUB && i % SIDE !== SIDE - 1)
    .map((n, i) => ({ key: `e${i}`, source: n.key, target: `n${Number(n.key.slice(1)) + 1}` }));
  for (const corner of NEIGHBOURS) edges.push({ key: `hub-${corner}`, source: HUB, target: corner });
  return JSON.stringify({ options: { type: 'directed', multi: true }, attributes: {}, nodes, edges });
}

/** RGBA of the emphasis layer under a node (or a viewport point). */
async function layerPixel(app: AppPage, at: string | { x: number; y: number }): Promise<number[]> {
  const point = typeof at === 'string' ? await app.page.evaluate((id) => window.faktograf!.nodeViewportPosition(id), at) : at;
  return app.page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-emphasis')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    return [...canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
  }, point!);
}

describe('a large graph', () => {
  test('hover and selection emphasise the neighbourhood on their own layer', async () => {
    app = await session.page();
    await openApp(app.page);
    await app.page.setInputFiles('#file-input', { name: 'grid.json', mimeType: 'application/json', buffer: Buffer.from(gridGraph()) });
    await app.page.waitForSelector('body[data-ready=file]', { timeout: 60_000 });
    expect(await nodeCount(app.page)).toBe(SIDE * SIDE + 1);
    expect(await paintedPixels(app.page, '#graph')).toBeGreaterThan(1000);
    // Nothing emphasised: the layer is empty.
    expect((await layerPixel(app, HUB))[3]).toBe(0);

    const hub = await nodePoint(app.page, HUB);
    await app.page.mouse.move(hub.x, hub.y);
    await app.page.waitForFunction(() => document.querySelector('#graph')!.classList.contains('is-pointing'));
    // The neighbours are drawn opaque; an entity outside the neighbourhood and empty space are veiled.
    for (const node of [HUB, ...NEIGHBOURS]) {
      const [r, g, b, a] = await layerPixel(app, node);
      expect(a, node).toBe(255);
      expect(r! + g! + b!, node).toBeLessThan(3 * 240);
    }
    const [r, g, b, a] = await layerPixel(app, STRANGER);
    expect(a).toBeGreaterThan(150);
    expect(a).toBeLessThan(255);
    expect(Math.min(r!, g!, b!)).toBeGreaterThan(240);
    expect((await layerPixel(app, { x: 3, y: 3 }))[3]).toBeGreaterThan(150);
    await app.page.screenshot({ path: `${SCREENSHOTS}/large-hover.png` });
    await app.page.screenshot({ path: `${SCREENSHOTS}/large-hover.png` });

    // Leaving clears the layer; a click keeps the emphasis while the pointer is elsewhere.
    await app.page.mouse.move(hub.x + 300, hub.y + 300);
    await app.page.waitForFunction(() => !document.querySelector('#graph')!.classList.contains('is-pointing'));
    expect((await layerPixel(app, HUB))[3]).toBe(0);
    await clickNode(app.page, HUB);
    expect((await state(app.page)).selection).toEqual({ kind: 'node', id: HUB });
    await app.page.mouse.move(hub.x + 300, hub.y + 300);
    await app.page.waitForTimeout(100);
    expect((await layerPixel(app, NEIGHBOURS[0]!))[3]).toBe(255);
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => window.faktograf!.state().selection === null);
    expect((await layerPixel(app, NEIGHBOURS[0]!))[3]).toBe(0);
  });

  test('betweenness is too costly here; communities are computed in a worker while the page stays responsive', async () => {
    app = await session.page();
    await openApp(app.page);
    await app.page.setInputFiles('#file-input', { name: 'grid.json', mimeType: 'application/json', buffer: Buffer.from(gridGraph()) });
    await app.page.waitForSelector('body[data-ready=file]', { timeout: 60_000 });
    const betweenness = app.page.locator('#appearance-colorBy option[value="betweenness"]');
    expect(await betweenness.isDisabled()).toBe(true);
    expect(await betweenness.textContent()).toMatch(/za kosztowne/);
    const colours = () => app.page.evaluate(() => new Set(Array.from({ length: 6400 }, (_, i) => window.faktograf!.nodeLook(`n${i}`)!.color)).size);
    // Two entity types, two colours.
    expect(await colours()).toBe(2);
    await app.page.selectOption('#appearance-colorBy', 'community');
    await app.page.waitForSelector('#appearance-panel[data-pending="community"]');
    // The page answers at once while the worker computes.
    const t0 = Date.now();
    await app.page.evaluate(() => document.querySelector('#appearance-status')!.textContent);
    expect(Date.now() - t0).toBeLessThan(500);
    await app.page.waitForSelector('#appearance-panel[data-pending=""]', { timeout: 60_000 });
    expect(await app.page.locator('#appearance-legend .legend-row').count()).toBeGreaterThan(5);
    expect(await colours()).toBeGreaterThan(5);
  });
});

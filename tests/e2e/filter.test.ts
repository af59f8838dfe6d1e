// A filter change on a graph drawn the large-graph way (over 5,000 entities): the graph
// drops what the filter hides and gets it back, and the panels, which follow the graph
// by a frame there, show the new state.
import { describe, expect, test } from 'vitest';
import { browserSession, nodeCount, openApp } from './harness.ts';

const session = browserSession();
const N = 6000;
const TYPES = ['person', 'place', 'organization'];

/** A ring of N entities of three types, each tied to the next. */
function ringGraph(): string {
  const nodes = Array.from({ length: N }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `n${i}`, x: Math.cos((2 * Math.PI * i) / N) * 1000, y: Math.sin((2 * Math.PI * i) / N) * 1000, entityType: TYPES[i % 3] },
  }));
  const edges = nodes.map((n, i) => ({ key: `e${i}`, source: n.key, target: `n${(i + 1) % N}` }));
  return JSON.stringify({ options: { type: 'directed', multi: true }, attributes: {}, nodes, edges });
}

const edgeCount = (page: import('playwright-core').Page) => page.getAttribute('#graph', 'data-edge-count').then(Number);
const drawnAt = (page: import('playwright-core').Page, id: string) => page.evaluate((node) => window.faktograf!.nodeViewportPosition(node), id);

describe('filters on a large graph', () => {
  test('hiding an entity type drops its entities and their relations; showing it brings them back', async () => {
    const { page } = await session.page();
    await openApp(page);
    await page.setInputFiles('#file-input', { name: 'ring.json', mimeType: 'application/json', buffer: Buffer.from(ringGraph()) });
    await page.waitForSelector('body[data-ready=file]', { timeout: 60_000 });
    await page.waitForSelector('body[data-panels]');
    expect(await nodeCount(page)).toBe(N);
    expect(await edgeCount(page)).toBe(N);

    const place = page.locator('#legend-panel [data-filter=entityTypes] input[data-id=place]');
    await place.uncheck();
    await page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-node-count') === String(n), N - N / 3);
    // Every relation touches a place, or runs person -> organization: a third are left.
    expect(await edgeCount(page)).toBe(N / 3);
    expect(await drawnAt(page, 'n1')).toBeNull();
    expect(await drawnAt(page, 'n0')).not.toBeNull();
    expect((await page.evaluate(() => window.faktograf!.state())).filters.entityTypes).toEqual(['place']);
    // The legend, a frame behind the graph, marks the type hidden and offers to show all.
    await expect.poll(() => page.locator('#legend-panel input[data-id=place]').isChecked()).toBe(false);
    await page.waitForSelector('#filters-reset');

    await page.click('#filters-reset');
    await page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-node-count') === String(n), N);
    expect(await edgeCount(page)).toBe(N);
    expect(await drawnAt(page, 'n1')).not.toBeNull();
    await expect.poll(() => page.locator('#legend-panel input[data-id=place]').isChecked()).toBe(true);
  });
});

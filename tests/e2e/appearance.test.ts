// The appearance panel over the built knowledge base: colour by community, size by
// betweenness, relation thickness by corroboration or certainty, each with its legend.
import { describe, expect, test } from 'vitest';
import { builtData, browserSession, openApp, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;
const { graph } = builtData();

const looks = (page: AppPage['page'], kind: 'node' | 'edge', ids: string[]) =>
  page.evaluate(([k, list]) => (list as string[]).map((id) => (k === 'node' ? window.faktograf!.nodeLook(id) : window.faktograf!.edgeLook(id))!), [
    kind,
    ids,
  ] as const);

describe('appearance', () => {
  test('colour by community: the nodes take the communities’ colours and the legend lists them', async () => {
    app = await session.page();
    await openApp(app.page);
    const ids = graph.nodes.map((n) => n.key);
    const before = await looks(app.page, 'node', ids);
    expect(await app.page.textContent('#appearance-legend')).toMatch(/typów encji/);
    await app.page.selectOption('#appearance-colorBy', 'community');
    await app.page.waitForSelector('#appearance-legend[data-color-by="community"]');
    await app.page.waitForFunction(() => document.querySelector('#appearance-panel')?.getAttribute('data-pending') === '');
    const rows = await app.page.locator('#appearance-legend .legend-row').allTextContents();
    expect(await app.page.locator('#appearance-legend .legend-label').first().textContent()).toBe('Społeczność 1');
    expect(rows.length).toBeGreaterThan(1);
    const after = await looks(app.page, 'node', ids);
    expect(after.map((l) => l.color)).not.toEqual(before.map((l) => l.color));
    // As many colours as the legend lists communities (up to its limit), and the legend's counts cover every entity.
    const counts = (await app.page.locator('#appearance-legend .legend-count').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ids.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(after.map((l) => l.color)).size).toBeGreaterThanOrEqual(Math.min(rows.length, 12));
    expect((await state(app.page)).colorBy).toBe('community');
    expect(app.page.url()).toContain('color=community');
    await app.page.waitForTimeout(300);
    await app.page.screenshot({ path: `${SCREENSHOTS}/appearance-communities.png` });
  });

  test('size by betweenness: brokers grow, and a reload keeps the choice', async () => {
    app = await session.page();
    await openApp(app.page);
    const ids = graph.nodes.map((n) => n.key);
    const before = await looks(app.page, 'node', ids);
    await app.page.selectOption('#appearance-sizeBy', 'betweenness');
    await app.page.waitForFunction(
      () => window.faktograf!.state().sizeBy === 'betweenness' && document.querySelector('#appearance-panel')?.getAttribute('data-pending') === '',
    );
    await app.page.waitForFunction(() => /Pośrednictwo|Betweenness/.test(document.querySelector('#appearance-size-legend')?.textContent ?? ''));
    const after = await looks(app.page, 'node', ids);
    expect(after.map((l) => l.size)).not.toEqual(before.map((l) => l.size));
    expect(new Set(after.map((l) => l.size)).size).toBeGreaterThan(2);
    await app.page.reload();
    await app.page.waitForSelector('#graph[data-drawn="graph"]');
    await app.page.waitForFunction(() => document.querySelector('#appearance-panel')?.getAttribute('data-pending') === '');
    expect(await looks(app.page, 'node', ids)).toEqual(after);
    expect(await app.page.inputValue('#appearance-sizeBy')).toBe('betweenness');
  });

  test('relation thickness by corroboration or by certainty', async () => {
    app = await session.page();
    await openApp(app.page);
    const byOutlets = new Map<number, string>();
    for (const e of graph.edges) byOutlets.set((e.attributes as { corroboration: { independentOutlets: number } }).corroboration.independentOutlets, e.key);
    const [few, many] = [Math.min(...byOutlets.keys()), Math.max(...byOutlets.keys())];
    expect(many).toBeGreaterThan(few);
    const [thin, thick] = await looks(app.page, 'edge', [byOutlets.get(few)!, byOutlets.get(many)!]);
    expect(thick!.size).toBeGreaterThan(thin!.size);
    expect(await app.page.textContent('#appearance-thickness-legend')).toMatch(/1 źródło/);
    const ids = graph.edges.map((e) => e.key);
    const corroboration = await looks(app.page, 'edge', ids);
    await app.page.selectOption('#appearance-edgeSizeBy', 'certainty');
    await app.page.waitForFunction(() => window.faktograf!.state().edgeSizeBy === 'certainty');
    const certainty = await looks(app.page, 'edge', ids);
    expect(certainty.map((l) => l.size)).not.toEqual(corroboration.map((l) => l.size));
    expect(await app.page.textContent('#appearance-thickness-legend')).toMatch(/pewne|certain/i);
    expect(app.page.url()).toContain('thick=certainty');
  });
});

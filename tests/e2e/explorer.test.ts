// The explorer over the built knowledge base, end to end in Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { schemaErrors } from '../../src/export/test-support.ts';
import { builtData, clickNode, browserSession, nodeCount, nodePoint, openApp, paintedPixels, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;
const { graph, sources } = builtData();
const SHOIGU = graph.nodes.find((n) => /Szojgu/.test(n.attributes.name.pl) && n.attributes.entityType === 'Person')!.key;

describe('explorer', () => {
  test('draws every entity of the knowledge base', async () => {
    app = await session.page();
    await openApp(app.page);
    expect(await nodeCount(app.page)).toBe(graph.nodes.length);
    expect(Number(await app.page.getAttribute('#graph', 'data-edge-count'))).toBe(graph.edges.length);
    expect(await paintedPixels(app.page, '#graph')).toBeGreaterThan(5000);
    await app.page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
  });

  test('searching "szojgu" selects Shoigu and shows his panel', async () => {
    app = await session.page();
    await openApp(app.page);
    await app.page.focus('#search-input');
    await app.page.keyboard.type('szojgu');
    await app.page.waitForSelector('#search-input-list [role=option]');
    expect(await app.page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    // Arrows move the active option and wrap around; Enter chooses it.
    const options = await app.page.locator('#search-input-list [role=option]').count();
    for (let i = 0; i < options; i++) await app.page.keyboard.press('ArrowDown');
    expect(await app.page.getAttribute('#search-input', 'aria-activedescendant')).toBe('search-input-opt-0');
    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector(`#details-panel[data-selection="node:${SHOIGU}"]`);
    expect((await state(app.page)).selection).toEqual({ kind: 'node', id: SHOIGU });
    expect(await app.page.textContent('#detail-title')).toMatch(/Szojgu/);
    await app.page.waitForTimeout(600);
    await app.page.screenshot({ path: `${SCREENSHOTS}/entity-shoigu.png` });
  });

  test('clicking a node opens its panel', async () => {
    app = await session.page();
    await openApp(app.page);
    const hub = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree)[0]!.key;
    await clickNode(app.page, hub);
    await app.page.waitForSelector(`#details-panel[data-selection="node:${hub}"]`);
    expect(await app.page.locator('#details-panel .relation-row').count()).toBeGreaterThan(0);
  });

  test('clicking an edge selects its relation', async () => {
    app = await session.page();
    await openApp(app.page);
    // The longest edge without parallels is drawn straight: its midpoint lies on it. Of
    // those, one whose midpoint no other edge passes near, so the click can mean only it.
    const single = graph.edges.filter((e) => graph.edges.filter((f) => [f.source, f.target].sort().join() === [e.source, e.target].sort().join()).length === 1);
    const box = (await app.page.locator('#graph').boundingBox())!;
    const ids = [...new Set(graph.edges.flatMap((e) => [e.source, e.target]))];
    const at = new Map(
      await Promise.all(ids.map(async (id) => [id, (await app.page.evaluate((n) => window.faktograf!.nodeViewportPosition(n), id))!] as const)),
    );
    const distance = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (Math.hypot(b.x - a.x, b.y - a.y) ** 2 || 1)));
      return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
    };
    const candidates: Array<{ key: string; x: number; y: number; length: number }> = [];
    for (const e of single) {
      const [a, b] = [at.get(e.source)!, at.get(e.target)!];
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const length = Math.hypot(a.x - b.x, a.y - b.y);
      const alone = graph.edges.every((f) => f.key === e.key || distance(mid, at.get(f.source)!, at.get(f.target)!) > 12);
      // No node (with its label) there either, and nothing of the page over the graph.
      const clear = [...at.values()].every((n) => Math.hypot(n.x - mid.x, n.y - mid.y) > 24);
      if (alone && clear && mid.x > 20 && mid.y > 20 && mid.x < box.width - 20 && mid.y < box.height - 20) candidates.push({ key: e.key, ...mid, length });
    }
    candidates.sort((p, q) => q.length - p.length);
    // Sigma picks edges in a down-sized picking buffer, where a thin edge can fall between
    // its pixels: of the six longest clean midpoints, the first Sigma hits is clicked. A
    // click must select exactly the edge under it, never another one.
    let selected: string | null = null;
    for (const c of candidates.slice(0, 6)) {
      const onGraph = await app.page.evaluate(
        ([x, y]) => document.getElementById('graph')!.contains(document.elementFromPoint(x!, y!)),
        [box.x + c.x, box.y + c.y],
      );
      if (!onGraph) continue;
      await app.page.mouse.move(box.x + c.x, box.y + c.y);
      await app.page.mouse.click(box.x + c.x, box.y + c.y);
      await app.page.waitForTimeout(500);
      selected = await app.page.getAttribute('#details-panel', 'data-selection');
      if (selected) {
        expect(selected).toBe(`edge:${c.key}`);
        break;
      }
    }
    expect(selected, 'one of the longest clean edges selected by a click').not.toBeNull();
    await app.page.waitForSelector('#source-text mark.in-quote');
  });

  test('choosing a relation highlights exactly its quote in the source text', async () => {
    app = await session.page();
    await openApp(app.page, `n=${SHOIGU}`);
    const row = app.page.locator('#details-panel .relation-row').first();
    const edgeId = (await row.getAttribute('data-edge'))!;
    await row.click();
    await app.page.waitForSelector('#source-text mark.in-quote');
    const evidence = graph.edges.find((e) => e.key === edgeId)!.attributes.evidence[0]!;
    const text = sources.find((s) => s.id === evidence.source)!.text;
    const marked = await app.page.$$eval('#source-text mark.in-quote', (marks) => marks.map((m) => m.textContent).join(''));
    expect(marked).toBe(text.slice(evidence.start, evidence.end));
    const starts = await app.page.$$eval('#source-text mark.in-quote', (marks) => marks.map((m) => Number((m as HTMLElement).dataset.start)));
    expect(starts[0]).toBe(evidence.start);
    expect(await app.page.isVisible('#details-panel .evidence.is-active')).toBe(true);
    await app.page.waitForTimeout(400);
    await app.page.screenshot({ path: `${SCREENSHOTS}/relation-evidence.png` });
    // Every mention in the text selects its entity.
    const mention = app.page.locator('#source-text .mention[data-entity]').first();
    const entity = (await mention.getAttribute('data-entity'))!;
    await mention.click();
    await app.page.waitForSelector(`#details-panel[data-selection="node:${entity}"]`);
  });

  test('a type filter hides its entities', async () => {
    app = await session.page();
    await openApp(app.page);
    const persons = graph.nodes.filter((n) => n.attributes.entityType === 'Person').length;
    await app.page.locator('[data-filter=entityTypes] input[data-id=Person]').uncheck();
    await app.page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-node-count') === String(n), graph.nodes.length - persons);
    expect((await state(app.page)).filters.entityTypes).toEqual(['Person']);
    await app.page.click('#filters-reset');
    expect(await nodeCount(app.page)).toBe(graph.nodes.length);
  });

  test('claim filters hide by factuality, claimant and outlets; the evidence panel names each claimant and factuality', async () => {
    app = await session.page();
    await openApp(app.page);
    const edges = () => app.page.evaluate(() => Number(document.querySelector('#graph')!.getAttribute('data-edge-count')));
    const possible = graph.edges.filter((e) => e.attributes.factuality === 'possible').length;
    expect(possible).toBeGreaterThan(0);
    await app.page.locator('[data-filter=factualities] input[data-id=possible]').uncheck();
    await app.page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-edge-count') === String(n), graph.edges.length - possible);
    expect((await state(app.page)).filters.factualities).toEqual(['possible']);
    await app.page.click('#filters-reset');
    // Hiding the outlet's own voice leaves only what someone is said to claim.
    const claimed = graph.edges.filter((e) => e.attributes.evidence.some((ev) => ev.claimedBy.length > 0)).length;
    await app.page.locator('[data-filter=claimants] input[data-id="-"]').uncheck();
    await app.page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-edge-count') === String(n), claimed);
    await app.page.click('#filters-reset');
    // Hiding "1" hides the relations told by one independent outlet; those told by more stay.
    const single = graph.edges.filter((e) => e.attributes.corroboration.independentOutlets === 1).length;
    expect(single).toBeGreaterThan(0);
    expect(single).toBeLessThan(graph.edges.length);
    await app.page.locator('[data-filter=outlets] input[data-id="1"]').uncheck();
    await app.page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-edge-count') === String(n), graph.edges.length - single);
    await app.page.click('#filters-reset');
    expect(await edges()).toBe(graph.edges.length);
    // The losses: claimed by the UK Ministry of Defence, certain as it gives them.
    await openApp(app.page, 'e=r-contingent-2024-suffered-losses');
    const claim = (await app.page.textContent('#details-panel .evidence-claim'))!;
    expect(claim).toContain('według Ministerstwa Obrony Wielkiej Brytanii');
    expect(claim).toContain('pewne');
    await app.page.screenshot({ path: `${SCREENSHOTS}/relation-claims.png` });
    // "spotkaniem" names the talks in this article only (entity `mentions`): marked here.
    const marked = await app.page.$$eval('#source-text .mention', (ms) => ms.map((m) => [m.textContent, (m as HTMLElement).dataset.entity]));
    expect(marked).toContainEqual(['spotkaniem', 'shoigu-kim-talks-2025-06-17']);
  });

  test('the path finder highlights and lists a shortest path', async () => {
    app = await session.page();
    await openApp(app.page);
    const far = graph.nodes.find((n) => n.key !== SHOIGU && n.attributes.entityType === 'Country')!;
    for (const [end, text] of [
      ['from', 'szojgu'],
      ['to', far.attributes.name.pl],
    ] as const) {
      await app.page.fill(`#path-${end}`, text);
      await app.page.waitForSelector(`#path-${end}-list [role=option]`);
      await app.page.keyboard.press('Enter');
    }
    await app.page.waitForSelector('#path-result');
    const length = Number(await app.page.getAttribute('#path-panel', 'data-path-length'));
    expect(length).toBeGreaterThan(0);
    expect(await app.page.locator('#path-result .path-node').count()).toBe(length + 1);
    expect((await state(app.page)).path).toEqual({ from: SHOIGU, to: far.key });
    await app.page.screenshot({ path: `${SCREENSHOTS}/path.png` });
  });

  test('the URL carries the view through a reload, and back/forward restore it', async () => {
    app = await session.page();
    await openApp(app.page);
    await app.page.click('.segmented [data-value=en]');
    await app.page.click('.segmented [data-value=pagerank]');
    await app.page.locator('[data-filter=entityTypes] input[data-id=Place]').uncheck();
    // Zoomed in around Shoigu, so that he stays on screen wherever the layout puts him.
    const shoigu = await nodePoint(app.page, SHOIGU);
    await app.page.mouse.move(shoigu.x, shoigu.y);
    await app.page.mouse.wheel(0, -200);
    await app.page.waitForTimeout(400);
    await clickNode(app.page, SHOIGU);
    await app.page.waitForSelector(`#details-panel[data-selection="node:${SHOIGU}"]`);
    await app.page.waitForFunction(() => window.faktograf!.state().camera !== null);
    const before = await state(app.page);
    expect(app.page.url()).toMatch(/size=pagerank/);
    await app.page.reload();
    await app.page.waitForSelector('body[data-ready]');
    const after = await state(app.page);
    expect(after).toMatchObject({ selection: before.selection, lang: 'en', sizeBy: 'pagerank', filters: before.filters });
    expect(after.camera!.ratio).toBeCloseTo(before.camera!.ratio, 3);
    expect(after.camera!.x).toBeCloseTo(before.camera!.x, 3);
    expect(await app.page.textContent('#detail-title')).toMatch(/Shoigu/);
    expect(await app.page.isChecked('[data-filter=entityTypes] input[data-id=Place]')).toBe(false);

    await app.page.goBack();
    await app.page.waitForFunction(() => window.faktograf?.state().selection === null);
    await app.page.goForward();
    await app.page.waitForFunction((id) => (window.faktograf?.state().selection as { id?: string } | null)?.id === id, SHOIGU);
  });

  test('exports the filtered graph as GEXF', async () => {
    app = await session.page();
    await openApp(app.page, 'ht=Person');
    const drawn = await nodeCount(app.page);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#export-gexf')]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const gexf = readFileSync((await download.path())!, 'utf8');
    expect(gexf).toMatch(/<gexf[^>]*version="1\.3"/);
    expect(gexf.match(/<node /g)?.length).toBe(drawn);
    expect(schemaErrors(gexf, 'gexf-1.3')).toBe('');
    await app.page.click('#export-png');
    const [png] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#png-download')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  test('ForceAtlas2 runs in a worker, stops, and resets to the built layout', async () => {
    app = await session.page();
    await openApp(app.page);
    const at = () => app.page.evaluate((id) => window.faktograf!.nodeViewportPosition(id), SHOIGU);
    const built = await at();
    await app.page.click('#layout-toggle');
    expect(await app.page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    // Some node moves: a converged built layout may leave any one node almost still.
    const keys = graph.nodes.map((n) => n.key);
    const before = await app.page.evaluate((ids) => ids.map((id) => window.faktograf!.nodeViewportPosition(id)), keys);
    await app.page.waitForFunction(
      ([ids, start]) =>
        ids.some((id, i) => {
          const p = window.faktograf!.nodeViewportPosition(id);
          const s = start[i];
          return p !== null && s != null && Math.hypot(p.x - s.x, p.y - s.y) > 2;
        }),
      [keys, before] as const,
      { timeout: 60_000 },
    );
    await app.page.click('#layout-toggle');
    expect(await app.page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    await app.page.click('#layout-reset');
    await app.page.waitForTimeout(100);
    const reset = (await at())!;
    expect(Math.hypot(reset.x - built!.x, reset.y - built!.y)).toBeLessThan(0.5);
  });

  test('fits a phone screen with panels collapsed', async () => {
    app = await session.page({ width: 390, height: 844 });
    await openApp(app.page, `n=${SHOIGU}`);
    expect(await app.page.isVisible('#mobile-nav')).toBe(true);
    expect(await app.page.isVisible('#sidebar')).toBe(false);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await app.page.waitForTimeout(600);
    await app.page.screenshot({ path: `${SCREENSHOTS}/phone-details.png` });
    await app.page.click('#mobile-nav [data-view=filters]');
    expect(await app.page.isVisible('#sidebar')).toBe(true);
  });
});

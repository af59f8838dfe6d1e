// The analyst's tools over the built knowledge base, in Chromium: the data table, the
// neighbourhood, hiding orphans, counts and top entities that follow the filters,
// workspace files, undo and redo, and the PNG export at a chosen size.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { imageLayout } from '../../src/app/core/view-summary.ts';
import { browserSession, builtData, clickNode, nodeCount, openApp, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;
const { graph } = builtData();
const byDegree = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree || (a.key < b.key ? -1 : 1));
const HUB = byDegree[0]!.key;
const edgeCount = () => app.page.getAttribute('#graph', 'data-edge-count').then(Number);

/** Entities within `hops` relations of `start`, either direction, from the built data. */
function within(start: string, hops: number): Set<string> {
  const seen = new Set([start]);
  let ring = [start];
  for (let i = 0; i < hops; i++) {
    const next: string[] = [];
    for (const e of graph.edges) {
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (ring.includes(a) && !seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    ring = next;
  }
  return seen;
}

const tableIds = () => app.page.$$eval('#data-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
const tableColumn = (i: number) => app.page.$$eval('#data-table tbody tr', (rows, col) => rows.map((r) => r.children[col]!.textContent!), i);

describe('the data table', () => {
  test('lists the drawn entities, sorts by a header click, and selects on a row click', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    await app.page.click('#table-toggle');
    expect(await app.page.getAttribute('#table-toggle', 'aria-expanded')).toBe('true');
    await app.page.waitForSelector('#data-table tbody tr');
    // Most relations first: the hub heads the list.
    expect((await tableIds())[0]).toBe(HUB);
    const degrees = (await tableColumn(2)).map(Number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(await app.page.textContent('#table-range')).toBe(`1–${Math.min(100, graph.nodes.length)} of ${graph.nodes.length}`);
    // By name, A to Z, then Z to A; aria-sort says which.
    await app.page.click('#data-table th button[data-col="name"]');
    expect(await app.page.getAttribute('#data-table th:nth-child(1)', 'aria-sort')).toBe('ascending');
    expect(await app.page.getAttribute('#data-table th:nth-child(3)', 'aria-sort')).toBe('none');
    const names = await tableColumn(0);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    // The header button keeps focus: Enter sorts the other way.
    await app.page.keyboard.press('Enter');
    expect(await app.page.getAttribute('#data-table th:nth-child(1)', 'aria-sort')).toBe('descending');
    await app.page.fill('#table-search', 'putin');
    const hits = await tableIds();
    expect(hits.length).toBeGreaterThan(0);
    await app.page.click(`#data-table tr[data-id="${hits[0]}"] td:nth-child(2)`);
    await app.page.waitForSelector(`#details-panel[data-selection="node:${hits[0]}"]`);
    expect((await state(app.page)).selection).toEqual({ kind: 'node', id: hits[0] });
    expect(await app.page.getAttribute(`#data-table tr[data-id="${hits[0]}"]`, 'aria-selected')).toBe('true');
    await app.page.fill('#table-search', '');
    await app.page.waitForTimeout(400);
    await app.page.screenshot({ path: `${SCREENSHOTS}/table-entities.png` });
  });

  test('follows the filters, and lists relations with their certainty and outlets', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en&ht=Person');
    await app.page.click('#table-toggle');
    await app.page.waitForSelector('#data-table tbody tr');
    const persons = new Set(graph.nodes.filter((n) => n.attributes.entityType === 'Person').map((n) => n.key));
    const drawn = await nodeCount(app.page);
    expect(await app.page.textContent('#table-range')).toMatch(new RegExp(` of ${drawn}$`));
    expect((await tableIds()).some((id) => persons.has(id))).toBe(false);
    await app.page.click('#table-panel button[data-kind="relations"]');
    await app.page.waitForSelector('#data-table th button[data-col="certainty"]');
    expect(await app.page.textContent('#table-range')).toMatch(new RegExp(` of ${await edgeCount()}$`));
    const first = (await tableIds())[0]!;
    await app.page.click(`#data-table tr[data-id="${first}"] button`);
    expect((await state(app.page)).selection).toEqual({ kind: 'edge', id: first, evidence: 0 });
    // Escape in the graph's sense does not close the table; its own button does.
    await app.page.click('#table-close');
    expect(await app.page.isHidden('#table-panel')).toBe(true);
  });
});

describe('neighbourhood, orphans, counts', () => {
  test('shows 1, 2, 3 hops around the selection, and the whole graph again', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    expect(await app.page.isDisabled('#hops-1')).toBe(true);
    await clickNode(app.page, HUB);
    await app.page.click('#hops-1');
    expect(await nodeCount(app.page)).toBe(within(HUB, 1).size);
    expect((await state(app.page)).neighbourhood).toEqual({ around: [HUB], hops: 1 });
    expect(await app.page.textContent('#shown-counts')).toBe(
      `Showing ${within(HUB, 1).size} of ${graph.nodes.length} entities and ${await edgeCount()} of ${graph.edges.length} relations`,
    );
    await app.page.waitForTimeout(400);
    await app.page.screenshot({ path: `${SCREENSHOTS}/neighbourhood.png` });
    await app.page.click('#hops-2');
    expect(await nodeCount(app.page)).toBe(within(HUB, 2).size);
    expect(await app.page.getAttribute('#hops-2', 'aria-pressed')).toBe('true');
    // The neighbourhood is in the link.
    expect(new URL(app.page.url()).searchParams.get('hops')).toBe('2');
    await app.page.click('#leave-neighbourhood');
    expect(await nodeCount(app.page)).toBe(graph.nodes.length);
  });

  test('hides the entities the filters leave without relations; counts and top entities follow', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    const central = () => app.page.$$eval('#details-panel .central-list li', (items) => items.map((li) => li.textContent));
    const before = await central();
    const withRelations = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    await app.page.check('#hide-orphans');
    expect(await nodeCount(app.page)).toBe(withRelations.size);
    // Hide the entity type of the most central entity: it leaves the top list, and the counts say so.
    const hubType = byDegree[0]!.attributes.entityType;
    await app.page.uncheck(`[data-filter="entityTypes"] input[data-id="${hubType}"]`);
    const drawn = await nodeCount(app.page);
    expect(drawn).toBeLessThan(withRelations.size);
    expect(await app.page.textContent('#shown-counts')).toMatch(new RegExp(`^Showing ${drawn} of ${graph.nodes.length} entities`));
    expect(await app.page.textContent('#details-panel .stats dt')).toBe(`${drawn} / ${graph.nodes.length}`);
    const after = await central();
    expect(after).not.toEqual(before);
    expect(after).not.toContain(before[0]);
    // Nothing drawn is an orphan.
    const orphans = await app.page.evaluate(() => {
      const s = window.faktograf!.state();
      return s.hideOrphans;
    });
    expect(orphans).toBe(true);
  });
});

describe('workspace files and undo', () => {
  test('saves the view as JSON and opens it again in a fresh page; says what it cannot keep', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en&ht=Place');
    await clickNode(app.page, HUB);
    await app.page.click('#hops-2');
    const saved = await state(app.page);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#save-view')]);
    expect(download.suggestedFilename()).toMatch(/\.view\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'faktograf-workspace', version: 1, view: { filters: { entityTypes: ['Place'] }, neighbourhood: { hops: 2 } } });

    await openApp(app.page);
    await app.page.setInputFiles('#workspace-input', { name: 'mine.view.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await app.page.waitForSelector('#status .message');
    expect(await app.page.textContent('#status .message-text')).toBe('Loaded the view from mine.view.json');
    const loaded = await state(app.page);
    expect({ ...loaded, camera: null }).toEqual({ ...saved, camera: null });
    expect(await nodeCount(app.page)).toBe(
      within(HUB, 2).size - [...within(HUB, 2)].filter((id) => graph.nodes.find((n) => n.key === id)!.attributes.entityType === 'Place').length,
    );

    // Another version is refused; unknown ids are named, the rest kept.
    await app.page.setInputFiles('#workspace-input', {
      name: 'v2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, version: 2 })),
    });
    await app.page.waitForSelector('#status .message.is-error');
    expect(await app.page.textContent('#status .message-text')).toMatch(
      /^Did not load the view from v2\.json: workspace version 2 is not one this explorer reads/,
    );
    const odd = {
      ...file,
      view: { ...file.view, selection: { kind: 'node', id: 'no-such-entity' }, filters: { ...file.view.filters, entityTypes: ['Planet'] } },
    };
    await app.page.setInputFiles('#workspace-input', { name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(odd)) });
    await app.page.waitForSelector('#status .message.is-warning');
    const warning = await app.page.textContent('#status .message-text');
    expect(warning).toContain('the entity "no-such-entity" (view.selection) is not in this graph');
    expect(warning).toContain('the entity type "Planet" (view.filters.entityTypes) is not in this graph');
    expect((await state(app.page)).selection).toBeNull();
    expect((await state(app.page)).neighbourhood).toEqual(saved.neighbourhood);
  });

  test('Ctrl+Z undoes view changes, Ctrl+Shift+Z and Ctrl+Y redo them, and so do the buttons', async () => {
    app = await session.page();
    await openApp(app.page);
    expect(await app.page.isDisabled('#undo')).toBe(true);
    await app.page.click('.segmented button[data-value="en"]');
    await app.page.uncheck('[data-filter="entityTypes"] input[data-id="Person"]');
    const filtered = await nodeCount(app.page);
    expect(filtered).toBeLessThan(graph.nodes.length);
    await app.page.click('#graph', { position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+z');
    expect(await nodeCount(app.page)).toBe(graph.nodes.length);
    expect((await state(app.page)).lang).toBe('en');
    await app.page.keyboard.press('Control+z');
    expect((await state(app.page)).lang).toBe('pl');
    await app.page.keyboard.press('Control+Shift+z');
    expect((await state(app.page)).lang).toBe('en');
    await app.page.keyboard.press('Control+y');
    expect(await nodeCount(app.page)).toBe(filtered);
    await app.page.click('#undo');
    expect(await nodeCount(app.page)).toBe(graph.nodes.length);
    await app.page.click('#redo');
    expect(await nodeCount(app.page)).toBe(filtered);
    expect(await app.page.isDisabled('#redo')).toBe(true);
    // In a text field the keys edit the text, not the view.
    await app.page.fill('#search-input', 'abc');
    await app.page.keyboard.press('Control+z');
    expect(await nodeCount(app.page)).toBe(filtered);
  });
});

describe('PNG export', () => {
  test('writes an image of the size asked, with a title, the filters named and a legend', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en&ht=Place');
    await app.page.click('#export-png');
    await app.page.waitForSelector('#png-dialog[open]');
    await app.page.fill('#png-width', '1500');
    await app.page.fill('#png-height', '900');
    await app.page.fill('#png-title', 'Kursk, as the sources tell it');
    await app.page.screenshot({ path: `${SCREENSHOTS}/png-dialog.png` });
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#png-download')]);
    await download.saveAs(`${SCREENSHOTS}/png-export.png`);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1500, 900]);
    expect(await app.page.isVisible('#png-dialog')).toBe(false);
    // One line of filters (entity types hidden): the layout the image was composed with.
    const layout = imageLayout(1500, 900, 1);
    const painted = await app.page.evaluate(
      async ({ b64, legend, header }) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(bitmap, 0, 0);
        const count = (r: { x: number; y: number; width: number; height: number }) => {
          const { data } = g.getImageData(r.x + 2, r.y + 2, r.width - 4, r.height - 4);
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) n++;
          return n;
        };
        return { legend: count(legend), header: count(header) };
      },
      { b64: png.toString('base64'), legend: layout.legend, header: layout.header },
    );
    expect(painted.legend).toBeGreaterThan(500);
    expect(painted.header).toBeGreaterThan(500);
    // Sizes out of bounds are refused, with a message.
    await app.page.click('#export-png');
    await app.page.fill('#png-width', '20');
    await app.page.click('#png-download');
    expect(await app.page.textContent('#png-error')).toBe('Give a width and a height from 200 to 8000 px.');
  });
});

describe('the table at scale', () => {
  /** 50,000 entities in a ring of relations. */
  function ring(n: number): string {
    const nodes = Array.from({ length: n }, (_, i) => ({
      key: `n${i}`,
      attributes: {
        label: `entity ${i}`,
        x: Math.cos((i / n) * 2 * Math.PI) * 1000,
        y: Math.sin((i / n) * 2 * Math.PI) * 1000,
        entityType: i % 3 ? 'place' : 'person',
      },
    }));
    const edges = nodes.map((_, i) => ({ key: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}` }));
    return JSON.stringify({ options: { type: 'directed', multi: true }, attributes: {}, nodes, edges });
  }

  test('50,000 rows: a page of 100 in the DOM, sorting and paging without freezing the page', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    await app.page.setInputFiles('#file-input', { name: 'ring.json', mimeType: 'application/json', buffer: Buffer.from(ring(50_000)) });
    await app.page.waitForSelector('body[data-ready=file]', { timeout: 60_000 });
    const timed = (action: () => Promise<unknown>) =>
      app.page
        .evaluate(() => performance.now())
        .then(async (start) => {
          await action();
          return (await app.page.evaluate(() => performance.now())) - start;
        });
    const opening = await timed(async () => {
      await app.page.click('#table-toggle');
      await app.page.waitForSelector('#data-table tbody tr');
    });
    expect(await app.page.locator('#data-table tbody tr').count()).toBe(100);
    expect(await app.page.textContent('#table-range')).toBe('1–100 of 50000');
    const sorting = await timed(async () => {
      await app.page.click('#data-table th button[data-col="name"]');
      await app.page.waitForSelector('#data-table th:nth-child(1)[aria-sort="ascending"]');
    });
    expect(await app.page.textContent('#data-table tbody tr:first-child td:first-child')).toBe('entity 0');
    await app.page.click('#table-next');
    expect(await app.page.textContent('#table-range')).toBe('101–200 of 50000');
    console.log(`table at 50,000 entities: opened in ${Math.round(opening)} ms, sorted by name in ${Math.round(sorting)} ms`);
    // Generous bounds on a shared machine: the point is that nothing takes seconds.
    expect(opening).toBeLessThan(3000);
    expect(sorting).toBeLessThan(3000);
  });
});

describe('on a phone', () => {
  test('the view tools sit atop the filters sheet, and the table opens over it', async () => {
    app = await session.page({ width: 390, height: 844 });
    await openApp(app.page, 'lang=en');
    await app.page.click('#mobile-nav button[data-view="filters"]');
    await app.page.waitForSelector('#view-panel #table-toggle', { state: 'visible' });
    await app.page.screenshot({ path: `${SCREENSHOTS}/phone-view-tools.png` });
    await app.page.click('#table-toggle');
    await app.page.waitForSelector('#data-table tbody tr');
    // The first row's name is not under anything: a click on it selects it.
    const first = (await tableIds())[0]!;
    await app.page.click(`#data-table tr[data-id="${first}"] button`);
    expect((await state(app.page)).selection).toEqual({ kind: 'node', id: first });
    await app.page.screenshot({ path: `${SCREENSHOTS}/phone-table.png` });
  });
});

// Keyboard, phone and Polish grammar in the explorer: skip links, the graph as a keyboard
// control (arrows step to the neighbour that lies that way, Enter, Escape, announced), `/`
// from any control, the toolbar as a menu at 390×844, and claimants and figures in Polish.
import { describe, expect, test } from 'vitest';
import { builtData, browserSession, openApp, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;
const { graph } = builtData();
const neighbours = (id: string) => new Set(graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));
const hub = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree)[0]!.key;
const at = (page: AppPage['page'], id: string) => page.evaluate((n) => window.faktograf!.nodeViewportPosition(n)!, id);

describe('keyboard', () => {
  test('skip links come first and take the focus to search, the graph, details and the source text', async () => {
    app = await session.page();
    await openApp(app.page);
    await app.page.keyboard.press('Tab');
    const first = app.page.locator(':focus');
    expect(await first.textContent()).toBe('Przejdź do wyszukiwania');
    // Hidden until focused, then on screen.
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await app.page.screenshot({ path: `${SCREENSHOTS}/skip-links.png`, clip: { x: 0, y: 0, width: 640, height: 120 } });
    const targets = [];
    for (const text of ['Przejdź do wyszukiwania', 'Przejdź do grafu', 'Przejdź do szczegółów', 'Przejdź do tekstu źródłowego']) {
      await app.page.getByRole('link', { name: text }).focus();
      await app.page.keyboard.press('Enter');
      targets.push(await app.page.evaluate(() => document.activeElement?.id));
    }
    expect(targets).toEqual(['search-input', 'graph', 'details-panel', 'source-panel']);
  });

  test('the graph is focusable, described, ringed; arrows step to a neighbour that way, Enter opens details, Escape clears', async () => {
    app = await session.page();
    await openApp(app.page);
    const g = app.page.locator('#graph');
    expect(await g.getAttribute('tabindex')).toBe('0');
    expect(await app.page.textContent(`#${await g.getAttribute('aria-describedby')}`)).toMatch(/Strzałki/);
    await app.page.getByRole('link', { name: 'Przejdź do grafu' }).focus();
    await app.page.keyboard.press('Enter');
    const outline = await g.evaluate((node) => getComputedStyle(node).outlineStyle + ' ' + getComputedStyle(node).outlineWidth);
    expect(outline).toBe('solid 3px');

    // Nothing selected: an arrow starts at the most central entity.
    await app.page.keyboard.press('ArrowRight');
    await app.page.waitForSelector('#details-panel[data-selection^="node:"]');
    const start = (await state(app.page)).selection as { id: string };
    await app.page.waitForTimeout(700);
    expect(await app.page.textContent('#graph-announcer')).toContain(graph.nodes.find((n) => n.key === start.id)!.attributes.name.pl);

    // From the hub, every direction that has a neighbour on screen steps to one that lies that way.
    await app.page.goto((await app.page.url()).replace(/\?.*$/, '') + `?n=${hub}`);
    await app.page.waitForSelector(`#details-panel[data-selection="node:${hub}"]`);
    await app.page.waitForTimeout(800);
    let moved = 0;
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowDown', 'y', 1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      await app.page.goto((await app.page.url()).replace(/\?.*$/, '') + `?n=${hub}`);
      await app.page.waitForSelector(`#details-panel[data-selection="node:${hub}"]`);
      await app.page.waitForTimeout(800);
      const from = await at(app.page, hub);
      await g.focus();
      await app.page.keyboard.press(key);
      await app.page.waitForTimeout(150);
      const sel = (await state(app.page)).selection as { kind: string; id: string };
      const announced = await app.page.textContent('#graph-announcer');
      if (sel.id === hub) {
        expect(announced).toBe('Brak sąsiada w tym kierunku.');
        continue;
      }
      moved++;
      expect(neighbours(hub).has(sel.id)).toBe(true);
      const to = await at(app.page, sel.id);
      expect(sign * (to[axis] - from[axis])).toBeGreaterThan(0);
      expect(announced).toContain(graph.nodes.find((n) => n.key === sel.id)!.attributes.name.pl);
    }
    expect(moved).toBeGreaterThanOrEqual(2);
    await app.page.screenshot({ path: `${SCREENSHOTS}/keyboard-graph.png` });

    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('details-panel');
    await g.focus();
    await app.page.keyboard.press('Escape');
    expect((await state(app.page)).selection).toBeNull();
    await app.page.waitForTimeout(100);
    expect(await app.page.textContent('#graph-announcer')).toBe('Zaznaczenie wyczyszczone.');
  });

  test('`/` goes to search from a checkbox, a button and the graph, but is typed in a text field', async () => {
    app = await session.page();
    await openApp(app.page);
    for (const selector of ['#legend-panel input[type=checkbox]', '#layout-reset', '#graph']) {
      await app.page.locator(selector).first().focus();
      await app.page.keyboard.press('/');
      expect(await app.page.evaluate(() => document.activeElement?.id), selector).toBe('search-input');
      await app.page.locator(selector).first().focus();
    }
    await app.page.focus('#search-input');
    await app.page.keyboard.type('a/b');
    expect(await app.page.inputValue('#search-input')).toBe('a/b');
  });
});

describe('phone', () => {
  test('at 390×844 every tool is in a menu, none scrolled out of sight', async () => {
    app = await session.page({ width: 390, height: 844 });
    await openApp(app.page);
    const tools = app.page.locator('#toolbar button:not(.seg), #toolbar .seg');
    const n = await tools.count();
    expect(n).toBeGreaterThanOrEqual(6);
    expect(await app.page.locator('#toolbar').isVisible()).toBe(false);
    const menu = app.page.locator('#toolbar-menu-button');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (let i = 0; i < n; i++) {
      const box = (await tools.nth(i).boundingBox())!;
      expect(box, (await tools.nth(i).textContent()) ?? '').not.toBeNull();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(await tools.nth(i).isVisible()).toBe(true);
    }
    // The first tool has the focus; nothing in the toolbar scrolls sideways.
    expect(await app.page.evaluate(() => document.activeElement?.closest('#toolbar') !== null)).toBe(true);
    expect(await app.page.locator('#toolbar').evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
    await app.page.screenshot({ path: `${SCREENSHOTS}/phone-tools-menu.png` });
    // A choice keeps it open (the language), an action closes it; Escape closes it too.
    await app.page.locator('#toolbar .seg[data-value="en"]').click();
    expect(await app.page.locator('#toolbar').isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    expect(await app.page.locator('#toolbar').isVisible()).toBe(false);
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('toolbar-menu-button');
    await menu.click();
    await app.page.locator('#layout-reset').click();
    expect(await app.page.locator('#toolbar').isVisible()).toBe(false);
  });

  test('at 1280×800 the tools show as a toolbar, without the menu button', async () => {
    app = await session.page();
    await openApp(app.page);
    expect(await app.page.locator('#toolbar').isVisible()).toBe(true);
    expect(await app.page.locator('#toolbar-menu-button').isVisible()).toBe(false);
  });
});

describe('Polish', () => {
  test('claimants in the genitive and figures agreeing with their numbers', async () => {
    const byMod = graph.edges.find((e) => e.attributes.evidence.some((ev) => ev.claimedBy.length === 1 && ev.claimedBy[0] === 'uk-ministry-of-defence'))!;
    app = await session.page();
    await openApp(app.page, `e=${byMod.key}`);
    await app.page.waitForSelector(`#details-panel[data-selection="edge:${byMod.key}"]`);
    const text = (await app.page.textContent('#details-panel'))!;
    expect(text).toContain('według Ministerstwa Obrony Wielkiej Brytanii');
    expect(text).not.toMatch(/według Ministerstwo/);

    const soldiers = graph.edges.find(
      (e) => (e.attributes as { qualifiers?: { quantity?: { value: number; unit?: { pl: string } } } }).qualifiers?.quantity?.value === 11000,
    )!;
    await openApp(app.page, `e=${soldiers.key}`);
    await app.page.waitForSelector(`#details-panel[data-selection="edge:${soldiers.key}"]`);
    expect((await app.page.textContent('#details-panel .qualifiers'))!.replace(/\s/g, ' ')).toMatch(/11 000 żołnierzy/);
    await app.page.screenshot({ path: `${SCREENSHOTS}/polish-quantity.png` });
  });
});

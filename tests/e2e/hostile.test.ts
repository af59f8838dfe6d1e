// Hostile data in the explorer: markup in names, aliases, quotes and attributes shows as
// text and never runs; bad URL parameters are refused; a large file never blanks the page.
import { describe, expect, test } from 'vitest';
import { browserSession, clickNode, nodeCount, openApp, paintedPixels, SCREENSHOTS, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;

const XSS = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

/** A graphology JSON graph whose every text field carries markup. */
function hostileGraph(): string {
  const node = (key: string, x: number, y: number) => ({
    key,
    attributes: {
      label: `${XSS} ${key}`,
      x,
      y,
      size: 10,
      color: '#e15759',
      entityType: SCRIPT,
      name: { pl: `${XSS} ${key}`, en: `${SCRIPT} ${key}` },
      aliases: [XSS, `<b>bold ${key}</b>`],
      attributes: { note: `<iframe src="javascript:window.__pwned=3"></iframe>`, '<i>key</i>': 'v' },
    },
  });
  return JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: XSS },
    nodes: [node('a', 0, 0), node('b', 10, 0)],
    edges: [
      {
        key: 'e1',
        source: 'a',
        target: 'b',
        attributes: {
          label: SCRIPT,
          relationType: XSS,
          factuality: SCRIPT,
          status: SCRIPT,
          claimedBy: [XSS],
          qualifiers: { purpose: { pl: XSS, en: XSS, basis: XSS } },
          evidence: [{ source: XSS, quote: `${XSS} quoted`, start: 0, end: 5, sentence: 0, claimedBy: [XSS], factuality: SCRIPT }],
        },
      },
    ],
  });
}

async function openHostile() {
  await app.page.setInputFiles('#file-input', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileGraph()) });
  await app.page.waitForSelector('body[data-ready=file]');
}

describe('hostile data in the explorer', () => {
  test('markup in names, aliases, quotes and attributes is shown as text and never runs', async () => {
    app = await session.page();
    await openApp(app.page);
    await openHostile();
    expect(await nodeCount(app.page)).toBe(2);
    await clickNode(app.page, 'a');
    await app.page.waitForSelector('#details-panel[data-selection="node:a"]');
    expect(await app.page.textContent('#detail-title')).toContain(XSS);
    expect(await app.page.textContent('#details-panel')).toContain('<iframe');
    await app.page.locator('#details-panel .relation-row').first().click();
    await app.page.waitForTimeout(300);
    expect(await app.page.textContent('#details-panel')).toContain(`${XSS} quoted`);
    await app.page.fill('#search-input', 'bold');
    await app.page.waitForSelector('#search-input-list [role=option]');
    await app.page.screenshot({ path: `${SCREENSHOTS}/hostile-text.png` });
    // Nothing the data carried became an element or ran.
    expect(await app.page.locator('img[src=x], iframe, #details-panel script, #details-panel b, #details-panel i').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('malformed and hostile URL parameters are ignored, not executed', async () => {
    app = await session.page();
    const bad = [
      `n=${encodeURIComponent(XSS)}`,
      'e=missing-edge&ev=-5',
      'lang=javascript:alert(1)',
      'size=%00',
      `ht=${encodeURIComponent(SCRIPT)}`,
      'from=nope&to=also-nope',
      'cam=NaN,Infinity,1e999',
      `src=${encodeURIComponent('</script><script>window.__pwned=4</script>')}`,
    ].join('&');
    await openApp(app.page, bad);
    expect(await nodeCount(app.page)).toBeGreaterThan(30);
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const state = await app.page.evaluate(() => window.faktograf!.state());
    expect(state.selection).toBeNull();
    expect(state.lang).toBe('pl');
  });

  test('a graph file with 50,000 nodes is drawn, not a blank page', async () => {
    app = await session.page();
    await openApp(app.page);
    const nodes = Array.from({ length: 50_000 }, (_, i) => ({
      key: `n${i}`,
      attributes: {
        label: `n${i}`,
        x: (i % 250) * 4,
        y: Math.floor(i / 250) * 4,
        size: 2,
        ...(i % 7 === 0 ? { color: 42, name: 'not an object', aliases: 'nope' } : {}),
      },
    }));
    const edges = Array.from({ length: 50_000 }, (_, i) => ({ key: `e${i}`, source: `n${i}`, target: `n${(i * 7919) % 50_000}` }));
    const text = JSON.stringify({ options: { type: 'directed', multi: true }, attributes: {}, nodes, edges });
    await app.page.setInputFiles('#file-input', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await app.page.waitForSelector('body[data-ready=file]', { timeout: 60_000 });
    expect(await nodeCount(app.page)).toBe(50_000);
    expect(await paintedPixels(app.page, '#graph')).toBeGreaterThan(1000);
    await app.page.screenshot({ path: `${SCREENSHOTS}/open-50k.png` });
  });
});

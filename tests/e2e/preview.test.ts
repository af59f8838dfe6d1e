// A large knowledge base is drawn from overview.json while graph.json is still on its way,
// in the frame the explorer then draws itself; the explorer replaces it when mounted.
import { MultiDirectedGraph } from '../../src/model/graph.ts';
import { describe, expect, test } from 'vitest';
import type { KnowledgeGraphData } from '../../src/compile/graph.ts';
import { overviewChunks } from '../../src/compile/overview.ts';
import { claimVocabularies } from '../../src/app/core/claim-attributes.ts';
import { appUrl, browserSession, paintedPixels, SCREENSHOTS } from './harness.ts';

const session = browserSession();
const ENTITIES = 6000;

/** A built knowledge base of 6,000 entities on a spiral, each tied to the next. */
function builtGraph(): KnowledgeGraphData {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraphData;
  const label = (pl: string) => ({ pl, en: pl });
  g.replaceAttributes({
    name: 'spiral',
    sources: [],
    ontology: {
      entityTypes: { Person: { label: label('Osoba'), color: '#e15759' }, Place: { label: label('Miejsce'), color: '#59a14f' } },
      relationTypes: { MET: { label: label('spotkał'), color: '#4e79a7', subject: [], object: [] } },
      ...claimVocabularies(),
    },
    conflicts: [],
    series: [],
  });
  for (let i = 0; i < ENTITIES; i++) {
    const angle = i * 0.05;
    const radius = 10 + i * 0.1;
    g.addNode(`n${i}`, {
      label: `n${i}`,
      x: Math.round(radius * Math.cos(angle) * 1000) / 1000,
      y: Math.round(radius * Math.sin(angle) * 1000) / 1000,
      size: 5,
      color: i % 2 ? '#59a14f' : '#e15759',
      entityType: i % 2 ? 'Place' : 'Person',
      name: label(`n${i}`),
      aliases: [],
      attributes: {},
      pagerank: 1 / ENTITIES,
      degree: i === 0 || i === ENTITIES - 1 ? 1 : 2,
    });
  }
  for (let i = 0; i + 1 < ENTITIES; i++) {
    g.addDirectedEdgeWithKey(`r${i}`, `n${i}`, `n${i + 1}`, {
      label: 'spotkał',
      size: 1,
      color: '#4e79a7',
      relationType: 'MET',
      factuality: 'certain',
      polarity: 'positive',
      status: 'occurred',
      basis: 'text',
      claimedBy: [],
      corroboration: { sources: 0, outlets: 0, independentOutlets: 0 },
      conflicts: [],
      qualifiers: {},
      evidence: [],
    });
  }
  return g;
}

describe('the preview of a large knowledge base', () => {
  test('is drawn before graph.json arrives, where the explorer then draws the graph', async () => {
    const app = await session.page();
    const graph = builtGraph();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/data/overview.json', (route) => route.fulfill({ contentType: 'application/json', body: [...overviewChunks(graph)].join('') }));
    await app.page.route('**/data/sources.json', (route) => route.fulfill({ contentType: 'application/json', body: '[]' }));
    await app.page.route('**/data/graph.json', async (route) => {
      await held;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph.export()) });
    });

    await app.page.goto(appUrl());
    await app.page.waitForSelector('#graph[data-drawn=preview] canvas.graph-preview');
    expect(await app.page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
    const previewPixels = await paintedPixels(app.page, '#graph');
    expect(previewPixels).toBeGreaterThan(2000);
    const previewShot = await app.page.locator('#graph').screenshot();
    await app.page.screenshot({ path: `${SCREENSHOTS}/large-preview.png` });

    release();
    await app.page.waitForSelector('body[data-ready=kb]');
    await app.page.waitForSelector('#graph[data-drawn=graph][data-node-count] canvas');
    expect(await app.page.locator('canvas.graph-preview').count()).toBe(0);
    expect(Number(await app.page.getAttribute('#graph', 'data-node-count'))).toBe(ENTITIES);
    // The same entities and relations in the same places: about as many pixels painted
    // (the explorer adds the labels of the largest entities).
    await app.page.mouse.move(2, 2);
    await app.page.waitForTimeout(300);
    const explorerPixels = await paintedPixels(app.page, '#graph');
    expect(Math.abs(explorerPixels - previewPixels) / previewPixels).toBeLessThan(0.1);
    // Pixel by pixel: a preview framed or sized otherwise would differ in most places.
    const differing = await app.page.evaluate(
      async ([a, b]) => {
        const pixels = async (b64: string) => {
          const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [p, q] = [await pixels(a!), await pixels(b!)];
        let painted = 0;
        let differ = 0;
        for (let i = 0; i < p.length; i += 4) {
          const ink = (d: Uint8ClampedArray) => Math.abs(d[i]! - d[0]!) + Math.abs(d[i + 1]! - d[1]!) + Math.abs(d[i + 2]! - d[2]!) > 24;
          if (!ink(p) && !ink(q)) continue;
          painted++;
          if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 60) differ++;
        }
        return differ / painted;
      },
      [previewShot.toString('base64'), (await app.page.locator('#graph').screenshot()).toString('base64')],
    );
    expect(differing).toBeLessThan(0.1);
  });

  test('is not drawn for a link that sets the view, nor for a small knowledge base', async () => {
    const seen = () => app.page.evaluate(() => (window as { previewSeen?: boolean }).previewSeen === true);
    const app = await session.page();
    await app.page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('canvas.graph-preview')) (window as { previewSeen?: boolean }).previewSeen = true;
      }).observe(document, { subtree: true, childList: true });
    });
    // The seed knowledge base: small, drawn by the explorer straight away.
    await app.page.goto(appUrl());
    await app.page.waitForSelector('body[data-ready=kb]');
    expect(await app.page.getAttribute('#graph', 'data-drawn')).toBe('graph');
    expect(await seen()).toBe(false);
    // A large one opened from a link with its own sizes: the preview would not match.
    const graph = builtGraph();
    await app.page.route('**/data/overview.json', (route) => route.fulfill({ contentType: 'application/json', body: [...overviewChunks(graph)].join('') }));
    await app.page.route('**/data/sources.json', (route) => route.fulfill({ contentType: 'application/json', body: '[]' }));
    await app.page.route('**/data/graph.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph.export()) }));
    await app.page.goto(appUrl('size=pagerank'));
    await app.page.waitForSelector('body[data-ready=kb]');
    expect(Number(await app.page.getAttribute('#graph', 'data-node-count'))).toBe(ENTITIES);
    expect(await seen()).toBe(false);
  });
});

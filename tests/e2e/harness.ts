// Drives Debian's Chromium through playwright-core against the built explorer: one
// browser per test file, a fresh page per test, and every console error collected.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

/**
 * Where the browser tests save their screenshots: test-results/screenshots (ignored by git),
 * so that `npm test` leaves the tree clean; with UPDATE_SCREENSHOTS=1, the README's
 * docs/screenshots.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'faktograf-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: false,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<AppPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

/**
 * One browser for the calling test file and a fresh page per test; after each test the
 * page closes and must have logged no console error.
 */
export function browserSession(): { page(viewport?: { width: number; height: number }): Promise<AppPage> } {
  let browser: Browser | undefined;
  let current: AppPage | null = null;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    if (!current) return;
    const { page, errors } = current;
    current = null;
    await page.close();
    expect(errors).toEqual([]);
  });
  return {
    async page(viewport) {
      current = await newPage(browser!, viewport);
      return current;
    },
  };
}

export function appUrl(query = ''): string {
  return `${inject('baseUrl')}${query ? `?${query}` : ''}`;
}

/** Opens the explorer and waits until the knowledge base is drawn. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(appUrl(query));
  await page.waitForSelector('body[data-ready]');
  await page.waitForSelector('#graph[data-node-count] canvas');
}

export const state = (page: Page) => page.evaluate(() => window.faktograf!.state());

export async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('#graph', 'data-node-count'));
}

/** Page coordinates of a node's centre, after the camera has settled. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForTimeout(350);
  const point = await page.evaluate((node) => window.faktograf!.nodeViewportPosition(node), id);
  const box = await page.locator('#graph').boundingBox();
  if (!point || !box) throw new Error(`node ${id} is not drawn`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Sigma reads two clicks within 300 ms as a double-click: space them out. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.move(x, y);
  await page.waitForTimeout(50);
  await page.mouse.click(x, y);
  await page.waitForTimeout(350);
}

/**
 * How many pixels of an element's screenshot differ from its top-left pixel. The PNG is
 * decoded by the browser itself, so the test needs no image library.
 */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    // Not fetched from a data: URL: the page's policy allows fetches from its origin only.
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 24) painted++;
    }
    return painted;
  }, png.toString('base64'));
}

export interface BuiltGraph {
  nodes: Array<{ key: string; attributes: { entityType: string; degree: number; name: { pl: string; en: string } } }>;
  edges: Array<{
    key: string;
    source: string;
    target: string;
    attributes: {
      factuality: string;
      corroboration: { independentOutlets: number };
      evidence: Array<{ source: string; start: number; end: number; quote: string; claimedBy: string[] }>;
    };
  }>;
}

/** The builder's outputs, as the page fetched them. */
export function builtData(): { graph: BuiltGraph; sources: Array<{ id: string; text: string }> } {
  return {
    graph: JSON.parse(readFileSync('public/data/graph.json', 'utf8')) as BuiltGraph,
    sources: JSON.parse(readFileSync('public/data/sources.json', 'utf8')) as Array<{ id: string; text: string }>,
  };
}

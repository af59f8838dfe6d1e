// The explorer in Chromium (Debian's, through playwright-core; WebGL on SwiftShader):
// navigation to first draw, to the working explorer and to its panels,
// hover to highlight, a search, a filter change to its frame and the JavaScript heap, on
// built knowledge bases of several sizes. The app is built once with Vite; a small static server serves it with each
// size's graph.json and sources.json as its data/.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';
import { median } from './util.ts';

export interface ExplorerResult {
  nodes: number;
  edges: number;
  graphJsonMiB: number;
  /** Navigation start to the first frame drawn with the graph (ms, median). */
  firstDraw: number;
  /** Navigation start to the first frame of the working explorer: hover, search and selection respond (ms, median). */
  interactive: number;
  /** Navigation start to every panel mounted (legend, details, source, timeline, path; ms, median). */
  panels: number;
  /** Pointer moved onto a node to the frame with its neighbourhood highlighted (ms, median). */
  hover: number;
  hoverSamples: number;
  /** A search typed at the first working frame: keystroke to the listed result (ms, median). */
  search: number;
  /** An entity type hidden in the legend: the checkbox's change event to the frame drawn without it (ms, median). */
  filter: number;
  /** The page's JavaScript heap once working, after a garbage collection (MiB, median). */
  heapMiB: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export function serve(appDir: string, data: { dir: string }): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.startsWith('/data/') ? join(data.dir, path.slice('/data/'.length)) : join(appDir, path === '/' ? 'index.html' : path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })),
  );
}

/**
 * Navigation start to the first frame showing the graph (the preview drawn from
 * overview.json, or the explorer itself), and to the first frame of the working explorer
 * (hover, search, panels). Each is the animation frame after the one in which the page
 * marked it: that one is only produced, GPU work included, once the marked drawing is on
 * screen. performance.now() counts from navigation start.
 */
async function firstDraw(page: Page, url: string): Promise<{ drawn: number; interactive: number; panels: number }> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  await page.addInitScript(() => {
    const w = window as unknown as { drawnAt?: number; readyAt?: number; panelsAt?: number };
    new MutationObserver(() => {
      if (w.panelsAt === undefined && document.body?.hasAttribute('data-panels')) w.panelsAt = performance.now();
      if (w.drawnAt === undefined && document.querySelector('#graph[data-drawn]')) {
        w.drawnAt = NaN;
        requestAnimationFrame(() => requestAnimationFrame(() => (w.drawnAt = performance.now())));
      }
      if (w.readyAt === undefined && document.body?.hasAttribute('data-ready') && document.querySelector('#graph[data-node-count] canvas')) {
        w.readyAt = NaN;
        requestAnimationFrame(() => requestAnimationFrame(() => (w.readyAt = performance.now())));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-ready', 'data-node-count', 'data-panels'] });
  });
  await page.goto(url, { waitUntil: 'commit' });
  const times = await page.waitForFunction(
    () => {
      const w = window as unknown as { drawnAt?: number; readyAt?: number };
      return w.drawnAt! > 0 && w.readyAt! > 0 && { drawn: w.drawnAt!, interactive: w.readyAt! };
    },
    undefined,
    { timeout: 180_000 },
  );
  const { drawn, interactive } = (await times.jsonValue()) as { drawn: number; interactive: number };
  // NaN when the page never says (an explorer from before body[data-panels] mounted them with the graph).
  const panels = await page
    .waitForFunction(() => (window as unknown as { panelsAt?: number }).panelsAt, undefined, { timeout: 180_000 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => NaN);
  return { drawn, interactive, panels };
}

/** Moves the pointer off the graph, then onto `node`, and times until the highlighted frame. */
async function hover(page: Page, node: string): Promise<number | null> {
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForTimeout(300);
  const point = await page.evaluate((id) => window.faktograf?.nodeViewportPosition(id) ?? null, node);
  if (!point) return null;
  await page.evaluate(() => {
    const w = window as unknown as { hoverDone: Promise<number>; moveAt: number };
    w.moveAt = 0;
    addEventListener('mousemove', () => (w.moveAt ||= performance.now()), { capture: true });
    const el = document.querySelector('#graph')!;
    w.hoverDone = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.classList.contains('is-pointing')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(el, { attributes: true, attributeFilter: ['class'] });
    });
  });
  await page.mouse.move(box.x + point.x, box.y + point.y);
  const done = await Promise.race([
    page.evaluate(() => (window as unknown as { hoverDone: Promise<number> }).hoverDone),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000)),
  ]);
  const moveAt = await page.evaluate(() => (window as unknown as { moveAt: number }).moveAt);
  return done === null || !moveAt ? null : done - moveAt;
}

/**
 * Types the start of `name` into the search box and times until a result lists it: that
 * the search works (the name index is built on first use) is part of "working".
 */
async function search(page: Page, name: string): Promise<number> {
  const input = page.locator('#search-input');
  await input.click();
  const started = await page.evaluate(() => performance.now());
  await input.pressSequentially(name.slice(0, 6));
  await page.waitForSelector('#search .combo-option', { timeout: 30_000 });
  const ms = (await page.evaluate(() => performance.now())) - started;
  await input.fill('');
  await page.keyboard.press('Escape');
  return ms;
}

/**
 * Hides the first entity type in the legend and times from the checkbox's change event
 * to the animation frame after the one in which the graph reported its new counts;
 * then shows it again. Null when the count did not change (nothing was filtered).
 */
async function filterChange(page: Page): Promise<number | null> {
  const box = page.locator('#legend-panel [data-filter=entityTypes] input').first();
  const before = await page.getAttribute('#graph', 'data-node-count');
  await page.evaluate(() => {
    const w = window as unknown as { filterDone: Promise<number>; changeAt: number };
    w.changeAt = 0;
    document.addEventListener('change', () => (w.changeAt ||= performance.now()), { capture: true, once: true });
    const el = document.querySelector('#graph')!;
    w.filterDone = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-node-count'] });
    });
  });
  await box.click({ timeout: 180_000 });
  const done = await Promise.race([
    page.evaluate(() => (window as unknown as { filterDone: Promise<number> }).filterDone),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 180_000)),
  ]);
  const changeAt = await page.evaluate(() => (window as unknown as { changeAt: number }).changeAt);
  const after = await page.getAttribute('#graph', 'data-node-count');
  await page.locator('#legend-panel [data-filter=entityTypes] input').first().click({ timeout: 180_000 });
  await page.waitForFunction((n) => document.querySelector('#graph')!.getAttribute('data-node-count') === n, before, { timeout: 180_000 });
  return done === null || !changeAt || after === before ? null : done - changeAt;
}

/** The JavaScript heap in use after a full garbage collection (CDP), in MiB. */
async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * Builds the explorer from the working tree, or, when that does not build (another
 * change in progress), from the last commit; returns which one was measured.
 */
export async function buildApp(work: string, root = join(import.meta.dirname, '..')): Promise<{ appDir: string; built: string }> {
  const appDir = join(work, 'app');
  try {
    await build({ root, logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } });
    return { appDir, built: 'working tree' };
  } catch {
    const head = join(work, 'head');
    mkdirSync(head);
    const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
    execSync(`git archive HEAD | tar -x -C ${JSON.stringify(head)}`, { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(head, 'node_modules'));
    await build({ root: head, logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } });
    return { appDir, built: `commit ${commit} (the working tree did not build)` };
  }
}

/** `root`: the tree whose explorer is measured (default: this one). */
export async function explorerBench(datasets: Array<{ dir: string }>, runs: number, root?: string): Promise<{ results: ExplorerResult[]; built: string }> {
  const work = mkdtempSync(join(tmpdir(), 'faktograf-explorer-bench-'));
  const { appDir, built } = await buildApp(work, root);
  const data = { dir: datasets[0]!.dir };
  const { server, url } = await serve(appDir, data);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false,
      viewport: { width: 1280, height: 800 },
      args: CHROMIUM_ARGS,
    });
    const results: ExplorerResult[] = [];
    for (const dataset of datasets) {
      data.dir = dataset.dir;
      const draws: number[] = [];
      const ready: number[] = [];
      const mounted: number[] = [];
      const hovers: number[] = [];
      const searches: number[] = [];
      const filters: number[] = [];
      const heaps: number[] = [];
      let counts = { nodes: 0, edges: 0 };
      const { ids: targets, name } = await topNodes(dataset.dir, 3);
      for (let r = 0; r < runs; r++) {
        const page = await context.newPage();
        const { drawn, interactive, panels } = await firstDraw(page, url);
        draws.push(drawn);
        ready.push(interactive);
        mounted.push(panels);
        counts = await page.evaluate(() => {
          const el = document.querySelector<HTMLElement>('#graph')!;
          return { nodes: Number(el.dataset.nodeCount), edges: Number(el.dataset.edgeCount) };
        });
        // Hover the best-ranked entities: the ones a reader goes for first; then search one.
        for (const node of targets) {
          const ms = await hover(page, node);
          if (ms !== null) hovers.push(ms);
        }
        searches.push(await search(page, name));
        heaps.push(await heap(page));
        const filtered = await filterChange(page);
        if (filtered !== null) filters.push(filtered);
        await page.close();
      }
      results.push({
        ...counts,
        graphJsonMiB: statSync(join(dataset.dir, 'graph.json')).size / 2 ** 20,
        firstDraw: median(draws),
        interactive: median(ready),
        panels: median(mounted),
        hover: hovers.length ? median(hovers) : NaN,
        hoverSamples: hovers.length,
        search: median(searches),
        filter: filters.length ? median(filters) : NaN,
        heapMiB: median(heaps),
      });
    }
    return { results, built };
  } finally {
    await context?.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The `k` entities with the highest PageRank, and the Polish name of the first, from graph.json. */
async function topNodes(dir: string, k: number): Promise<{ ids: string[]; name: string }> {
  const { readFile } = await import('node:fs/promises');
  const graph = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')) as {
    nodes: Array<{ key: string; attributes: { pagerank: number; name: { pl: string } } }>;
  };
  const top = graph.nodes.sort((a, b) => b.attributes.pagerank - a.attributes.pagerank).slice(0, k);
  return { ids: top.map((n) => n.key), name: top[0]!.attributes.name.pl };
}

// The explorer in Chromium (Debian's, through playwright-core; WebGL on SwiftShader):
// navigation to first draw, and hover to highlight, on built knowledge bases of several
// sizes. The app is built once with Vite; a small static server serves it with each
// size's graph.json and sources.json as its data/.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { median } from './util.ts';

export interface ExplorerResult {
  nodes: number;
  edges: number;
  graphJsonMiB: number;
  /** Navigation start to the first frame drawn with the graph (ms, median). */
  firstDraw: number;
  /** Navigation start to the first frame of the working explorer (ms, median). */
  interactive: number;
  /** Pointer moved onto a node to the frame with its neighbourhood highlighted (ms, median). */
  hover: number;
  hoverSamples: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serve(appDir: string, data: { dir: string }): Promise<{ server: Server; url: string }> {
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
async function firstDraw(page: Page, url: string): Promise<{ drawn: number; interactive: number }> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  await page.addInitScript(() => {
    const w = window as unknown as { drawnAt?: number; readyAt?: number };
    new MutationObserver(() => {
      if (w.drawnAt === undefined && document.querySelector('#graph[data-drawn]')) {
        w.drawnAt = NaN;
        requestAnimationFrame(() => requestAnimationFrame(() => (w.drawnAt = performance.now())));
      }
      if (w.readyAt === undefined && document.body?.hasAttribute('data-ready') && document.querySelector('#graph[data-node-count] canvas')) {
        w.readyAt = NaN;
        requestAnimationFrame(() => requestAnimationFrame(() => (w.readyAt = performance.now())));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-ready', 'data-node-count'] });
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
  return (await times.jsonValue()) as { drawn: number; interactive: number };
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
 * Builds the explorer from the working tree, or, when that does not build (another
 * change in progress), from the last commit; returns which one was measured.
 */
async function buildApp(work: string): Promise<{ appDir: string; built: string }> {
  const root = join(import.meta.dirname, '..');
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

export async function explorerBench(datasets: Array<{ dir: string }>, runs: number): Promise<{ results: ExplorerResult[]; built: string }> {
  const work = mkdtempSync(join(tmpdir(), 'faktograf-explorer-bench-'));
  const { appDir, built } = await buildApp(work);
  const data = { dir: datasets[0]!.dir };
  const { server, url } = await serve(appDir, data);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false,
      viewport: { width: 1280, height: 800 },
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const results: ExplorerResult[] = [];
    for (const dataset of datasets) {
      data.dir = dataset.dir;
      const draws: number[] = [];
      const ready: number[] = [];
      const hovers: number[] = [];
      let counts = { nodes: 0, edges: 0 };
      const targets = await topNodes(dataset.dir, 3);
      for (let r = 0; r < runs; r++) {
        const page = await context.newPage();
        const { drawn, interactive } = await firstDraw(page, url);
        draws.push(drawn);
        ready.push(interactive);
        counts = await page.evaluate(() => {
          const el = document.querySelector<HTMLElement>('#graph')!;
          return { nodes: Number(el.dataset.nodeCount), edges: Number(el.dataset.edgeCount) };
        });
        // Hover the best-ranked entities: the ones a reader goes for first.
        for (const node of targets) {
          const ms = await hover(page, node);
          if (ms !== null) hovers.push(ms);
        }
        await page.close();
      }
      results.push({
        ...counts,
        graphJsonMiB: statSync(join(dataset.dir, 'graph.json')).size / 2 ** 20,
        firstDraw: median(draws),
        interactive: median(ready),
        hover: hovers.length ? median(hovers) : NaN,
        hoverSamples: hovers.length,
      });
    }
    return { results, built };
  } finally {
    await context?.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Ids of the `k` entities with the highest PageRank, read from the flat records beside graph.json. */
async function topNodes(dir: string, k: number): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const flat = JSON.parse(await readFile(join(dir, 'flat.json'), 'utf8')) as { nodes: Array<[string, { pagerank: number }]> };
  return flat.nodes
    .sort((a, b) => b[1].pagerank - a[1].pagerank)
    .slice(0, k)
    .map(([id]) => id);
}

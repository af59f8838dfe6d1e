// An article pasted into the explorer: extracted in the browser, merged into the knowledge
// base as a draft, marked on the graph and in the panels, downloadable, and discarded.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LAVROV_ARTICLE, LAVROV_PUBLISHED } from '../../src/app/fixtures/articles.ts';
import { browserSession, nodeCount, openApp, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;

const edgeCount = async (page: Page) => Number(await page.getAttribute('#graph', 'data-edge-count'));
const errorText = (page: Page) => page.locator('#article-error').textContent();

async function choose(page: Page, query: string, id: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.waitForSelector(`#search-input-list [role=option]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#details-panel[data-selection="node:${id}"]`);
}

describe('an article as a draft', () => {
  test('extracted, merged, marked, and discarded', async () => {
    app = await session.page();
    const { page } = app;
    const dictionaryRequests: string[] = [];
    page.on('request', (r) => /\.dict(\?|$)/.test(r.url()) && dictionaryRequests.push(r.url()));
    await openApp(page);
    const [nodes, edges] = [await nodeCount(page), await edgeCount(page)];
    expect(dictionaryRequests).toEqual([]);

    // Opening the dialog loads the dictionary, with a visible status (slowed down here to see it).
    await page.route('**/*.dict', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.click('#article-open');
    await page.waitForSelector('#article-dialog[open][data-state=working]');
    expect(await page.textContent('#article-status')).toMatch(/Wczytywanie słownika/);
    await page.waitForSelector('#article-dialog[data-state=idle]');

    // Today's date by default, clear messages for a bad input.
    expect(await page.inputValue('#article-published')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.click('#article-extract');
    expect(await errorText(page)).toMatch(/pole jest puste/);
    await page.fill('#article-text', 'lorem ipsum dolor sit amet');
    await page.fill('#article-published', '');
    await page.click('#article-extract');
    expect(await errorText(page)).toMatch(/RRRR-MM-DD/);
    await page.fill('#article-published', LAVROV_PUBLISHED);
    await page.click('#article-extract');
    await page.waitForFunction(() => /Nie znaleziono/.test(document.querySelector('#article-error')?.textContent ?? ''));
    expect(dictionaryRequests).toHaveLength(1);
    expect(await nodeCount(page)).toBe(nodes);
    await page.fill('#article-text', LAVROV_ARTICLE);
    await page.screenshot({ path: `${SCREENSHOTS}/article-dialog.png` });
    await page.click('#article-extract');
    await page.waitForSelector('body[data-ready=draft]');

    // The graph grew by the draft's new entities and relations; the article is shown.
    const added = Number(await page.locator('[data-filter=drafts] input[data-id=entities] ~ .legend-count').textContent());
    const relations = Number(await page.locator('[data-filter=drafts] input[data-id=relations] ~ .legend-count').textContent());
    expect(added).toBeGreaterThanOrEqual(3);
    expect(await nodeCount(page)).toBe(nodes + added);
    expect(await edgeCount(page)).toBe(edges + relations);
    expect(await page.textContent('#draft-bar')).toMatch(/Ławrow w Pjongjangu/);
    const source = (await state(page)).source!;
    expect(await page.getAttribute('#source-text', 'data-source')).toBe(source);
    expect(await page.locator('#source-text .mention.is-draft').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}/draft-overview.png` });

    // A new entity is a draft; Kim Jong Un was linked, not added again.
    await choose(page, 'ławrow', 'sergei-lavrov');
    expect(await page.textContent('#details-panel .detail-header .draft-badge')).toBe('szkic');
    expect(await page.textContent('#details-panel')).not.toMatch(/draft\s*true/);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SCREENSHOTS}/draft-entity.png` });
    await choose(page, 'Kim Dzong Un', 'kim-jong-un');
    expect(await page.locator('#details-panel .detail-header .draft-badge').count()).toBe(0);
    await page.click('#draft-download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#draft-json')]);
    const draft = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      entities: Array<{ id: string; type: string; names: { pl: string }; known: boolean }>;
    };
    expect(draft.entities.find((e) => e.id === 'kim-jong-un')?.known).toBe(true);
    expect(draft.entities.filter((e) => e.type === 'Person' && /Kim Dzong Un/.test(e.names.pl))).toHaveLength(1);

    // A draft relation's quote is highlighted in the new article, like any other evidence.
    const row = page.locator('#details-panel .relation-row:has(.draft-badge)').first();
    await row.click();
    await page.waitForSelector('#details-panel .relation-meta .draft-badge');
    const quote = (await page.textContent('#details-panel .evidence.is-active .quote'))!;
    await page.waitForSelector('#source-text mark.in-quote');
    expect(await page.getAttribute('#source-text', 'data-source')).toBe(source);
    const marked = await page.$$eval('#source-text mark.in-quote', (marks) => marks.map((m) => m.textContent).join(''));
    expect(marked).toBe(quote);
    expect(LAVROV_ARTICLE).toContain(quote);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SCREENSHOTS}/draft-relation.png` });

    // The legend hides the draft and shows it again.
    await page.click('[data-filter=drafts] input[data-id=entities]');
    await page.waitForFunction((n) => document.querySelector('#graph')?.getAttribute('data-node-count') === String(n), nodes);
    await page.click('[data-filter=drafts] input[data-id=entities]');
    await page.waitForFunction((n) => document.querySelector('#graph')?.getAttribute('data-node-count') === String(n), nodes + added);

    // Discarding goes back to the knowledge base as it was.
    await page.click('#draft-discard');
    await page.waitForSelector('body[data-ready=kb]');
    expect([await nodeCount(page), await edgeCount(page)]).toEqual([nodes, edges]);
    expect(await page.locator('#draft-bar').count()).toBe(0);
    expect(await page.locator('[data-filter=drafts]').count()).toBe(0);
  });

  test('a .txt file fills the text, picked or dropped; markup stays text; the YAML is what merge adds', async () => {
    app = await session.page();
    const { page } = app;
    await openApp(page, 'lang=en');
    await page.click('#article-open');
    await page.setInputFiles('#article-file', { name: 'lavrov.txt', mimeType: 'text/plain', buffer: Buffer.from(LAVROV_ARTICLE) });
    await page.waitForFunction((text) => (document.querySelector('#article-text') as HTMLTextAreaElement).value === text, LAVROV_ARTICLE);
    await page.fill('#article-text', '');
    const dropped = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return data;
    }, LAVROV_ARTICLE);
    await page.dispatchEvent('#article-text', 'drop', { dataTransfer: dropped });
    await page.waitForFunction((text) => (document.querySelector('#article-text') as HTMLTextAreaElement).value === text, LAVROV_ARTICLE);
    // Markup in the article stays text.
    const hostile = `${LAVROV_ARTICLE}\nŹródło: <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\n`;
    await page.fill('#article-text', hostile);
    await page.fill('#article-published', LAVROV_PUBLISHED);
    await page.click('#article-extract');
    await page.waitForSelector('body[data-ready=draft]');
    expect((await state(page)).lang).toBe('en');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#source-text img, #source-text script, #draft-bar img').count()).toBe(0);
    expect(await page.textContent('#source-text')).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.textContent('#draft-bar')).toMatch(/New entities: \d+/);
    await page.click('#draft-download');
    await page.screenshot({ path: `${SCREENSHOTS}/draft-download.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#draft-yaml')]);
    const yaml = readFileSync((await download.path())!, 'utf8');
    expect(yaml).toMatch(/^# ---- graph\/sources\/.+\.yaml$/m);
    expect(yaml).toMatch(/id: sergei-lavrov\n\s+type: Person/);
    expect(yaml).toMatch(/draft: true/);
    // Back in the dialog, the text is still there to correct.
    await page.click('#draft-edit');
    expect(await page.inputValue('#article-text')).toBe(hostile);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOTS}/draft-phone.png` });
  });
  test('a long article extracts off the page thread: the page keeps running, the draft appears, and closing the dialog cancels it', async () => {
    app = await session.page();
    const { page } = app;
    await openApp(page);
    const paragraphs = LAVROV_ARTICLE.split('\n\n');
    let long = LAVROV_ARTICLE;
    for (let i = 1; long.length < 150_000; i++) long += `\n\n${paragraphs[i % paragraphs.length]}`;
    await page.click('#article-open');
    await page.waitForSelector('#article-dialog[open][data-state=idle]');
    await page.fill('#article-text', long);
    await page.fill('#article-published', LAVROV_PUBLISHED);
    // A timer ticking every 20 ms, noting when the dialog is open and working.
    await page.evaluate(() => {
      const ticks: number[] = [];
      (window as { ticks?: number[] }).ticks = ticks;
      setInterval(() => {
        const dialog = document.querySelector<HTMLDialogElement>('#article-dialog');
        if (dialog?.open && dialog.dataset.state === 'working') ticks.push(performance.now());
      }, 20);
    });
    const ticks = () => page.evaluate(() => [...(window as { ticks?: number[] }).ticks!]);

    // Closing the dialog while it works stops the extraction: no draft comes.
    await page.click('#article-extract');
    await page.waitForSelector('#article-dialog[data-state=working]');
    await page.waitForFunction(() => (window as { ticks?: number[] }).ticks!.length >= 5);
    await page.click('#article-cancel');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#article-dialog')?.open);
    await page.waitForTimeout(1500);
    expect(await page.locator('#draft-bar').count()).toBe(0);
    expect(await page.getAttribute('body', 'data-ready')).toBe('kb');

    // Again, to the end: the timer kept ticking while the article was read.
    await page.click('#article-open');
    expect(await page.inputValue('#article-text')).toBe(long);
    await page.evaluate(() => ((window as { ticks?: number[] }).ticks!.length = 0));
    const started = Date.now();
    await page.click('#article-extract');
    await page.waitForSelector('body[data-ready=draft]', { timeout: 50_000 });
    const elapsed = Date.now() - started;
    const seen = await ticks();
    const gaps = seen.slice(1).map((t, k) => t - seen[k]!);
    expect(seen.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(Math.max(250, elapsed / 10));
    expect(await page.textContent('#draft-bar')).toMatch(/Ławrow w Pjongjangu/);
    expect(await page.locator('#source-text .mention.is-draft').count()).toBeGreaterThan(100);
  });
});

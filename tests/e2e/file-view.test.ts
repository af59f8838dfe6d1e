// Graph files from other tools in the explorer (issue 15): undirected and mixed graphs
// drawn and told without arrows where they have none, hierarchy shown as groups, a
// dynamic graph filtered by its timeline. The files are read from ../shared/graph-files
// (never copied into the repository); without that folder these tests are skipped.
import { describe, expect, test } from 'vitest';
import { HAVE_GRAPH_FILES, readGraphFileBytes } from '../../src/import/test-support.ts';
import { browserSession, clickNode, nodeCount, openApp, SCREENSHOTS, state, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;

async function openFile(name: string): Promise<void> {
  app = await session.page();
  await openApp(app.page, 'lang=en');
  await app.page.setInputFiles('#file-input', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(readGraphFileBytes(name)) });
  await app.page.waitForSelector('body[data-ready=file]');
  await app.page.waitForTimeout(300);
}

const programs = (page: AppPage['page'], ids: string[]) => page.evaluate((edges) => edges.map((e) => window.faktograf!.edgeProgram(e)), ids);

describe.skipIf(!HAVE_GRAPH_FILES)('graph files in the explorer', () => {
  test('an undirected file is drawn without arrowheads and its relations read "A — B"', async () => {
    await openFile('gephi-LesMiserables.gexf');
    expect(await nodeCount(app.page)).toBe(77);
    const edges = Array.from({ length: 254 }, (_, i) => String(i));
    const drawn = await programs(app.page, edges);
    // Sigma's programs for undirected edges (EdgeRectangleProgram, EdgeCurveProgram) draw no head.
    expect(drawn.filter((p) => !/^undirected/.test(p ?? ''))).toEqual([]);
    await app.page.screenshot({ path: `${SCREENSHOTS}/file-undirected.png` });
    await clickNode(app.page, '11');
    await app.page.waitForSelector('#details-panel[data-selection="node:11"]');
    await app.page.locator('#details-panel .relation-row').first().click();
    await app.page.waitForSelector('#details-panel[data-selection^="edge:"]');
    const title = (await app.page.textContent('#detail-title'))!;
    expect(title).toContain(' — ');
    expect(title).not.toContain('→');
  });

  test('a mixed graph keeps arrows on its directed edges only', async () => {
    await openFile('gy-mixed.gexf');
    expect(await programs(app.page, ['1', '2', '3'])).toEqual(['straight', 'straight', 'undirected']);
    await app.page.evaluate(() => history.replaceState(null, '', location.pathname));
    expect((await state(app.page)).selection).toBeNull();
  });
});

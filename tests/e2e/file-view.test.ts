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

  test('a hierarchy (pid) is drawn as groups and named in the details panel', async () => {
    await openFile('gexf-primer-1.3-hierarchy-pid.gexf');
    // Kevin Bacon heads God and Me; God heads the humans, Me the frogs.
    expect(await app.page.getAttribute('#graph', 'data-groups')).toBe('3');
    const box = (await app.page.locator('#graph').boundingBox())!;
    await app.page.screenshot({ path: `${SCREENSHOTS}/file-groups.png`, clip: box });
    await clickNode(app.page, 'c');
    await app.page.waitForSelector('#details-panel[data-selection="node:c"]');
    expect(await app.page.textContent('#details-panel .group-of')).toBe('Group: God');
    await app.page.click('#details-panel .group-of button');
    await app.page.waitForSelector('#details-panel[data-selection="node:b"]');
    expect(await app.page.textContent('#details-panel [data-members]')).toMatch(/Members of the group \(2\).*human1.*human2/);
  });

  test("a dynamic graph's timeline filters it by time", async () => {
    await openFile('nx-written-dynamic-spells.gexf');
    expect(await app.page.isVisible('#timeline-panel')).toBe(true);
    expect(await nodeCount(app.page)).toBe(3);
    // Brush 2004: Alpha's spells (2001–2003, 2005–2007) leave it out, and both its edges; Beta (2002–2009) and the untimed Root stay.
    const chart = (await app.page.locator('#timeline-panel .timeline-chart').boundingBox())!;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const [d0, d1] = [day('2001-01-01') - 3, day('2009-12-31') + 3];
    const x = (iso: string) => chart.x + 14 + ((day(iso) - d0) / (d1 - d0)) * (chart.width - 28);
    const brush = async (from: string, to: string) => {
      await app.page.mouse.move(x(from), chart.y + 20);
      await app.page.mouse.down();
      await app.page.mouse.move(x(to), chart.y + 20, { steps: 4 });
      await app.page.mouse.up();
    };
    await brush('2004-02-01', '2004-07-01');
    await app.page.waitForFunction(() => document.querySelector('#graph')?.getAttribute('data-node-count') === '2');
    expect(Number(await app.page.getAttribute('#graph', 'data-edge-count'))).toBe(1);
    const period = (await state(app.page)).period!;
    expect(period[0] >= '2004-01-01' && period[1] <= '2004-12-31').toBe(true);
    await app.page.screenshot({ path: `${SCREENSHOTS}/file-dynamic-timeline.png` });
    // 2006: everything is there again.
    await app.page.click('#timeline-clear');
    await brush('2006-02-01', '2006-09-01');
    await app.page.waitForFunction(() => document.querySelector('#graph')?.getAttribute('data-node-count') === '3');
    expect(Number(await app.page.getAttribute('#graph', 'data-edge-count'))).toBe(2);
  });
});

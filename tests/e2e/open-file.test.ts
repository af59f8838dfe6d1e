// Opening graph files: GEXF, GraphML and graphology JSON draw with the same interface;
// a broken file leaves a clear message and the current graph in place.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clickNode, browserSession, nodeCount, openApp, paintedPixels, SCREENSHOTS, state, type AppPage } from './harness.ts';

const FIXTURES = 'src/app/fixtures';
const session = browserSession();
let app: AppPage;

async function open(name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await app.page.setInputFiles('#file-input', { name, mimeType, buffer });
}

describe('open a file', () => {
  test('a GEXF file is drawn and explorable', async () => {
    app = await session.page();
    await openApp(app.page);
    await open('ports.gexf', readFileSync(`${FIXTURES}/small.gexf`), 'application/gexf+xml');
    await app.page.waitForSelector('body[data-ready=file]');
    expect(await nodeCount(app.page)).toBe(5);
    expect(await app.page.textContent('#dataset-name')).toBe('ports.gexf');
    expect(await paintedPixels(app.page, '#graph')).toBeGreaterThan(1000);
    // Types come from the file's own colours and its "relationType" attribute.
    expect(await app.page.locator('[data-filter=relationTypes] input').count()).toBe(3);
    await clickNode(app.page, 'gdansk');
    await app.page.waitForSelector('#details-panel[data-selection="node:gdansk"]');
    expect(await app.page.textContent('#detail-title')).toBe('Gdańsk');
    expect(await app.page.textContent('#details-panel .attributes')).toContain('486000');
    await app.page.locator('#details-panel .relation-row').first().click();
    expect(await app.page.textContent('#details-panel')).toMatch(/Brak dowodów|No evidence/);
    expect(await app.page.textContent('#source-panel')).toMatch(/nie zawiera tekstów|no source texts/);
    await app.page.screenshot({ path: `${SCREENSHOTS}/open-gexf.png` });
  });

  test('GraphML and graphology JSON files are drawn', async () => {
    app = await session.page();
    await openApp(app.page);
    await open('team.graphml', readFileSync(`${FIXTURES}/small.graphml`));
    await app.page.waitForFunction(() => document.querySelector('#graph')?.getAttribute('data-node-count') === '3');
    expect(await app.page.locator('[data-filter=entityTypes] input').count()).toBe(2);
    await open('fixture.json', readFileSync(`${FIXTURES}/data/graph.json`), 'application/json');
    await app.page.waitForFunction(() => document.querySelector('#graph')?.getAttribute('data-node-count') === '8');
    // A graphology export keeps its ontology, so the legend has the real labels.
    expect(await app.page.textContent('[data-filter=entityTypes]')).toContain('Osoba');
  });

  test('a broken file gets a clear message and the graph stays', async () => {
    app = await session.page();
    await openApp(app.page);
    const before = await nodeCount(app.page);
    await open('broken.gexf', readFileSync(`${FIXTURES}/broken.gexf`));
    const alert = app.page.locator('#status [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.gexf.*not well-formed XML/);
    expect(await nodeCount(app.page)).toBe(before);
    await open('notes.txt', Buffer.from('just some notes'));
    await app.page.waitForFunction(() => /not a graph file: expected GEXF or GraphML/.test(document.querySelector('#status')?.textContent ?? ''));
    await open('empty.json', Buffer.from('{"nodes": "nope"}'));
    await app.page.waitForFunction(() =>
      /not a graphology graph: expected an object with a "nodes" array/.test(document.querySelector('#status')?.textContent ?? ''),
    );
    expect(await nodeCount(app.page)).toBe(before);
  });

  test('an exported GEXF opens again with its types and names', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    const drawn = await nodeCount(app.page);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#export-gexf')]);
    await open('faktograf.gexf', readFileSync((await download.path())!));
    await app.page.waitForSelector('body[data-ready=file]');
    expect(await nodeCount(app.page)).toBe(drawn);
    expect((await state(app.page)).selection).toBeNull();
    expect(await app.page.locator('[data-filter=entityTypes] input').count()).toBeGreaterThan(3);
    await app.page.fill('#search-input', 'szojgu');
    await app.page.waitForSelector('#search-input-list [role=option]');
  });

  test('an undirected file keeps the language, says what was forgiven and lists neighbours, not in and out', async () => {
    app = await session.page();
    await openApp(app.page, 'lang=en');
    const gexf = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes>
<edges><edge id="ab" source="a" target="b" weight="3"/><edge id="ac" source="a" target="c"/></edges></graph></gexf>`;
    await open('undirected.gexf', Buffer.from(gexf));
    await app.page.waitForSelector('body[data-ready=file]');
    expect((await state(app.page)).lang).toBe('en');
    const status = await app.page.textContent('#status');
    expect(status).toMatch(
      /undirected\.gexf: 3 nodes, 2 edges\. While reading the file: .*names the node "c", which the file does not declare: the node was added/,
    );
    await clickNode(app.page, 'a');
    await app.page.waitForSelector('#details-panel[data-selection="node:a"]');
    const panel = await app.page.textContent('#details-panel');
    expect(panel).toContain('Neighbours (undirected edges)');
    expect(panel).not.toMatch(/Outgoing relations|Incoming relations/);
  });
});

// Hostile files and URLs in the explorer: attribute names such as `__proto__.attrs` are
// only names (nothing reaches Object.prototype, no handler attribute is ever set, nothing
// runs), the built page's Content-Security-Policy refuses inline script and handlers, and
// a source URL that is not http(s) is text, not a link.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { appUrl, browserSession, clickNode, nodeCount, openApp, type AppPage } from './harness.ts';

const session = browserSession();
let app: AppPage;

/** What the payloads would set if any of them ran. */
const RAN = 'window.__pwned = (window.__pwned || 0) + 1';
/** Attributes that run script with no click once set on an element. */
const HANDLERS = { style: 'animation: spin 1ms', onanimationstart: RAN, autofocus: '', tabindex: '0', onfocus: RAN, onload: RAN, onerror: RAN };

function hostileJson(): string {
  const payload = { '__proto__.attrs': HANDLERS, '__proto__.onload': RAN, '__proto__.text': 'owned', '__proto__.polluted': 'yes' };
  return JSON.stringify({
    options: { type: 'directed', multi: true },
    attributes: { name: 'hostile' },
    nodes: [
      { key: 'a', attributes: { label: 'A', x: 0, y: 0, size: 12, entityType: '__proto__', constructor: 'plain', ...payload } },
      {
        key: 'b',
        attributes: { label: 'B', x: 40, y: 0, size: 12, entityType: 'constructor', ['__proto__']: 'plain', 'constructor.prototype.polluted': 'yes' },
      },
    ],
    edges: [{ key: 'e', source: 'a', target: 'b', attributes: { relationType: 'toString', ...payload } }],
  });
}

/** `_x002E_` is an escaped dot: `__proto___x002E_attrs` is the one key `__proto__.attrs`. */
function hostileGexf(): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="__proto___x002E_attrs:json" title="__proto__.attrs" type="string"/>
      <attribute id="__proto__._x002E_attrs:json" type="string"/>
      <attribute id="t" title="__proto__.text" type="string"/>
      <attribute id="p" title="__proto__" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="A">
        <attvalues>
          <attvalue for="__proto___x002E_attrs:json" value="${json(HANDLERS)}"/>
          <attvalue for="t" value="owned"/>
        </attvalues>
        <viz:position x="0" y="0"/><viz:size value="12"/>
      </node>
      <node id="c" label="C">
        <attvalues><attvalue for="p" value="plain"/></attvalues>
        <viz:position x="20" y="30"/><viz:size value="12"/>
      </node>
      <node id="b" label="B">
        <attvalues><attvalue for="__proto__._x002E_attrs:json" value="${json(HANDLERS)}"/></attvalues>
        <viz:position x="40" y="0"/><viz:size value="12"/>
      </node>
    </nodes>
    <edges><edge id="e" source="a" target="b"/></edges>
  </graph>
</gexf>`;
}

const prototypeKeys = () => app.page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());
const ran = () => app.page.evaluate(() => (window as { __pwned?: number }).__pwned);

/** Opens a file as a user would, then lets any animation, focus or load handler fire. */
async function open(name: string, text: string): Promise<void> {
  await app.page.setInputFiles('#file-input', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  await app.page.waitForFunction(
    (file) => document.querySelector('#dataset-name')?.textContent === file || document.querySelector('#status [role=alert]'),
    name,
  );
  await app.page.waitForTimeout(300);
}

/** The attribute rows of a node's details, as `name: value`. */
async function attributeRows(id: string): Promise<string[]> {
  await clickNode(app.page, id);
  await app.page.waitForSelector(`#details-panel[data-selection="node:${id}"]`);
  return app.page.$$eval('#details-panel .attributes dt', (dts) => dts.map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`));
}

describe('hostile files in the explorer', () => {
  test('attribute names such as __proto__.attrs stay names: nothing is polluted or runs', async () => {
    app = await session.page();
    const dialogs: string[] = [];
    app.page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    await openApp(app.page);
    const before = await prototypeKeys();

    await open('hostile.json', hostileJson());
    expect(await prototypeKeys()).toEqual(before);
    expect(await ran()).toBeUndefined();
    // Opened, with the odd names kept as data.
    expect(await app.page.textContent('#dataset-name')).toBe('hostile.json');
    expect(await nodeCount(app.page)).toBe(2);
    expect(await app.page.textContent('[data-filter=entityTypes]')).toMatch(/__proto__[\s\S]*constructor|constructor[\s\S]*__proto__/);
    expect(await app.page.textContent('[data-filter=relationTypes]')).toContain('toString');
    expect(await attributeRows('a')).toEqual(
      expect.arrayContaining(['constructor: plain', '__proto__.polluted: yes', '__proto__.text: owned', `__proto__.attrs.onfocus: ${RAN}`]),
    );
    expect(await attributeRows('b')).toEqual(expect.arrayContaining(['__proto__: plain', 'constructor.prototype.polluted: yes']));

    await open('hostile.gexf', hostileGexf());
    expect(await prototypeKeys()).toEqual(before);
    expect(await ran()).toBeUndefined();
    expect(await app.page.textContent('#dataset-name')).toBe('hostile.gexf');
    expect(await attributeRows('a')).toEqual(expect.arrayContaining(['__proto__.text: owned', `__proto__.attrs.onfocus: ${RAN}`]));
    expect(await attributeRows('b')).toEqual(expect.arrayContaining([`__proto__..attrs.onfocus: ${RAN}`]));
    expect(await attributeRows('c')).toEqual(['__proto__: plain']);

    // No element anywhere carries an event-handler attribute.
    expect(await app.page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => /^on/i.test(n))))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('options inherited from a polluted prototype never reach an element', async () => {
    app = await session.page();
    await openApp(app.page);
    // Non-enumerable, so only a lookup of a missing option could see it.
    await app.page.evaluate((handlers) => {
      for (const [key, value] of Object.entries({ attrs: handlers, text: 'owned', className: 'owned' }))
        Object.defineProperty(Object.prototype, key, { value, configurable: true });
    }, HANDLERS);
    await clickNode(app.page, 'kim-jong-un');
    await app.page.waitForSelector('#details-panel[data-selection="node:kim-jong-un"]');
    await app.page.waitForTimeout(300);
    const seen = await app.page.evaluate(() => {
      const all = [...document.querySelectorAll('#details-panel *, #source-panel *')];
      const found = {
        handlers: all.flatMap((e) => e.getAttributeNames().filter((n) => /^on/i.test(n))),
        owned: all.filter((e) => e.className === 'owned' || e.textContent === 'owned').length,
      };
      for (const key of ['attrs', 'text', 'className']) delete (Object.prototype as Record<string, unknown>)[key];
      return found;
    });
    expect(seen).toEqual({ handlers: [], owned: 0 });
    expect(await app.page.textContent('#detail-title')).toBe('Kim Dzong Un');
    expect(await ran()).toBeUndefined();
  });

  test('the built page forbids inline script and inline event handlers', async () => {
    app = await session.page();
    const response = await app.page.goto(appUrl());
    await app.page.waitForSelector('#graph[data-node-count] canvas');
    const policy = (await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    const violations = await app.page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const host = document.createElement('div');
      host.innerHTML = '<img src="data:," onerror="window.__pwned = 1">';
      document.body.append(host);
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 2';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 300));
      host.remove();
      return seen.sort();
    });
    expect(await ran()).toBeUndefined();
    // Each refusal is reported once per policy (the page's and the server's).
    expect([...new Set(violations)]).toEqual(['script-src-attr', 'script-src-elem']);
    // The browser logs those refusals as errors: expected here, and only those.
    const refused = app.errors.filter((e) => /^Executing inline (event handler|script) violates the following Content Security Policy/.test(e));
    expect(refused.length).toBe(violations.length);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !refused.includes(e)));

    // What the app itself does with blob: URLs and canvases still works under the policy.
    await app.page.click('#export-png');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#png-download')]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  test('a source URL that is not http(s) is shown as text, not as a link', async () => {
    app = await session.page();
    await app.page.route('**/data/sources.json', async (route) => {
      const sources = (await (await route.fetch()).json()) as Array<{ url?: string }>;
      sources[0]!.url = 'javascript:window.__pwned=1';
      await route.fulfill({ json: sources });
    });
    await openApp(app.page);
    const meta = app.page.locator('#source-panel .source-meta');
    await meta.waitFor();
    expect(await meta.textContent()).toContain('javascript:window.__pwned=1');
    expect(await app.page.locator('#source-panel a').count()).toBe(0);
    expect(
      await app.page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol).filter((p) => !/^(https?|blob):$/.test(p)),
      ),
    ).toEqual([]);
  });
});

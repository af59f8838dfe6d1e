// Loading the builder's outputs over HTTP, with progress, against a stubbed fetch.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadBuilt } from './load.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url));

/** A response streaming `body` in small chunks, with or without a Content-Length. */
function response(body: Buffer, withLength: boolean): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < body.length; i += 1000) controller.enqueue(new Uint8Array(body.subarray(i, i + 1000)));
      controller.close();
    },
  });
  return new Response(stream, { headers: withLength ? { 'content-length': String(body.length) } : {} });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadBuilt', () => {
  test.each([true, false])('reads graph.json and sources.json, reporting bytes as they arrive (Content-Length: %s)', async (withLength) => {
    const files: Record<string, Buffer> = { 'data/graph.json': fixture('graph.json'), 'data/sources.json': fixture('sources.json') };
    vi.stubGlobal('fetch', async (url: string) => (files[url] ? response(files[url], withLength) : new Response('', { status: 404 })));
    const calls: Array<[number, number]> = [];
    const dataset = await loadBuilt('data/', (loaded, total) => calls.push([loaded, total]));
    const bytes = files['data/graph.json']!.length + files['data/sources.json']!.length;
    expect(dataset.graph.order).toBeGreaterThan(0);
    expect(dataset.sources.size).toBeGreaterThan(0);
    expect(calls.at(-1)![0]).toBe(bytes);
    expect(calls.map(([loaded]) => loaded)).toEqual([...calls.map(([loaded]) => loaded)].sort((a, b) => a - b));
    expect(calls.at(-1)![1]).toBe(withLength ? bytes : 0);
  });

  test('a missing file is an error naming it', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadBuilt('data/')).rejects.toThrow('data/graph.json: HTTP 404');
  });
});

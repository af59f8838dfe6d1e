// The label drawer's placement is relative to each node: a copy of the drawing at another
// size (the PNG export renders the graph with a second Sigma) keeps labels beside their nodes.
import { describe, expect, it } from 'vitest';
import { createLabels } from './labels.ts';
import type { Renderer } from './renderer.ts';

/** A renderer with two nodes far apart, 800×600 px, the graph's coordinates being the viewport's. */
function fakeRenderer(): Renderer {
  const nodes: Record<string, { x: number; y: number; size: number; label: string; hidden: false; highlighted: false; zIndex: 0 }> = {
    a: { x: 100, y: 100, size: 5, label: 'Kim Dzong Un', hidden: false, highlighted: false, zIndex: 0 },
    b: { x: 600, y: 400, size: 5, label: 'Władimir Putin', hidden: false, highlighted: false, zIndex: 0 },
  };
  return {
    getDimensions: () => ({ width: 800, height: 600 }),
    getGraph: () => ({ forEachNode: (f: (n: string) => void) => Object.keys(nodes).forEach((n) => f(n)) }),
    getNodeDisplayData: (n: string) => nodes[n],
    framedGraphToViewport: (d: { x: number; y: number }) => ({ x: d.x, y: d.y }),
    scaleSize: (s: number) => s,
    on: () => undefined,
    scheduleRender: () => undefined,
  } as unknown as Renderer;
}

/** A canvas context that records where text is filled. */
function recorder() {
  const texts: Array<{ text: string; x: number; y: number }> = [];
  const context = {
    fillText: (text: string, x: number, y: number) => void texts.push({ text, x, y }),
    strokeText: () => undefined,
  } as unknown as CanvasRenderingContext2D;
  return { context, texts };
}

const settings = { labelColor: { color: '#000' } } as never;

describe('labels', () => {
  it('draws each label beside its node, wherever another drawing puts the node', () => {
    const labels = createLabels(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
      'sans-serif',
      12,
      '500',
    );
    labels.attach(fakeRenderer());
    const screen = recorder();
    labels.draw(screen.context, { key: 'a', x: 100, y: 100, size: 5, label: 'Kim Dzong Un', color: '#f00' }, settings);
    const [onScreen] = screen.texts;
    expect(onScreen).toBeDefined();
    expect(Math.abs(onScreen!.x - 100)).toBeLessThan(120);
    expect(Math.abs(onScreen!.y - 100)).toBeLessThan(20);
    // The export draws the same node elsewhere (a larger image): the label follows it.
    const image = recorder();
    labels.draw(image.context, { key: 'a', x: 900, y: 700, size: 5, label: 'Kim Dzong Un', color: '#f00' }, settings);
    expect(image.texts[0]!.x - 900).toBeCloseTo(onScreen!.x - 100);
    expect(image.texts[0]!.y - 700).toBeCloseTo(onScreen!.y - 100);
  });
});

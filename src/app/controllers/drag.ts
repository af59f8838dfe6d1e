// Dragging a node moves it, by mouse or one finger; dragging the background still pans.
// The position is written into the drawn graph, which the graph controller carries over
// rebuilds (filters, language), so a moved node stays where it was put for the session.
import type { MouseCoords, TouchCoords } from 'sigma/types';
import type { GraphController } from './graph.ts';
import type { Renderer } from './renderer.ts';

export function bindDrag(renderer: Renderer, graphs: GraphController): () => void {
  let dragged: string | null = null;
  const container = renderer.getContainer();
  const moveTo = (point: { x: number; y: number }): boolean => {
    if (!dragged) return false;
    const graph = graphs.drawn();
    if (!graph.hasNode(dragged)) {
      dragged = null;
      return false;
    }
    const { x, y } = renderer.viewportToGraph(point);
    graph.mergeNodeAttributes(dragged, { x, y });
    container.dataset.dragging = dragged;
    return true;
  };
  const release = () => {
    dragged = null;
    delete container.dataset.dragging;
  };
  const mouse = renderer.getMouseCaptor();
  const touch = renderer.getTouchCaptor();
  renderer.on('downNode', ({ node }) => (dragged = node));
  const onMouse = (e: MouseCoords) => {
    if (!moveTo(e)) return;
    e.preventSigmaDefault();
    e.original.preventDefault();
  };
  const onTouch = (e: TouchCoords) => {
    const finger = e.touches[0];
    if (e.touches.length === 1 && finger && moveTo(finger)) e.preventSigmaDefault();
  };
  mouse.on('mousemovebody', onMouse);
  touch.on('touchmove', onTouch);
  mouse.on('mouseup', release);
  touch.on('touchup', release);
  return () => {
    release();
    mouse.removeListener('mousemovebody', onMouse);
    mouse.removeListener('mouseup', release);
    touch.removeListener('touchmove', onTouch);
    touch.removeListener('touchup', release);
  };
}

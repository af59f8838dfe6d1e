// Pointer events on the graph -> selection and hover. Renders nothing.
import type { Store } from '../core/store.ts';
import type { Dataset, ViewState } from '../core/types.ts';
import type { Display } from './display.ts';
import type { Renderer } from './renderer.ts';

/** The source to show for a relation: where its first evidence comes from. */
export function evidenceSource(dataset: Dataset, edge: string, index: number): string | null {
  if (!dataset.graph.hasEdge(edge)) return null;
  const evidence = dataset.graph.getEdgeAttribute(edge, 'evidence');
  const source = (evidence[index] ?? evidence[0])?.source;
  return source && dataset.sources.has(source) ? source : null;
}

export function bindGraphEvents(renderer: Renderer, store: Store<ViewState>, display: Display, dataset: Dataset): () => void {
  const container = renderer.getContainer();
  const pointer = (on: boolean) => container.classList.toggle('is-pointing', on);

  renderer.on('enterNode', ({ node }) => {
    display.setHovered(node);
    pointer(true);
  });
  renderer.on('leaveNode', () => {
    display.setHovered(null);
    pointer(false);
  });
  renderer.on('enterEdge', () => pointer(true));
  renderer.on('leaveEdge', () => pointer(false));
  renderer.on('clickNode', ({ node }) => store.set({ selection: { kind: 'node', id: node } }));
  renderer.on('clickEdge', ({ edge }) => {
    const source = evidenceSource(dataset, edge, 0) ?? store.get().source;
    store.set({ selection: { kind: 'edge', id: edge, evidence: 0 }, source });
  });
  renderer.on('clickStage', () => {
    if (store.get().selection) store.set({ selection: null });
  });
  // Escape outside a text field lets go of the selection, as a click on empty space does.
  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
    if (e.key === 'Escape' && !typing && store.get().selection) store.set({ selection: null });
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    renderer.removeAllListeners();
  };
}

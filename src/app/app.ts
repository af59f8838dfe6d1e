// Mounts the explorer for one dataset: controllers first (they own the derived graph),
// then the panels. Returns a function that tears it all down, so opening a file is
// unmount + mount with the new dataset.
import { KnowledgeGraph } from '../query/index.ts';
import type { AppContext } from './context.ts';
import { createCameraController } from './controllers/camera.ts';
import { createDisplay } from './controllers/display.ts';
import { createEmphasisLayer } from './controllers/emphasis-layer.ts';
import { evidenceSource, bindGraphEvents } from './controllers/events.ts';
import { createGraphController } from './controllers/graph.ts';
import { createLater } from './controllers/later.ts';
import { createLayoutController } from './controllers/layout.ts';
import { createRenderer } from './controllers/renderer.ts';
import { readUrlState, syncUrl } from './controllers/url-sync.ts';
import { createStore, defaultViewState } from './core/store.ts';
import type { Dataset, ViewState } from './core/types.ts';
import { byId } from './dom.ts';
import { mountDetails } from './panels/details.ts';
import { mountDraftBar } from './panels/draft-bar.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMobileNav } from './panels/mobile-nav.ts';
import { mountPath } from './panels/path.ts';
import { mountSearch } from './panels/search.ts';
import { mountSource } from './panels/source.ts';
import { mountTimeline } from './panels/timeline.ts';
import { showMessage } from './panels/status.ts';
import { mountToolbar } from './panels/toolbar.ts';

export interface MountOptions {
  /** Read and write the view state in the URL (the built knowledge base only). */
  urlState: boolean;
  openFile(file: File): void;
  closeFile(): void;
  openArticle: (() => void) | null;
  discardDraft(): void;
  /** View state laid over the start (the URL's or the default): a draft opens on its article. */
  initial?: Partial<ViewState>;
}

export function mountApp(dataset: Dataset, options: MountOptions): () => void {
  const initial: ViewState = { ...(options.urlState ? readUrlState(dataset) : defaultViewState()), ...options.initial };
  const store = createStore(initial);
  const container = byId('graph');
  const graphs = createGraphController(dataset, store);
  const display = createDisplay(store, graphs);
  const renderer = createRenderer(container, graphs.drawn(), display, graphs.large);
  const emphasisLayer = graphs.large ? createEmphasisLayer(renderer, display) : null;
  graphs.attach(renderer);
  display.attach(renderer, emphasisLayer ?? undefined);
  const camera = createCameraController(renderer, store);
  const layout = createLayoutController(graphs);

  let entities: KnowledgeGraph | null = null;
  const ctx: AppContext = {
    dataset,
    store,
    graphs,
    display,
    renderer,
    camera,
    layout,
    // The name index is built on first use (a search), not before the first draw.
    get entities() {
      return (entities ??= new KnowledgeGraph(dataset.graph));
    },
    select(selection, opts = {}) {
      const source = selection?.kind === 'edge' ? evidenceSource(dataset, selection.id, selection.evidence) : null;
      store.set({ selection, source: source ?? store.get().source });
      if (opts.focus && selection?.kind === 'node') camera.focusNode(selection.id);
    },
    message: (text, kind) => showMessage(byId('status'), text, kind),
    openFile: options.openFile,
    closeFile: options.closeFile,
    openArticle: options.openArticle,
    discardDraft: options.discardDraft,
  };

  container.dataset.drawn = 'graph';
  const reportCounts = () => {
    const drawn = graphs.drawn();
    container.dataset.nodeCount = String(drawn.order);
    container.dataset.edgeCount = String(drawn.size);
  };
  reportCounts();
  // Sigma resizes on window resizes only; panels opening and closing resize the stage too.
  // The first observation reports the size Sigma already drew at: redrawing then would
  // cost a whole frame, which for a large graph drawn in software is most of a second.
  const resizes = new ResizeObserver(([entry]) => {
    const { width, height } = renderer.getDimensions();
    if (!entry || Math.round(entry.contentRect.width) !== Math.round(width) || Math.round(entry.contentRect.height) !== Math.round(height))
      renderer.scheduleRender();
  });
  resizes.observe(container);

  // A large graph's panels follow the graph (controllers/later.ts): mounted after its first
  // frame, told of changes after the frame that shows them.
  const later = createLater(graphs.large);
  const panels: AppContext = Object.create(ctx, { store: { value: later.store(store) } });
  const cleanups = [
    graphs.onChange(reportCounts),
    bindGraphEvents(renderer, store, display, dataset),
    options.urlState ? syncUrl(store, dataset) : () => {},
    mountSearch(byId('search'), ctx),
    mountToolbar(byId('toolbar'), ctx),
    later.mount(() => mountPath(byId('path-panel'), panels)),
    later.mount(() => mountLegend(byId('legend-panel'), panels)),
    later.mount(() => mountDetails(byId('details-panel'), panels)),
    later.mount(() => mountSource(byId('source-panel'), panels)),
    later.mount(() => mountTimeline(byId('timeline-panel'), panels)),
    mountMobileNav(byId('mobile-nav'), byId('app'), ctx),
    mountDraftBar(container.parentElement!, ctx),
  ];
  void later.settled.then(() => (document.body.dataset.panels = 'ready'));
  // The name index, for the first search, once the page is idle.
  later.idle(() => void ctx.entities);
  // A start the URL does not say (the language kept on leaving a draft) goes into it now.
  if (options.urlState && options.initial && Object.keys(options.initial).length) store.set({}, 'replace');
  byId('dataset-name').textContent = dataset.fileName ?? '';
  document.documentElement.lang = store.get().lang;
  cleanups.push(store.subscribe((s) => (document.documentElement.lang = s.lang)));

  // Reopened from a link: bring the selected entity into view unless the link fixes the camera.
  const sel = initial.selection;
  if (sel && !initial.camera) camera.focusNode(sel.kind === 'node' ? sel.id : dataset.graph.source(sel.id));

  // For tests and debugging: read-only views of what is on screen.
  window.faktograf = {
    state: () => store.get(),
    nodeViewportPosition: (id: string) => {
      const data = renderer.getNodeDisplayData(id);
      return data ? renderer.framedGraphToViewport(data) : null;
    },
  };

  return () => {
    later.cancel();
    delete document.body.dataset.panels;
    resizes.disconnect();
    cleanups.reverse().forEach((cleanup) => cleanup());
    layout.destroy();
    camera.destroy();
    display.destroy();
    graphs.destroy();
    emphasisLayer?.destroy();
    renderer.kill();
    delete window.faktograf;
  };
}

declare global {
  interface Window {
    faktograf?: {
      state(): ViewState;
      nodeViewportPosition(id: string): { x: number; y: number } | null;
    };
  }
}

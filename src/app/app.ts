// Mounts the explorer for one dataset: controllers first (they own the derived graph),
// then the panels. Returns a function that tears it all down, so opening a file is
// unmount + mount with the new dataset.
import { KnowledgeGraph } from '../query/index.ts';
import type { AppContext } from './context.ts';
import { createCameraController } from './controllers/camera.ts';
import { createClaimLayer } from './controllers/claim-layer.ts';
import { bindDrag } from './controllers/drag.ts';
import { createDisplay } from './controllers/display.ts';
import { createEmphasisLayer } from './controllers/emphasis-layer.ts';
import { evidenceSource, bindGraphEvents } from './controllers/events.ts';
import { createGraphController } from './controllers/graph.ts';
import { createLabels } from './controllers/labels.ts';
import { createLater } from './controllers/later.ts';
import { createLayoutController } from './controllers/layout.ts';
import { createRenderer, FONT, LABEL_SIZE, LABEL_WEIGHT } from './controllers/renderer.ts';
import { labelImportance } from './core/label-importance.ts';
import { readUrlState, syncUrl } from './controllers/url-sync.ts';
import { createStore, defaultViewState } from './core/store.ts';
import type { Dataset, ViewState } from './core/types.ts';
import { byId } from './dom.ts';
import { mountAppearance } from './panels/appearance.ts';
import { mountDetails } from './panels/details.ts';
import { mountDraftBar } from './panels/draft-bar.ts';
import { mountGraphView } from './panels/graph-view.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMobileNav } from './panels/mobile-nav.ts';
import { mountPath } from './panels/path.ts';
import { mountSearch } from './panels/search.ts';
import { mountSource } from './panels/source.ts';
import { mountTimeline } from './panels/timeline.ts';
import { showMessage } from './panels/status.ts';
import { mountToolbar } from './panels/toolbar.ts';
import { createUndo, undoKey, type UndoHistory } from './core/undo.ts';
import { mountTable } from './panels/table.ts';
import { mountViewPanel } from './panels/view-panel.ts';
import { mountToolbarMenu } from './panels/toolbar-menu.ts';
import { mountSkipLinks } from './panels/skip-links.ts';
import { bindGraphKeyboard } from './controllers/keyboard.ts';
import { createGroupHulls } from './controllers/group-hulls.ts';

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
  const labels = graphs.large ? null : createLabels(labelImportance(dataset.graph), FONT, LABEL_SIZE, LABEL_WEIGHT);
  const renderer = createRenderer(container, graphs.drawn(), display, graphs.large, labels ?? undefined);
  labels?.attach(renderer);
  const emphasisLayer = graphs.large ? createEmphasisLayer(renderer, display) : null;
  graphs.attach(renderer);
  display.attach(renderer, emphasisLayer ?? undefined);
  const camera = createCameraController(renderer, store);
  // Claims are drawn for a graph whose relations carry them, and not at a large graph's density.
  const claims = !graphs.large && dataset.hasEvidence ? createClaimLayer(renderer, graphs) : null;
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

  const undo = createUndo(store);
  const table = mountTable(byId('table-panel'), ctx);
  // A large graph's panels follow the graph (controllers/later.ts): mounted after its first
  // frame, told of changes after the frame that shows them.
  const later = createLater(graphs.large);
  const panels: AppContext = Object.create(ctx, { store: { value: later.store(store) } });
  const cleanups = [
    undo.destroy,
    table.destroy,
    bindUndoKeys(undo),
    graphs.onChange(reportCounts),
    bindGraphEvents(renderer, store, display, dataset),
    options.urlState ? syncUrl(store, dataset) : () => {},
    mountSearch(byId('search'), ctx),
    mountToolbar(byId('toolbar'), ctx),
    mountViewPanel(byId('view-panel'), ctx, undo, table),
    later.mount(() => mountPath(byId('path-panel'), panels)),
    later.mount(() => mountAppearance(byId('appearance-panel'), panels)),
    later.mount(() => mountLegend(byId('legend-panel'), panels)),
    later.mount(() => mountDetails(byId('details-panel'), panels)),
    later.mount(() => mountSource(byId('source-panel'), panels)),
    later.mount(() => mountTimeline(byId('timeline-panel'), panels)),
    mountMobileNav(byId('mobile-nav'), byId('app'), ctx),
    mountDraftBar(container.parentElement!, ctx),
    mountToolbarMenu(byId('toolbar'), ctx),
    mountSkipLinks(byId('skip-links'), ctx),
    bindGraphKeyboard(container, ctx),
    createGroupHulls(renderer, graphs, store),
    mountGraphView(container.parentElement!, ctx, labels, claims),
    bindDrag(renderer, graphs),
  ];
  void later.settled.then(() => (document.body.dataset.panels = 'ready'));
  // The name index, for the first search, once the page is idle.
  later.idle(() => void ctx.entities);
  // A start the URL does not say (the language kept on leaving a draft) goes into it now.
  if (options.urlState && options.initial && Object.keys(options.initial).length) store.set({}, 'replace');
  byId('dataset-name').textContent = dataset.fileName ?? '';
  document.documentElement.lang = store.get().lang;
  cleanups.push(store.subscribe((s) => (document.documentElement.lang = s.lang)));

  // The home view fits the labels too (small graphs: a large one is framed by Sigma alone).
  if (labels && !initial.camera) camera.fit(labels.drawn);
  // Reopened from a link: bring the selected entity into view unless the link fixes the camera.
  const sel = initial.selection;
  if (sel && !initial.camera) camera.focusNode(sel.kind === 'node' ? sel.id : dataset.graph.source(sel.id));

  // For tests and debugging: read-only views of what is on screen.
  window.faktograf = {
    state: () => store.get(),
    edgeProgram: (id: string) => renderer.getEdgeDisplayData(id)?.type ?? null,
    nodeViewportPosition: (id: string) => {
      const data = renderer.getNodeDisplayData(id);
      return data ? renderer.framedGraphToViewport(data) : null;
    },
    nodeLook: (id: string) =>
      graphs.drawn().hasNode(id) ? { color: graphs.drawn().getNodeAttribute(id, 'color'), size: graphs.drawn().getNodeAttribute(id, 'size') } : null,
    edgeLook: (id: string) =>
      graphs.drawn().hasEdge(id) ? { color: graphs.drawn().getEdgeAttribute(id, 'color'), size: graphs.drawn().getEdgeAttribute(id, 'size') } : null,
    drawnLabels: () => labels?.drawn() ?? [],
    drawnClaims: () => claims?.drawn() ?? [],
  };

  return () => {
    later.cancel();
    delete document.body.dataset.panels;
    resizes.disconnect();
    for (const cleanup of cleanups.reverse()) cleanup();
    layout.destroy();
    camera.destroy();
    display.destroy();
    graphs.destroy();
    emphasisLayer?.destroy();
    labels?.destroy();
    claims?.destroy();
    renderer.kill();
    delete window.faktograf;
  };
}

/** Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y anywhere but in a text field, where they edit the text. */
function bindUndoKeys(undo: UndoHistory): () => void {
  const onKey = (e: KeyboardEvent) => {
    const action = undoKey(e);
    const target = e.target as HTMLElement | null;
    const typing =
      target instanceof HTMLTextAreaElement ||
      target?.isContentEditable ||
      (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type));
    if (!action || typing) return;
    e.preventDefault();
    if (action === 'undo') undo.undo();
    else undo.redo();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

declare global {
  interface Window {
    faktograf?: {
      state(): ViewState;
      nodeViewportPosition(id: string): { x: number; y: number } | null;
      /** The render program drawing an edge (`undirected*` ones draw no arrowhead). */
      edgeProgram(id: string): string | null;
      /** The colour and size a node or edge is drawn with (the appearance choice). */
      nodeLook(id: string): { color: string; size: number } | null;
      edgeLook(id: string): { color: string; size: number } | null;
      /** The node labels of the last frame, with their boxes in viewport pixels (small graphs). */
      drawnLabels(): Array<{ key: string; text: string; x: number; y: number; width: number; height: number }>;
      /** The claim layer's links of the last frame: claimant -> relation. */
      drawnClaims(): Array<{ claimant: string; edge: string }>;
    };
  }
}

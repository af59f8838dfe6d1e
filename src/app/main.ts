// Entry point: load the built knowledge base and mount the explorer; on failure keep the
// interface up with a clear message, so a file can still be opened. The article dialog
// lives here, beside the mounted app: a draft it makes is mounted in the knowledge
// base's place, and discarding it mounts the knowledge base again.
import './styles.css';
import './article.css';
import { MultiDirectedGraph } from '../model/graph.ts';
import { mountApp } from './app.ts';
import { createExtraction } from './controllers/extraction.ts';
import { makeDataset } from './core/dataset.ts';
import { count } from './core/grammar.ts';
import { t } from './core/i18n.ts';
import { loadBuilt, loadFile, loadOverview } from './core/load.ts';
import { isLargeGraph } from './core/scale.ts';
import { drawPreview } from './controllers/preview.ts';
import { STAGE_PADDING } from './controllers/renderer.ts';
import type { Dataset, KnowledgeGraphData, ViewState } from './core/types.ts';
import { byId } from './dom.ts';
import { isTextFile, mountArticlePanel, type ArticlePanel } from './panels/article.ts';
import { bindFileDrop } from './panels/file-drop.ts';
import { loadingNotice } from './panels/loading.ts';
import { showMessage } from './panels/status.ts';
import { claimVocabularies } from './core/claim-attributes.ts';

let unmount: (() => void) | null = null;
/** The built knowledge base, once loaded: what articles are extracted against and merged into. */
let knowledgeBase: Dataset | null = null;
let articles: ArticlePanel | null = null;
const currentLang = () => window.faktograf?.state().lang ?? 'pl';

function emptyDataset(): Dataset {
  const graph: KnowledgeGraphData = new MultiDirectedGraph();
  graph.replaceAttributes({ name: '', ontology: { entityTypes: {}, relationTypes: {}, ...claimVocabularies() }, sources: [], conflicts: [], series: [] });
  return makeDataset(graph, [], null);
}

function show(dataset: Dataset, urlState: boolean, initial: Partial<ViewState> = {}): void {
  unmount?.();
  unmount = mountApp(dataset, {
    urlState,
    openFile: (file) => void openFile(file),
    closeFile,
    // Articles join the knowledge base (or its draft), never an opened graph file.
    openArticle: articles && !dataset.fileName ? () => articles?.open(currentLang()) : null,
    discardDraft,
    initial,
  });
  document.body.dataset.ready = dataset.fileName ? 'file' : dataset.article ? 'draft' : 'kb';
}

/** A draft replaces the view (not shareable: it lives in this page only) and opens on its article. */
function showDraft(dataset: Dataset): void {
  const lang = currentLang();
  history.replaceState(null, '', location.pathname);
  show(dataset, false, { lang, source: dataset.article?.source ?? null });
}

function discardDraft(): void {
  if (knowledgeBase) show(knowledgeBase, true, { lang: currentLang() });
}

async function openFile(file: File): Promise<void> {
  const status = byId('status');
  try {
    const dataset = await loadFile(file);
    // The view starts afresh on the file, in the language the user was reading.
    const lang = currentLang();
    history.replaceState(null, '', location.pathname);
    show(dataset, false, { lang });
    const read = t(lang, 'fileRead')
      .replace('{file}', file.name)
      .replace('{nodes}', count(lang, 'nodes', dataset.graph.order))
      .replace('{edges}', count(lang, 'edges', dataset.graph.size));
    const warnings = dataset.warnings ?? [];
    // Warnings stay until dismissed (an info message fades): the importer's own words, under a heading in the UI's language.
    if (warnings.length) showMessage(status, `${read}. ${t(lang, 'fileWarnings')}: ${warnings.join(' · ')}`, 'warning');
    else showMessage(status, read, 'info');
  } catch (e) {
    showMessage(status, (e as Error).message, 'error');
  }
}

function closeFile(): void {
  location.assign(location.pathname);
}

/**
 * A large knowledge base is drawn from overview.json while graph.json loads, for the
 * default view only: a link that sets filters, sizes or the camera would not match it.
 */
function startPreview(container: HTMLElement, isMounted: () => boolean): () => void {
  let remove: (() => void) | null = null;
  if ([...new URLSearchParams(location.search).keys()].every((key) => key === 'lang')) {
    void loadOverview('data/').then((overview) => {
      if (!overview || isMounted() || !isLargeGraph(overview.nodes.x.length, overview.edges.source.length)) return;
      remove = drawPreview(container, overview, STAGE_PADDING);
      if (remove) container.dataset.drawn = 'preview';
    });
  }
  return () => remove?.();
}

async function start(): Promise<void> {
  const notice = loadingNotice(byId('status'), new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'pl');
  let mounted = false;
  const removePreview = startPreview(byId('graph'), () => mounted);
  // Right before the explorer mounts, whatever it shows: no notice, no preview.
  const stopLoading = () => {
    notice.done();
    mounted = true;
    removePreview();
  };
  try {
    knowledgeBase = await loadBuilt('data/', notice.progress);
    articles = mountArticlePanel(createExtraction(knowledgeBase), showDraft);
    await notice.drawing(knowledgeBase.graph.order, knowledgeBase.graph.size);
    stopLoading();
    show(knowledgeBase, true);
  } catch (e) {
    stopLoading();
    show(emptyDataset(), false);
    showMessage(byId('status'), `Could not load the knowledge base (${(e as Error).message}). Open a GEXF, GraphML or JSON file instead.`, 'error');
  }
}

window.addEventListener('error', (e) => showMessage(byId('status'), `Unexpected error: ${e.message}`, 'error'));
window.addEventListener('unhandledrejection', (e) =>
  showMessage(byId('status'), `Unexpected error: ${String((e.reason as Error)?.message ?? e.reason)}`, 'error'),
);
bindFileDrop(
  document.body,
  () => t(currentLang(), 'dropHint'),
  (file) => {
    if (isTextFile(file) && articles) articles.open(currentLang(), file);
    else void openFile(file);
  },
);
void start();

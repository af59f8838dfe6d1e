// Entry point: load the built knowledge base and mount the explorer; on failure keep the
// interface up with a clear message, so a file can still be opened.
import './styles.css';
import { MultiDirectedGraph } from 'graphology';
import { mountApp } from './app.ts';
import { makeDataset } from './core/dataset.ts';
import { t } from './core/i18n.ts';
import { loadBuilt, loadFile } from './core/load.ts';
import type { Dataset, KnowledgeGraphData } from './core/types.ts';
import { byId } from './dom.ts';
import { bindFileDrop } from './panels/file-drop.ts';
import { showMessage } from './panels/status.ts';

let unmount: (() => void) | null = null;

function emptyDataset(): Dataset {
  const graph: KnowledgeGraphData = new MultiDirectedGraph();
  graph.replaceAttributes({ name: '', ontology: { entityTypes: {}, relationTypes: {}, certainty: {} }, sources: [] });
  return makeDataset(graph, [], null);
}

function show(dataset: Dataset, urlState: boolean): void {
  unmount?.();
  unmount = mountApp(dataset, { urlState, openFile: (file) => void openFile(file), closeFile });
  document.body.dataset.ready = dataset.fileName ? 'file' : 'kb';
}

async function openFile(file: File): Promise<void> {
  const status = byId('status');
  try {
    const dataset = await loadFile(file);
    history.replaceState(null, '', location.pathname);
    show(dataset, false);
    showMessage(status, `${file.name}: ${dataset.graph.order} nodes, ${dataset.graph.size} edges`, 'info');
  } catch (e) {
    showMessage(status, (e as Error).message, 'error');
  }
}

function closeFile(): void {
  location.assign(location.pathname);
}

async function start(): Promise<void> {
  try {
    show(await loadBuilt(), true);
  } catch (e) {
    show(emptyDataset(), false);
    showMessage(byId('status'), `Could not load the knowledge base (${(e as Error).message}). Open a GEXF, GraphML or JSON file instead.`, 'error');
  }
}

window.addEventListener('error', (e) => showMessage(byId('status'), `Unexpected error: ${e.message}`, 'error'));
window.addEventListener('unhandledrejection', (e) => showMessage(byId('status'), `Unexpected error: ${String((e.reason as Error)?.message ?? e.reason)}`, 'error'));
bindFileDrop(document.body, () => t(window.faktograf?.state().lang ?? 'pl', 'dropHint'), (file) => void openFile(file));
void start();

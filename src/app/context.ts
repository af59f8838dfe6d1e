// What every panel receives: the dataset, the store, the controllers, and the few
// actions that span several of them.
import type { KnowledgeGraph } from '../query/index.ts';
import type { CameraController } from './controllers/camera.ts';
import type { Display } from './controllers/display.ts';
import type { GraphController } from './controllers/graph.ts';
import type { LayoutController } from './controllers/layout.ts';
import type { Renderer } from './controllers/renderer.ts';
import { pick } from './core/i18n.ts';
import type { Store } from './core/store.ts';
import type { Dataset, Selection, ViewState } from './core/types.ts';
import type { ComboOption } from './panels/combobox.ts';

export type MessageKind = 'info' | 'warning' | 'error';

export interface AppContext {
  dataset: Dataset;
  store: Store<ViewState>;
  graphs: GraphController;
  display: Display;
  renderer: Renderer;
  camera: CameraController;
  layout: LayoutController;
  /** Name lookup over the whole dataset, hidden entities included. */
  entities: KnowledgeGraph;
  select(selection: Selection, opts?: { focus?: boolean }): void;
  message(text: string, kind?: MessageKind): void;
  openFile(file: File): void;
  closeFile(): void;
  /** Opens the article dialog; null where there is no knowledge base to extract against. */
  openArticle: (() => void) | null;
  /** Back to the knowledge base without the draft. */
  discardDraft(): void;
}

/** Autocomplete options for entities, labelled in the current language. */
export function entityOptions(ctx: AppContext, text: string, limit = 8): ComboOption[] {
  const { graph } = ctx.dataset;
  const lang = ctx.store.get().lang;
  const { entityTypes } = graph.getAttribute('ontology');
  return ctx.entities.searchEntities(text, limit).map((hit) => {
    const attrs = graph.getNodeAttributes(hit.id);
    const label = pick(attrs.name, lang) || attrs.label;
    const detail = hit.matched && hit.matched !== label && hit.kind !== 'id' ? hit.matched : pick(entityTypes[attrs.entityType]?.label, lang);
    return { id: hit.id, label, detail, color: entityTypes[attrs.entityType]?.color ?? attrs.color };
  });
}

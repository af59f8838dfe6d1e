// The search box: autocomplete over names and aliases in both languages; choosing a
// result selects the entity and brings the camera to it.
import { entityOptions, type AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import { createCombobox } from './combobox.ts';

/** Inputs types where `/` is typed rather than a shortcut. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

/** Where a typed `/` is text: a text input, a text area, an editable element. Checkboxes, buttons and the graph are not. */
function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) && !target.readOnly;
  return target instanceof HTMLElement && target.isContentEditable;
}

export function mountSearch(container: HTMLElement, ctx: AppContext): () => void {
  const render = () => {
    const lang = ctx.store.get().lang;
    const combo = createCombobox({
      id: 'search-input',
      label: t(lang, 'searchLabel'),
      placeholder: t(lang, 'search'),
      emptyText: t(lang, 'noResults'),
      search: (text) => entityOptions(ctx, text),
      onChoose: (option) => ctx.select({ kind: 'node', id: option.id }, { focus: true }),
    });
    container.replaceChildren(combo.root);
  };
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => s.lang !== prev.lang && render());
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextField(target)) {
      e.preventDefault();
      container.querySelector('input')?.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
    container.replaceChildren();
  };
}

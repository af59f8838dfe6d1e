// The search box: autocomplete over names and aliases in both languages; choosing a
// result selects the entity and brings the camera to it.
import { entityOptions, type AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import { createCombobox } from './combobox.ts';

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
    if (e.key === '/' && !(target instanceof HTMLInputElement) && !(target instanceof HTMLSelectElement)) {
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

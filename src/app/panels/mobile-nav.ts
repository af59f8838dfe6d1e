// On a phone the side panels collapse: a tab bar opens one at a time as a sheet over
// the graph, and selecting something opens its details.
import type { AppContext } from '../context.ts';
import { t, type StringKey } from '../core/i18n.ts';
import { el } from '../dom.ts';

type View = 'graph' | 'filters' | 'details' | 'source';
const TABS: Array<[View, StringKey]> = [
  ['graph', 'graph'],
  ['filters', 'filters'],
  ['details', 'details'],
  ['source', 'sourceTab'],
];

export function mountMobileNav(container: HTMLElement, app: HTMLElement, ctx: AppContext): () => void {
  const setView = (view: View) => {
    app.dataset.view = view;
    for (const b of container.querySelectorAll<HTMLButtonElement>('button')) b.setAttribute('aria-pressed', String(b.dataset.view === view));
  };
  const render = () => {
    const lang = ctx.store.get().lang;
    container.replaceChildren(
      ...TABS.map(([view, key]) =>
        el('button', {
          className: 'tab',
          text: t(lang, key),
          attrs: { type: 'button', 'data-view': view, 'aria-pressed': 'false' },
          on: { click: () => setView(app.dataset.view === view && view !== 'graph' ? 'graph' : view) },
        }),
      ),
    );
    setView((app.dataset.view as View | undefined) ?? 'graph');
  };
  render();
  if (ctx.store.get().selection) setView('details');
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render();
    if (s.selection && s.selection !== prev.selection && app.dataset.view !== 'source') setView('details');
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

// Skip links, first in the tab order: to search, the graph, details and the source text.
// On a phone a panel behind the tab bar is opened first.
import type { AppContext } from '../context.ts';
import { t, type StringKey } from '../core/i18n.ts';
import { el } from '../dom.ts';

const LINKS: Array<[target: string, key: StringKey, view: string]> = [
  ['search-input', 'skipSearch', 'graph'],
  ['graph', 'skipGraph', 'graph'],
  ['details-panel', 'skipDetails', 'details'],
  ['source-panel', 'skipSource', 'source'],
];

/** Shows `target` (a phone's tab bar opens its sheet) and moves the focus there. */
export function revealAndFocus(target: HTMLElement, view: string): void {
  if (target.getClientRects().length === 0) document.querySelector<HTMLButtonElement>(`#mobile-nav button[data-view="${view}"]`)?.click();
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

export function mountSkipLinks(container: HTMLElement, ctx: AppContext): () => void {
  const render = () => {
    const lang = ctx.store.get().lang;
    container.setAttribute('aria-label', t(lang, 'skipLinks'));
    container.replaceChildren(
      ...LINKS.map(([id, key, view]) =>
        el('a', {
          className: 'skip-link',
          text: t(lang, key),
          attrs: { href: `#${id}` },
          on: {
            click: (e) => {
              const target = document.getElementById(id);
              if (!target) return;
              e.preventDefault();
              revealAndFocus(target, view);
            },
          },
        }),
      ),
    );
  };
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => s.lang !== prev.lang && render());
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

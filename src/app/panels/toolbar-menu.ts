// On a phone the toolbar folds into a menu: a "⋯" button opens every tool as a list, so
// whatever the toolbar holds (tools added later included) is reachable, never scrolled
// out of sight. Wide screens hide the button and show the toolbar as it is.
import type { AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import { el } from '../dom.ts';

export function mountToolbarMenu(toolbar: HTMLElement, ctx: AppContext): () => void {
  const button = el('button', {
    className: 'tool toolbar-menu-button',
    text: '⋯',
    attrs: { type: 'button', id: 'toolbar-menu-button', 'aria-expanded': 'false', 'aria-controls': toolbar.id },
  });
  toolbar.before(button);
  const previousLabel = toolbar.getAttribute('aria-label');
  const label = () => {
    const lang = ctx.store.get().lang;
    button.setAttribute('aria-label', t(lang, 'toolsMenu'));
    button.title = t(lang, 'toolsMenu');
    toolbar.setAttribute('aria-label', t(lang, 'tools'));
  };
  label();
  toolbar.setAttribute('role', 'region');

  const isOpen = () => toolbar.classList.contains('is-open');
  const setOpen = (open: boolean, focusButton = false) => {
    toolbar.classList.toggle('is-open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open) toolbar.querySelector<HTMLElement>('button:not([disabled]), select, input:not([type="file"])')?.focus();
    else if (focusButton) button.focus();
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  // An action closes the menu; a choice within a group (language, size) keeps it open.
  const onToolbarClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (isOpen() && target.closest('button.tool')) setOpen(false);
  };
  const onDocumentPointer = (e: PointerEvent) => {
    if (isOpen() && !toolbar.contains(e.target as Node) && !button.contains(e.target as Node)) setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && isOpen()) {
      e.stopPropagation();
      setOpen(false, true);
    }
  };
  toolbar.addEventListener('click', onToolbarClick);
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onDocumentPointer);
  const unsubscribe = ctx.store.subscribe((s, prev) => s.lang !== prev.lang && label());
  return () => {
    unsubscribe();
    toolbar.removeEventListener('click', onToolbarClick);
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('pointerdown', onDocumentPointer);
    toolbar.classList.remove('is-open');
    toolbar.removeAttribute('role');
    if (previousLabel) toolbar.setAttribute('aria-label', previousLabel);
    else toolbar.removeAttribute('aria-label');
    button.remove();
  };
}

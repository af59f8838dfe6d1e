// The graph as a keyboard control: focusable, described, arrow keys step the selection to
// the neighbour that lies that way on screen, Enter opens its details, Escape clears it;
// each step is announced in a live region.
import type { AppContext } from '../context.ts';
import { ARROW_KEYS, neighbourInDirection, type ScreenPoint } from '../core/direction.ts';
import { count } from '../core/grammar.ts';
import { pick, t } from '../core/i18n.ts';
import { entityLabel } from '../core/relations.ts';
import { el } from '../dom.ts';
import { revealAndFocus } from '../panels/skip-links.ts';

export function bindGraphKeyboard(container: HTMLElement, ctx: AppContext): () => void {
  const { renderer, graphs, store } = ctx;
  const help = el('p', { className: 'visually-hidden', attrs: { id: 'graph-help' } });
  const live = el('div', { className: 'visually-hidden', attrs: { id: 'graph-announcer', 'aria-live': 'polite', 'aria-atomic': 'true' } });
  container.after(help, live);
  const previous = { role: container.getAttribute('role'), label: container.getAttribute('aria-label') };
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-describedby', 'graph-help');
  const label = () => {
    const lang = store.get().lang;
    container.setAttribute('aria-label', t(lang, 'graphLabel'));
    help.textContent = t(lang, 'graphHelp');
  };
  label();

  const viewport = (id: string): { x: number; y: number } | null => {
    const data = renderer.getNodeDisplayData(id);
    return data && !data.hidden ? renderer.framedGraphToViewport(data) : null;
  };
  const announce = (text: string) => {
    // The same words twice are still read: the region is emptied first.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  };
  const describe = (id: string) => {
    const drawn = graphs.drawn();
    const lang = store.get().lang;
    const type = drawn.getAttribute('ontology').entityTypes[drawn.getNodeAttribute(id, 'entityType')];
    return [entityLabel(drawn, id, lang), pick(type?.label, lang), count(lang, 'relations', drawn.degree(id))].filter(Boolean).join(', ');
  };
  /** Where the keyboard starts: the selected entity, a selected relation's source, else the most central entity. */
  const current = (): string | null => {
    const drawn = graphs.drawn();
    const sel = store.get().selection;
    if (sel?.kind === 'node' && drawn.hasNode(sel.id)) return sel.id;
    if (sel?.kind === 'edge' && drawn.hasEdge(sel.id)) return drawn.source(sel.id);
    return null;
  };
  const mostCentral = (): string | null => {
    let best: string | null = null;
    let score = -1;
    graphs.drawn().forEachNode((id, a) => {
      const s = a.pagerank > 0 ? a.pagerank : a.degree;
      if (s > score) [best, score] = [id, s];
    });
    return best;
  };
  const go = (id: string) => {
    ctx.select({ kind: 'node', id });
    const at = viewport(id);
    const { width, height } = renderer.getDimensions();
    if (!at || at.x < 0 || at.y < 0 || at.x > width || at.y > height) ctx.camera.focusNode(id);
    announce(describe(id));
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.target !== container || e.altKey || e.ctrlKey || e.metaKey) return;
    const lang = store.get().lang;
    const direction = ARROW_KEYS[e.key];
    if (direction) {
      e.preventDefault();
      const from = current();
      if (!from) {
        const start = mostCentral();
        if (start) go(start);
        else announce(t(lang, 'emptyGraph'));
        return;
      }
      const origin = viewport(from);
      const drawn = graphs.drawn();
      const candidates: ScreenPoint[] = [];
      for (const n of drawn.neighbors(from)) {
        const p = viewport(n);
        if (p) candidates.push({ id: n, ...p });
      }
      const next = origin ? neighbourInDirection(origin, candidates, direction) : null;
      if (next) go(next);
      else announce(t(lang, 'noNeighbour'));
    } else if (e.key === 'Enter' && store.get().selection) {
      e.preventDefault();
      revealAndFocus(document.getElementById('details-panel')!, 'details');
    } else if (e.key === 'Escape' && store.get().selection) {
      e.preventDefault();
      store.set({ selection: null });
      announce(t(lang, 'selectionCleared'));
    }
  };
  container.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((s, prev) => s.lang !== prev.lang && label());
  return () => {
    unsubscribe();
    container.removeEventListener('keydown', onKey);
    container.removeAttribute('tabindex');
    container.removeAttribute('aria-describedby');
    if (previous.role) container.setAttribute('role', previous.role);
    if (previous.label) container.setAttribute('aria-label', previous.label);
    help.remove();
    live.remove();
  };
}

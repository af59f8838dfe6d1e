// The view panel, atop the sidebar: what is shown (counts that follow every filter), undo
// and redo, hiding entities without relations, the neighbourhood of the selection (1, 2
// or 3 hops, or the whole graph), the data table, and saving or opening the view as a file.
import type { AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import { HOPS, neighbourhoodAround } from '../core/neighbourhood.ts';
import type { UndoHistory } from '../core/undo.ts';
import { hopsLabel } from '../core/view-summary.ts';
import { el } from '../dom.ts';
import type { TablePanel } from './table.ts';
import { saveWorkspace, workspaceInput } from './workspace.ts';

/**
 * Brings what is drawn into view: the graph keeps the whole dataset's frame (filtering
 * must not move what stays), so a neighbourhood would otherwise be a knot in the middle.
 */
function fitDrawn(ctx: AppContext): void {
  ctx.renderer.refresh();
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  ctx.graphs.drawn().forEachNode((node) => {
    const d = ctx.renderer.getNodeDisplayData(node);
    if (!d) return;
    [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
  });
  if (!Number.isFinite(x0)) return;
  const ratio = Math.min(1, Math.max(FIT_MIN_RATIO, Math.max(x1 - x0, y1 - y0) * FIT_MARGIN));
  void ctx.renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
}

/** Room around a fitted neighbourhood (for its labels), and how far a fit may zoom in. */
const FIT_MARGIN = 1.5;
const FIT_MIN_RATIO = 0.15;

export function mountViewPanel(container: HTMLElement, ctx: AppContext, undo: UndoHistory, table: TablePanel): () => void {
  const input = workspaceInput(ctx);

  const setHops = (hops: number) => {
    const { selection, neighbourhood } = ctx.store.get();
    // From the selection when there is one (expanding from where the user is), else around the same entities.
    const around = selection ? neighbourhoodAround(ctx.dataset.graph, selection) : (neighbourhood?.around ?? []);
    if (!around.length) return;
    ctx.store.set({ neighbourhood: { around, hops } });
    fitDrawn(ctx);
  };

  const render = () => {
    const { lang, selection, neighbourhood, hideOrphans } = ctx.store.get();
    const drawn = ctx.graphs.drawn();
    const { graph } = ctx.dataset;
    const button = (id: string, text: string, title: string, onClick: () => void, extra: Record<string, string> = {}) =>
      el('button', { className: 'tool', text, attrs: { type: 'button', id, title, 'aria-label': title, ...extra }, on: { click: onClick } });
    const canCentre = selection !== null || neighbourhood !== null;
    const orphans = el('input', { attrs: { type: 'checkbox', id: 'hide-orphans' }, on: { change: () => ctx.store.set({ hideOrphans: orphans.checked }) } });
    orphans.checked = hideOrphans;
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.id : '';
    container.replaceChildren(
      el('div', { className: 'panel-header' }, [
        el('h2', { className: 'panel-title', text: t(lang, 'graph') }),
        el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': t(lang, 'history') } }, [
          button('undo', '↶', t(lang, 'undoTitle'), () => undo.undo(), undo.canUndo() ? {} : { disabled: '' }),
          button('redo', '↷', t(lang, 'redoTitle'), () => undo.redo(), undo.canRedo() ? {} : { disabled: '' }),
        ]),
      ]),
      el('p', {
        className: 'shown-counts',
        attrs: { id: 'shown-counts', 'aria-live': 'polite' },
        text: t(lang, 'shownCounts')
          .replace('{nodes}', String(drawn.order))
          .replace('{allNodes}', String(graph.order))
          .replace('{edges}', String(drawn.size))
          .replace('{allEdges}', String(graph.size)),
      }),
      el('label', { className: 'legend-row' }, [orphans, el('span', { className: 'legend-label', text: t(lang, 'hideOrphans') })]),
      el('div', { className: 'view-row', attrs: { role: 'group', 'aria-labelledby': 'neighbourhood-label' } }, [
        el('span', { className: 'view-label', text: t(lang, 'neighbourhood'), attrs: { id: 'neighbourhood-label', title: t(lang, 'neighbourhoodHint') } }),
        el(
          'div',
          { className: 'segmented' },
          HOPS.map((hops) =>
            el('button', {
              className: 'seg',
              text: String(hops),
              attrs: {
                type: 'button',
                id: `hops-${hops}`,
                'data-hops': String(hops),
                title: `${t(lang, 'neighbourhoodHint')}: ${hopsLabel(hops, lang)}`,
                'aria-label': hopsLabel(hops, lang),
                'aria-pressed': String(neighbourhood?.hops === hops),
                ...(canCentre ? {} : { disabled: '' }),
              },
              on: { click: () => setHops(hops) },
            }),
          ),
        ),
        neighbourhood
          ? el('button', {
              className: 'link-button',
              text: t(lang, 'leaveNeighbourhood'),
              attrs: { type: 'button', id: 'leave-neighbourhood' },
              on: {
                click: () => {
                  ctx.store.set({ neighbourhood: null });
                  void ctx.renderer.getCamera().animatedReset({ duration: 400 });
                },
              },
            })
          : null,
      ]),
      el('div', { className: 'tool-group view-tools' }, [
        button('table-toggle', `▦ ${t(lang, 'table')}`, t(lang, 'tableTitle'), () => table.toggle(), {
          'aria-expanded': String(table.isOpen()),
          'aria-controls': 'table-panel',
        }),
        button('save-view', t(lang, 'saveWorkspace'), t(lang, 'saveWorkspaceTitle'), () => saveWorkspace(ctx)),
        button('open-view', t(lang, 'openWorkspace'), t(lang, 'openWorkspaceTitle'), () => input.click()),
      ]),
      input,
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  render();
  const offs = [
    ctx.graphs.onChange(render),
    undo.onChange(render),
    table.onChange(render),
    ctx.store.subscribe(
      (s, p) => (s.lang !== p.lang || s.selection !== p.selection || s.neighbourhood !== p.neighbourhood || s.hideOrphans !== p.hideOrphans) && render(),
    ),
  ];
  return () => {
    for (const off of offs) off();
    container.replaceChildren();
  };
}

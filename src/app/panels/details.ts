// The details panel shows the selected entity or relation, or a hint when none is.
import type { AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import { el } from '../dom.ts';
import { renderEntity } from './entity.ts';
import { renderRelation } from './relation.ts';
import { entityButton } from './relation-parts.ts';
import { entityLabel } from '../core/relations.ts';
import { conflictSection, seriesSection } from './story.ts';

/** With nothing selected: what is drawn in numbers (of the whole dataset) and its most central entities. */
function overview(ctx: AppContext): HTMLElement[] {
  const { lang } = ctx.store.get();
  const { graph, sources } = ctx.dataset;
  const drawn = ctx.graphs.drawn();
  const ofAll = (shown: number, all: number) => (shown === all ? String(all) : `${shown} / ${all}`);
  const central = drawn
    .nodes()
    .sort((a, b) => centrality(graph, b) - centrality(graph, a) || (a < b ? -1 : 1))
    .slice(0, 8);
  return [
    el('h2', { className: 'panel-title', text: t(lang, 'details') }),
    el('p', { className: 'hint', text: t(lang, 'detailsHint') }),
    el(
      'dl',
      { className: 'stats' },
      [
        [ofAll(drawn.order, graph.order), t(lang, 'entitiesLabel')],
        [ofAll(drawn.size, graph.size), t(lang, 'relationsLabel')],
        [String(sources.size), t(lang, 'sources')],
      ].flatMap(([n, label]) => [el('dt', { text: String(n) }), el('dd', { text: String(label) })]),
    ),
    central.length
      ? el('section', { className: 'detail-section' }, [
          el('h3', { className: 'panel-subtitle', text: t(lang, 'central') }),
          el(
            'ol',
            { className: 'central-list' },
            central.map((id) => el('li', {}, [entityButton(ctx, id, entityLabel(graph, id, lang))])),
          ),
        ])
      : null,
    conflictSection(ctx),
    seriesSection(ctx),
  ].filter((x): x is HTMLElement => x !== null);
}

const centrality = (graph: AppContext['dataset']['graph'], id: string) => {
  const a = graph.getNodeAttributes(id);
  return a.pagerank > 0 ? a.pagerank : a.degree;
};

export function mountDetails(container: HTMLElement, ctx: AppContext): () => void {
  const render = () => {
    const { selection, lang } = ctx.store.get();
    const body =
      selection?.kind === 'node' ? renderEntity(ctx, selection.id) : selection?.kind === 'edge' ? renderRelation(ctx, selection.id, selection.evidence) : [];
    container.dataset.selection = selection ? `${selection.kind}:${selection.id}` : '';
    container.replaceChildren(
      ...(body.length
        ? [
            el('button', {
              className: 'icon-button close',
              text: '×',
              attrs: { type: 'button', 'aria-label': t(lang, 'close') },
              on: { click: () => ctx.store.set({ selection: null }) },
            }),
            ...body,
          ]
        : overview(ctx)),
    );
    container.scrollTop = 0;
  };
  render();
  const offs = [
    ctx.store.subscribe(
      (s, prev) =>
        (s.selection !== prev.selection || s.lang !== prev.lang || s.filters !== prev.filters || s.asOf !== prev.asOf || s.period !== prev.period) && render(),
    ),
    // The overview counts and ranks what is drawn: a neighbourhood or hidden orphans change it too.
    ctx.graphs.onChange(() => !ctx.store.get().selection && render()),
  ];
  return () => {
    offs.forEach((off) => off());
    container.replaceChildren();
  };
}

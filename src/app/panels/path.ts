// The path finder: two entities in, the shortest path (over what is drawn) highlighted
// on the graph and listed step by step.
import { entityOptions, type AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { entityLabel } from '../core/relations.ts';
import { el } from '../dom.ts';
import { createCombobox } from './combobox.ts';
import { entityButton } from './relation-parts.ts';

export function mountPath(container: HTMLElement, ctx: AppContext): () => void {
  const ends: { from: string | null; to: string | null } = { from: ctx.store.get().path?.from ?? null, to: ctx.store.get().path?.to ?? null };

  const resultList = (): HTMLElement => {
    const lang = ctx.store.get().lang;
    const path = ctx.display.path();
    container.dataset.pathLength = path ? String(path.edges.length) : '';
    if (!ctx.store.get().path) return el('p', { className: 'hint', text: t(lang, 'pathHint') });
    if (!path) return el('p', { className: 'note', text: t(lang, 'noPath'), attrs: { role: 'status' } });
    const graph = ctx.graphs.drawn();
    const { relationTypes } = graph.getAttribute('ontology');
    const items: HTMLElement[] = [];
    path.nodes.forEach((node, i) => {
      items.push(el('li', { className: 'path-node' }, [entityButton(ctx, node, entityLabel(graph, node, lang))]));
      const edge = path.edges[i];
      if (!edge) return;
      const a = graph.getEdgeAttributes(edge);
      const forward = graph.source(edge) === node;
      items.push(
        el('li', { className: 'path-edge' }, [
          el('button', {
            className: 'link-button',
            text: `${forward ? '↓' : '↑'} ${pick(relationTypes[a.relationType]?.label, lang) || a.label}`,
            attrs: { type: 'button', 'data-edge': edge },
            on: { click: () => ctx.select({ kind: 'edge', id: edge, evidence: 0 }) },
          }),
        ]),
      );
    });
    return el('ol', { className: 'path-list', attrs: { id: 'path-result' } }, items);
  };

  const end = (key: 'from' | 'to') => {
    const lang = ctx.store.get().lang;
    const combo = createCombobox({
      id: `path-${key}`,
      label: t(lang, key === 'from' ? 'pathFrom' : 'pathTo'),
      placeholder: t(lang, key === 'from' ? 'pathFrom' : 'pathTo'),
      emptyText: t(lang, 'noResults'),
      keepChoice: true,
      search: (text) => entityOptions(ctx, text, 6),
      onChoose: (option) => {
        ends[key] = option.id;
        if (ends.from && ends.to) ctx.store.set({ path: { from: ends.from, to: ends.to }, selection: null });
      },
    });
    const id = ends[key];
    if (id) combo.setValue(entityLabel(ctx.dataset.graph, id, lang));
    return el('div', { className: 'path-end' }, [
      el('span', { className: 'path-end-label', text: t(lang, key === 'from' ? 'pathFrom' : 'pathTo'), attrs: { 'aria-hidden': 'true' } }),
      combo.root,
    ]);
  };

  const render = () => {
    const lang = ctx.store.get().lang;
    container.replaceChildren(
      el('div', { className: 'panel-header' }, [
        el('h2', { className: 'panel-title', text: t(lang, 'path') }),
        ctx.store.get().path || ends.from || ends.to
          ? el('button', {
              className: 'link-button',
              text: t(lang, 'clear'),
              attrs: { type: 'button', id: 'path-clear' },
              on: {
                click: () => {
                  ends.from = ends.to = null;
                  if (ctx.store.get().path) ctx.store.set({ path: null });
                  else render();
                },
              },
            })
          : null,
      ]),
      end('from'),
      end('to'),
      resultList(),
    );
  };
  render();
  const offs = [
    ctx.store.subscribe((s, prev) => {
      if (s.path !== prev.path) ({ from: ends.from, to: ends.to } = { from: s.path?.from ?? null, to: s.path?.to ?? null });
      if (s.path !== prev.path || s.lang !== prev.lang || s.filters !== prev.filters) render();
    }),
  ];
  return () => {
    offs.forEach((off) => off());
    container.replaceChildren();
  };
}

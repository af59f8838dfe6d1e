// Pieces shared by the entity and relation panels: certainty badges, qualifier rows,
// attribution, and buttons that select an entity or a relation.
import type { AppContext } from '../context.ts';
import { t } from '../core/i18n.ts';
import type { RelationItem } from '../core/relations.ts';
import type { KnowledgeGraphData } from '../core/types.ts';
import { el } from '../dom.ts';

/** The graph to read an item from: the drawn one, or the dataset when filters hide it. */
export function graphHolding(ctx: AppContext, kind: 'node' | 'edge', id: string): { graph: KnowledgeGraphData; hidden: boolean } | null {
  const drawn = ctx.graphs.drawn();
  if (kind === 'node' ? drawn.hasNode(id) : drawn.hasEdge(id)) return { graph: drawn, hidden: false };
  const all = ctx.dataset.graph;
  if (kind === 'node' ? all.hasNode(id) : all.hasEdge(id)) return { graph: all, hidden: true };
  return null;
}

export function certaintyBadge(certainty: string, label: string): HTMLElement | null {
  if (!label) return null;
  return el('span', { className: 'badge', text: label, attrs: { 'data-certainty': certainty } });
}

/** Marks what a draft brought and nobody has reviewed yet. */
export function draftBadge(ctx: AppContext, kind: 'node' | 'edge', id: string): HTMLElement | null {
  const marks = kind === 'node' ? ctx.dataset.drafts.nodes : ctx.dataset.drafts.edges;
  if (!marks.has(id)) return null;
  const lang = ctx.store.get().lang;
  return el('span', { className: 'badge draft-badge', text: t(lang, 'draftBadge'), attrs: { title: t(lang, 'draftBadgeTitle'), 'data-draft': kind } });
}

export function qualifierList(rows: Array<[string, string]>): HTMLElement | null {
  if (rows.length === 0) return null;
  return el('dl', { className: 'qualifiers' }, rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
}

export function attribution(ctx: AppContext, names: string[]): HTMLElement | null {
  if (names.length === 0) return null;
  return el('span', { className: 'attribution', text: `${t(ctx.store.get().lang, 'attributedTo')} ${names.join(', ')}` });
}

export function entityButton(ctx: AppContext, id: string, label: string): HTMLButtonElement {
  return el('button', {
    className: 'entity-link',
    text: label,
    attrs: { type: 'button', 'data-entity': id },
    on: { click: () => ctx.select({ kind: 'node', id }, { focus: true }) },
  });
}

/** One relation in an entity's list: the whole row selects the relation. */
export function relationRow(ctx: AppContext, item: RelationItem, arrow: string): HTMLElement {
  return el('li', {}, [
    el('button', {
      className: 'relation-row',
      attrs: { type: 'button', 'data-edge': item.edge },
      on: { click: () => ctx.select({ kind: 'edge', id: item.edge, evidence: 0 }) },
    }, [
      el('span', { className: 'relation-target' }, [el('span', { className: 'arrow', text: arrow, attrs: { 'aria-hidden': 'true' } }), item.otherLabel]),
      el('span', { className: 'relation-meta' }, [
        draftBadge(ctx, 'edge', item.edge),
        certaintyBadge(item.certainty, item.certaintyLabel),
        attribution(ctx, item.attribution),
        ...item.qualifiers.map(([k, v]) => el('span', { className: 'chip', text: `${k}: ${v}` })),
      ]),
    ]),
  ]);
}

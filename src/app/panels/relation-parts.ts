// Pieces shared by the entity and relation panels: factuality and conflict badges,
// qualifier rows, claimants, and buttons that select an entity or a relation.
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

export function factualityBadge(ctx: AppContext, item: Pick<RelationItem, 'factuality' | 'factualityLabel' | 'negative'>): HTMLElement | null {
  if (!item.factualityLabel) return null;
  const text = item.negative ? `${item.factualityLabel} · ${t(ctx.store.get().lang, 'negative')}` : item.factualityLabel;
  return el('span', { className: 'badge', text, attrs: { 'data-factuality': item.factuality, ...(item.negative ? { 'data-polarity': 'negative' } : {}) } });
}

/** Marks a relation that another claim contradicts (the relation panel lists both sides). */
export function conflictBadge(ctx: AppContext, conflicts: readonly string[]): HTMLElement | null {
  if (conflicts.length === 0) return null;
  return el('span', {
    className: 'badge conflict-badge',
    text: `${t(ctx.store.get().lang, 'conflictBadge')}${conflicts.length > 1 ? ` ×${conflicts.length}` : ''}`,
    attrs: { 'data-conflicts': String(conflicts.length) },
  });
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
  return el(
    'dl',
    { className: 'qualifiers' },
    rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]),
  );
}

export function claimants(item: Pick<RelationItem, 'attribution'>): HTMLElement | null {
  if (!item.attribution) return null;
  return el('span', { className: 'attribution', text: item.attribution });
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
    el(
      'button',
      {
        className: 'relation-row',
        attrs: { type: 'button', 'data-edge': item.edge },
        on: { click: () => ctx.select({ kind: 'edge', id: item.edge, evidence: 0 }) },
      },
      [
        el('span', { className: 'relation-target' }, [el('span', { className: 'arrow', text: arrow, attrs: { 'aria-hidden': 'true' } }), item.otherLabel]),
        el('span', { className: 'relation-meta' }, [
          draftBadge(ctx, 'edge', item.edge),
          factualityBadge(ctx, item),
          conflictBadge(ctx, item.conflicts),
          claimants(item),
          ...item.qualifiers.map(([k, v]) => el('span', { className: 'chip', text: `${k}: ${v}` })),
        ]),
      ],
    ),
  ]);
}

// Legend and filters: what a draft brings (when one is shown), entity types and relation
// types with their colours and counts, factualities, claimants, numbers of independent
// outlets, outlets by name and sources, each a checkbox that shows or hides what it names.
import type { AppContext } from '../context.ts';
import { claimCounts } from '../core/claims.ts';
import { entityLabel } from '../core/relations.ts';
import { isFiltering } from '../core/filters.ts';
import { count as countText } from '../core/grammar.ts';
import { pick, t, type StringKey } from '../core/i18n.ts';
import { EMPTY_FILTERS, toggled } from '../core/store.ts';
import { outletNames } from '../core/story.ts';
import type { Filters } from '../core/types.ts';
import { el, swatch } from '../dom.ts';

interface Row {
  id: string;
  label: string;
  color?: string;
  /** Drawn dashed, as drafts are on the graph. */
  dashed?: boolean;
  count: number;
}

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Entities per type, relations per type and per source: one pass each. */
function counts(graph: AppContext['dataset']['graph']) {
  const nodeTypes = new Map<string, number>();
  const edgeTypes = new Map<string, number>();
  const bySource = new Map<string, number>();
  graph.forEachNode((_n, a) => count(nodeTypes, a.entityType));
  graph.forEachEdge((_e, a) => {
    count(edgeTypes, a.relationType);
    // A relation counts once per source, however many of its quotes come from there.
    a.evidence.forEach((e, i) => {
      if (!a.evidence.slice(0, i).some((f) => f.source === e.source)) count(bySource, e.source);
    });
  });
  return { nodeTypes, edgeTypes, bySource };
}

export function mountLegend(container: HTMLElement, ctx: AppContext): () => void {
  const { graph, sources, drafts } = ctx.dataset;
  const { entityTypes, relationTypes, factuality } = graph.getAttribute('ontology');
  const { nodeTypes, edgeTypes, bySource } = counts(graph);
  const claims = claimCounts(graph);
  const outletName = outletNames(sources.values());

  const group = (key: keyof Filters, title: StringKey, rows: Row[]) => {
    if (rows.length === 0) return null;
    const { lang, filters } = ctx.store.get();
    const hidden = filters[key];
    return el('fieldset', { className: 'legend-group', attrs: { 'data-filter': key } }, [
      el('legend', { className: 'panel-subtitle', text: t(lang, title) }),
      ...rows.map((row) => {
        const box = el('input', {
          attrs: { type: 'checkbox', 'data-id': row.id },
          on: { change: () => ctx.store.set({ filters: { ...ctx.store.get().filters, [key]: toggled(ctx.store.get().filters[key], row.id) } }) },
        });
        box.checked = !hidden.includes(row.id);
        return el('label', { className: `legend-row${box.checked ? '' : ' is-off'}` }, [
          box,
          row.color ? swatch(row.color) : null,
          row.dashed ? el('span', { className: 'swatch draft-swatch', attrs: { 'aria-hidden': 'true' } }) : null,
          el('span', { className: 'legend-label', text: row.label }),
          el('span', { className: 'legend-count', text: String(row.count) }),
        ]);
      }),
    ]);
  };

  const render = () => {
    const { lang, filters } = ctx.store.get();
    // Re-rendering replaces the checkboxes: keep keyboard focus where it was.
    const focused =
      document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
        ? `[data-filter="${document.activeElement.closest('fieldset')?.dataset.filter}"] input[data-id="${CSS.escape(document.activeElement.dataset.id ?? '')}"]`
        : null;
    const known = <T>(defs: Record<string, T>, counts: Map<string, number>) => [
      ...Object.keys(defs).filter((k) => counts.has(k)),
      ...[...counts.keys()].filter((k) => !(k in defs)),
    ];
    const groups = [
      el('div', { className: 'panel-header' }, [
        el('h2', { className: 'panel-title', text: t(lang, 'filters') }),
        isFiltering(filters)
          ? el('button', {
              className: 'link-button',
              text: t(lang, 'showAll'),
              attrs: { type: 'button', id: 'filters-reset' },
              on: { click: () => ctx.store.set({ filters: EMPTY_FILTERS }) },
            })
          : null,
      ]),
      group(
        'drafts',
        'draft',
        [
          { id: 'entities', label: t(lang, 'draftEntities'), dashed: true, count: drafts.nodes.size },
          { id: 'relations', label: t(lang, 'draftRelations'), dashed: true, count: drafts.edges.size },
        ].filter((row) => row.count > 0),
      ),
      group(
        'entityTypes',
        'entityTypes',
        known(entityTypes, nodeTypes).map((id) => ({
          id,
          label: pick(entityTypes[id]?.label, lang) || id,
          color: entityTypes[id]?.color ?? '#94a3b8',
          count: nodeTypes.get(id) ?? 0,
        })),
      ),
      group(
        'relationTypes',
        'relationTypes',
        known(relationTypes, edgeTypes).map((id) => ({
          id,
          label: pick(relationTypes[id]?.label, lang) || id,
          color: relationTypes[id]?.color ?? '#94a3b8',
          count: edgeTypes.get(id) ?? 0,
        })),
      ),
      group(
        'factualities',
        'factuality',
        known(factuality, claims.factualities)
          .filter((id) => id !== '')
          .sort((a, b) => (factuality[b as keyof typeof factuality]?.rank ?? 0) - (factuality[a as keyof typeof factuality]?.rank ?? 0))
          .map((id) => ({ id, label: pick(factuality[id as keyof typeof factuality]?.label, lang) || id, count: claims.factualities.get(id) ?? 0 })),
      ),
      group(
        'claimants',
        'claimants',
        [...claims.claimants]
          .sort((a, b) => (a[0] === '-' ? -1 : b[0] === '-' ? 1 : b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
          .map(([id, n]) => ({ id, label: id === '-' ? t(lang, 'ownVoice') : entityLabel(graph, id, lang), count: n })),
      ),
      group(
        'outlets',
        'outlets',
        [...claims.outlets].map(([id, n]) => ({ id, label: /^\d+$/.test(id) ? countText(lang, 'outlets', Number(id)) : id, count: n })),
      ),
      group(
        'media',
        'media',
        [...claims.media]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([id, n]) => ({ id, label: outletName.get(id) || id.replace(/^source:/, ''), count: n })),
      ),
      group(
        'sources',
        'sources',
        [...sources.values()].map((s) => ({
          id: s.id,
          label: pick(s.title, lang) || s.id,
          count: bySource.get(s.id) ?? 0,
        })),
      ),
    ];
    container.replaceChildren(...groups.filter((g) => g !== null));
    if (focused) container.querySelector<HTMLInputElement>(focused)?.focus();
  };
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => (s.filters !== prev.filters || s.lang !== prev.lang) && render());
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

// The relation panel: subject, type and object, certainty, attribution, qualifiers and
// the evidence quotes; choosing a quote shows it in the source-text panel.
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { entityLabel, relationItem } from '../core/relations.ts';
import { el, swatch } from '../dom.ts';
import { attribution, certaintyBadge, draftBadge, entityButton, graphHolding, qualifierList } from './relation-parts.ts';

export function renderRelation(ctx: AppContext, id: string, activeEvidence: number): HTMLElement[] {
  const held = graphHolding(ctx, 'edge', id);
  if (!held) return [];
  const { graph, hidden } = held;
  const lang = ctx.store.get().lang;
  const a = graph.getEdgeAttributes(id);
  const [subject, object] = graph.extremities(id);
  const def = graph.getAttribute('ontology').relationTypes[a.relationType];
  const item = relationItem(graph, id, object, lang);

  const evidence = a.evidence.map((ev, i) => {
    const source = ctx.dataset.sources.get(ev.source);
    const active = i === activeEvidence;
    return el('li', {}, [
      el('button', {
        className: `evidence${active ? ' is-active' : ''}`,
        attrs: { type: 'button', 'aria-pressed': String(active), 'data-evidence': String(i) },
        on: { click: () => ctx.store.set({ selection: { kind: 'edge', id, evidence: i }, source: source ? ev.source : ctx.store.get().source }) },
      }, [
        el('q', { className: 'quote', text: ev.quote }),
        el('span', { className: 'evidence-source', text: source ? `${pick(source.title, lang)} · ${source.published}` : ev.source }),
      ]),
    ]);
  });

  return [
    el('header', { className: 'detail-header' }, [
      el('span', { className: 'type-chip' }, [swatch(def?.color ?? a.color), pick(def?.label, lang) || a.relationType]),
      el('h2', { className: 'detail-title relation-title', attrs: { id: 'detail-title' } }, [
        entityButton(ctx, subject, entityLabel(graph, subject, lang)),
        el('span', { className: 'arrow', text: ` ${pick(def?.label, lang) || a.label} → `, attrs: { 'aria-hidden': 'true' } }),
        entityButton(ctx, object, entityLabel(graph, object, lang)),
      ]),
      el('p', { className: 'relation-meta' }, [draftBadge(ctx, 'edge', id), certaintyBadge(item.certainty, item.certaintyLabel), attribution(ctx, item.attribution)]),
    ]),
    hidden ? el('p', { className: 'note', text: t(lang, 'hiddenByFilters') }) : null,
    qualifierList(item.qualifiers),
    el('section', { className: 'detail-section' }, [
      el('h3', { className: 'panel-subtitle', text: t(lang, 'evidence') }),
      evidence.length ? el('ol', { className: 'evidence-list' }, evidence) : el('p', { className: 'note', text: t(lang, 'noEvidence') }),
    ]),
  ].filter((x): x is HTMLElement => x !== null);
}

// The relation panel: subject, type and object, the derived claim (factuality, status,
// claimants, independent outlets), qualifiers, the evidence quotes each with its source,
// outlet, claimant and factuality side by side, the conflicts it is a side of (both sides
// with their quotes) and the figure's series; choosing a quote shows it in the source-text panel.
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { attribution, claimLabel, entityLabel, relationItem } from '../core/relations.ts';
import { count } from '../core/grammar.ts';
import { el, swatch } from '../dom.ts';
import { conflictSection, seriesSection } from './story.ts';
import { claimants, conflictBadge, draftBadge, entityButton, factualityBadge, graphHolding, qualifierList } from './relation-parts.ts';

export function renderRelation(ctx: AppContext, id: string, activeEvidence: number): HTMLElement[] {
  const held = graphHolding(ctx, 'edge', id);
  if (!held) return [];
  const { graph, hidden } = held;
  const lang = ctx.store.get().lang;
  const a = graph.getEdgeAttributes(id);
  const [subject, object] = graph.extremities(id);
  const def = graph.getAttribute('ontology').relationTypes[a.relationType];
  const item = relationItem(graph, id, object, lang);
  const ontology = graph.getAttribute('ontology');

  const evidence = a.evidence.map((ev, i) => {
    const source = ctx.dataset.sources.get(ev.source);
    const active = i === activeEvidence;
    return el('li', {}, [
      el(
        'button',
        {
          className: `evidence${active ? ' is-active' : ''}`,
          attrs: { type: 'button', 'aria-pressed': String(active), 'data-evidence': String(i) },
          on: { click: () => ctx.store.set({ selection: { kind: 'edge', id, evidence: i }, source: source ? ev.source : ctx.store.get().source }) },
        },
        [
          el('q', { className: 'quote', text: ev.quote }),
          el('span', {
            className: 'evidence-source',
            text: source ? [source.outlet?.name, pick(source.title, lang), source.published].filter(Boolean).join(' · ') : ev.source,
          }),
          el('span', {
            className: 'evidence-claim',
            text: [
              attribution(graph, ev.claimedBy ?? [], lang) || t(lang, 'ownVoice'),
              ev.factuality ? claimLabel(ontology, ev.factuality, ev.status, lang) : '',
              ev.polarity === 'negative' ? t(lang, 'negative') : '',
            ]
              .filter(Boolean)
              .join(' · '),
            attrs: { 'data-factuality': ev.factuality ?? '' },
          }),
        ],
      ),
    ]);
  });

  return [
    el('header', { className: 'detail-header' }, [
      el('span', { className: 'type-chip' }, [swatch(def?.color ?? a.color), pick(def?.label, lang) || a.relationType]),
      el('h2', { className: 'detail-title relation-title', attrs: { id: 'detail-title' } }, [
        entityButton(ctx, subject, entityLabel(graph, subject, lang)),
        // An undirected edge has no direction to show: "A — B".
        el('span', { className: 'arrow', text: ` ${pick(def?.label, lang) || a.label} ${a.undirected ? '—' : '→'} `, attrs: { 'aria-hidden': 'true' } }),
        entityButton(ctx, object, entityLabel(graph, object, lang)),
      ]),
      el('p', { className: 'relation-meta' }, [
        draftBadge(ctx, 'edge', id),
        factualityBadge(ctx, item),
        conflictBadge(ctx, item.conflicts),
        claimants(item),
        item.outlets > 0 ? el('span', { className: 'chip', text: count(lang, 'outlets', item.outlets) }) : null,
      ]),
    ]),
    hidden ? el('p', { className: 'note', text: t(lang, 'hiddenByFilters') }) : null,
    qualifierList(item.qualifiers),
    conflictSection(ctx, id),
    seriesSection(ctx, id),
    el('section', { className: 'detail-section' }, [
      el('h3', { className: 'panel-subtitle', text: t(lang, 'evidence') }),
      evidence.length ? el('ol', { className: 'evidence-list' }, evidence) : el('p', { className: 'note', text: t(lang, 'noEvidence') }),
    ]),
  ].filter((x): x is HTMLElement => x !== null);
}

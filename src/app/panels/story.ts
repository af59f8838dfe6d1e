// The story's panels: conflicts with both sides side by side, each with its quotes, and a
// figure's values over time per claimant as a small chart (SVG made with DOM APIs).
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { attribution, entityLabel } from '../core/relations.ts';
import { dayNumber } from '../core/story.ts';
import { el } from '../dom.ts';
import { svg, svgTitle } from '../svg.ts';
import type { Conflict, Series } from '../../model/types.ts';
import { dateSpan, OWN_VOICE, seriesByClaimant } from '../../query/story.ts';

const PALETTE = ['#2557d6', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490'];

const claimantName = (ctx: AppContext, id: string) =>
  id === OWN_VOICE ? t(ctx.store.get().lang, 'ownVoice') : entityLabel(ctx.dataset.graph, id, ctx.store.get().lang);

function sourceLine(ctx: AppContext, source: string, outlet: string): string {
  const s = ctx.dataset.sources.get(source);
  const lang = ctx.store.get().lang;
  return s ? [s.outlet?.name || outlet, pick(s.title, lang), s.published].filter(Boolean).join(' · ') : source;
}

/** One conflict: its slot, then each side (value, claimants, every quote with its source) side by side. */
function conflictCard(ctx: AppContext, c: Conflict, current?: string): HTMLElement {
  const { graph } = ctx.dataset;
  const lang = ctx.store.get().lang;
  const ontology = graph.getAttribute('ontology');
  const type = ontology.relationTypes[c.type];
  // An affirmation against a denial: the polarity's label, not its id.
  const shownValue = (value: string) =>
    c.kind === 'polarity' ? pick((ontology.polarity as Record<string, { label: { pl: string; en: string } } | undefined>)[value]?.label, lang) || value : value;
  return el('li', { className: 'conflict-card', attrs: { 'data-conflict': c.id, 'data-kind': c.kind } }, [
    el('p', {
      className: 'conflict-slot',
      text: `${entityLabel(graph, c.subject, lang)} · ${pick(type?.label, lang) || c.type} · ${entityLabel(graph, c.object, lang)}`,
    }),
    el(
      'div',
      { className: 'conflict-sides' },
      c.sides.map((side) =>
        el('div', { className: `conflict-side${side.relation === current ? ' is-current' : ''}`, attrs: { 'data-relation': side.relation } }, [
          graph.hasEdge(side.relation) && side.relation !== current
            ? el('button', {
                className: 'conflict-value link-button',
                text: shownValue(side.value),
                attrs: { type: 'button', 'data-edge': side.relation, 'data-value': side.value },
                on: { click: () => ctx.select({ kind: 'edge', id: side.relation, evidence: 0 }) },
              })
            : el('strong', { className: 'conflict-value', text: shownValue(side.value), attrs: { 'data-value': side.value } }),
          el('span', {
            className: 'attribution',
            text: attribution(graph, side.claimedBy, lang) || t(lang, 'ownVoice'),
          }),
          ...side.evidence.map((e) =>
            el('figure', { className: 'side-quote' }, [
              el('q', { className: 'quote', text: e.quote }),
              el('figcaption', { className: 'evidence-source', text: sourceLine(ctx, e.source, e.outlet) }),
            ]),
          ),
        ]),
      ),
    ),
  ]);
}

/** The conflicts of the drawn graph (as of the chosen day), or of one relation. */
export function conflictSection(ctx: AppContext, relation?: string): HTMLElement | null {
  const drawn = ctx.graphs.drawn();
  const all: Conflict[] = drawn.getAttribute('conflicts') ?? [];
  // The whole list names the conflicts drawn (both sides left by the filters, the brush and the day).
  const list = relation ? all.filter((c) => c.sides.some((s) => s.relation === relation)) : all.filter((c) => c.sides.every((s) => drawn.hasEdge(s.relation)));
  if (list.length === 0) return null;
  return el('section', { className: 'detail-section', attrs: { id: relation ? 'relation-conflicts' : 'conflicts-panel' } }, [
    el('h3', { className: 'panel-subtitle', text: `${t(ctx.store.get().lang, 'conflicts')} (${list.length})` }),
    el(
      'ul',
      { className: 'conflict-list' },
      list.map((c) => conflictCard(ctx, c, relation)),
    ),
  ]);
}

const W = 340;
const H = 150;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };

/** A figure over time, one line per claimant; each point names its value, date and relation. */
function seriesChart(ctx: AppContext, series: Series, current?: string): HTMLElement {
  const lang = ctx.store.get().lang;
  const lines = seriesByClaimant(series);
  const days = series.points.flatMap((p) => dateSpan(p.time).map(dayNumber));
  const values = series.points.map((p) => p.value);
  const [d0, d1] = [Math.min(...days), Math.max(...days)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (time: string) => PAD.left + ((dayNumber(dateSpan(time)[0]) - d0) / Math.max(d1 - d0, 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - v0) / Math.max(v1 - v0, 1)) * (H - PAD.top - PAD.bottom);
  const color = (i: number) => PALETTE[i % PALETTE.length]!;
  const unit = ctx.dataset.graph.hasEdge(series.points[0]!.relation)
    ? ctx.dataset.graph.getEdgeAttribute(series.points[0]!.relation, 'qualifiers').quantity?.unit
    : undefined;
  const axis = svg('g', { class: 'chart-axis' }, [
    svg('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }),
    svg('text', { x: PAD.left - 4, y: y(v1) + 4, 'text-anchor': 'end' }, [], v1.toLocaleString(lang)),
    svg('text', { x: PAD.left - 4, y: y(v0) + 4, 'text-anchor': 'end' }, [], v0.toLocaleString(lang)),
    svg('text', { x: PAD.left, y: H - 6 }, [], series.points[0]!.time),
    svg('text', { x: W - PAD.right, y: H - 6, 'text-anchor': 'end' }, [], series.points.at(-1)!.time),
  ]);
  const plotted = lines.map((line, i) =>
    svg('g', { class: 'chart-line', 'data-claimant': line.claimant, stroke: color(i), fill: color(i) }, [
      line.points.length > 1 ? svg('polyline', { points: line.points.map((p) => `${x(p.time)},${y(p.value)}`).join(' '), fill: 'none' }) : null,
      ...line.points.map((p) =>
        svg('circle', { cx: x(p.time), cy: y(p.value), r: p.relation === current ? 5 : 3.5, 'data-relation': p.relation, 'data-value': p.value }, [
          svgTitle(`${p.time}: ${p.value.toLocaleString(lang)} — ${claimantName(ctx, line.claimant)}`),
        ]),
      ),
    ]),
  );
  const chart = svg('svg', { class: 'series-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t(lang, 'seriesTitle') }, [axis, ...plotted]);
  return el('figure', { className: 'series', attrs: { 'data-series': series.id } }, [
    el('figcaption', {
      className: 'series-title',
      text: `${entityLabel(ctx.dataset.graph, series.subject, lang)} · ${entityLabel(ctx.dataset.graph, series.object, lang)}${unit ? ` (${pick(unit, lang)})` : ''}`,
    }),
    chart,
    el(
      'ul',
      { className: 'series-legend' },
      lines.map((line, i) => {
        const dot = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
        dot.style.backgroundColor = color(i);
        return el('li', { attrs: { 'data-claimant': line.claimant } }, [
          dot,
          el('span', { text: `${claimantName(ctx, line.claimant)}: ${line.points.map((p) => `${p.value.toLocaleString(lang)} (${p.time})`).join(', ')}` }),
        ]);
      }),
    ),
  ]);
}

/** The series of the drawn graph, or those holding one relation. */
export function seriesSection(ctx: AppContext, relation?: string): HTMLElement | null {
  // Only the figures drawn: as of a day, the later ones are not known yet.
  const drawn = ctx.graphs.drawn();
  const all: Series[] = (ctx.dataset.graph.getAttribute('series') ?? [])
    .map((s: Series) => ({ ...s, points: s.points.filter((p) => drawn.hasEdge(p.relation)) }))
    .filter((s: Series) => s.points.length > 0);
  const list = relation ? all.filter((s) => s.points.some((p) => p.relation === relation)) : all;
  if (list.length === 0) return null;
  return el('section', { className: 'detail-section', attrs: { id: relation ? 'relation-series' : 'series-panel' } }, [
    el('h3', { className: 'panel-subtitle', text: t(ctx.store.get().lang, 'seriesTitle') }),
    ...list.map((s) => seriesChart(ctx, s, relation)),
  ]);
}

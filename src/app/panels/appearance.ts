// The appearance panel: what colours the entities (their type, a metric, one of their
// attributes), what sizes them, what a relation's thickness says, and the legend of the
// current choice. Choices go into the view state (and so the URL); the graph controller
// draws them. A metric is computed when first chosen; betweenness is not offered where
// the settings judge it too costly.
import { MAX_OUTLETS } from '../../model/appearance.ts';
import { GRADIENT } from '../../model/palette.ts';
import type { Factuality, Lang } from '../../model/types.ts';
import type { AppContext } from '../context.ts';
import { attributeKey } from '../controllers/appearance.ts';
import type { Legend } from '../core/color-scale.ts';
import { metricRange } from '../core/appearance.ts';
import { count } from '../core/grammar.ts';
import { pick, t, type StringKey } from '../core/i18n.ts';
import type { ColorBy, EdgeSizeBy, NodeMetric, SizeBy, ViewState } from '../core/types.ts';
import { el, swatch } from '../dom.ts';
import { SETTINGS } from '../settings.ts';

const METRIC_LABEL: Record<NodeMetric, StringKey> = { degree: 'degree', pagerank: 'pagerank', betweenness: 'betweenness', community: 'community' };

const formatNumber = (v: number, lang: Lang) =>
  Number.isInteger(v) ? v.toLocaleString(lang) : v.toLocaleString(lang, { maximumSignificantDigits: 3, minimumSignificantDigits: 1 });

export function mountAppearance(container: HTMLElement, ctx: AppContext): () => void {
  const { appearance } = ctx.graphs;
  const { graph } = ctx.dataset;
  const { factuality } = graph.getAttribute('ontology');

  const choiceLabel = (key: ColorBy | SizeBy, lang: Lang) =>
    key === 'type' ? t(lang, 'byType') : key.startsWith('attr:') ? attributeKey(key as `attr:${string}`) : t(lang, METRIC_LABEL[key as NodeMetric]);

  const option = (value: string, text: string, current: string, disabled = false) =>
    el('option', { text, attrs: { value, ...(value === current ? { selected: '' } : {}), ...(disabled ? { disabled: '' } : {}) } });

  const metricOption = (m: NodeMetric, current: string, lang: Lang) => {
    const why = appearance.unavailable(m);
    return option(m, why ? `${t(lang, METRIC_LABEL[m])} (${t(lang, why)})` : t(lang, METRIC_LABEL[m]), current, why !== null);
  };

  const select = <K extends 'colorBy' | 'sizeBy' | 'edgeSizeBy'>(key: K, label: StringKey, options: Array<HTMLElement | null>) => {
    const id = `appearance-${key}`;
    const box = el(
      'select',
      {
        attrs: { id },
        on: { change: () => ctx.store.set({ [key]: box.value } as Partial<ViewState>) },
      },
      options,
    );
    return el('div', { className: 'appearance-row' }, [el('label', { text: t(ctx.store.get().lang, label), attrs: { for: id } }), box]);
  };

  const colorLegend = (legend: Legend | null, colorBy: ColorBy, lang: Lang): HTMLElement => {
    const list = el('ul', { className: 'appearance-legend', attrs: { id: 'appearance-legend', 'data-color-by': colorBy } });
    const row = (color: string, label: string, count?: number) =>
      el('li', { className: 'legend-row' }, [
        swatch(color),
        el('span', { className: 'legend-label', text: label }),
        count === undefined ? null : el('span', { className: 'legend-count', text: String(count) }),
      ]);
    // The types' colours are listed with their filters, right below.
    if (!legend) {
      if (colorBy === 'type') list.append(el('li', { className: 'legend-more', text: t(lang, 'typeColorsInFilters') }));
      return list;
    }
    if (legend.kind === 'category') {
      const shown = legend.items.slice(0, SETTINGS.legendItems);
      for (const item of shown) {
        const label = colorBy === 'community' ? t(lang, 'communityN').replace('{n}', String(Number(item.value) + 1)) : String(item.value);
        list.append(row(item.color, label, item.count));
      }
      if (legend.items.length > shown.length)
        list.append(el('li', { className: 'legend-more', text: t(lang, 'moreValues').replace('{n}', String(legend.items.length - shown.length)) }));
    } else {
      const bar = el('li', { className: 'gradient-row' }, [
        el('span', { className: 'gradient-end', text: formatNumber(legend.range[0], lang) }),
        el('span', { className: 'gradient-bar', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'gradient-end', text: formatNumber(legend.range[1], lang) }),
      ]);
      (bar.children[1] as HTMLElement).style.background = `linear-gradient(to right, ${GRADIENT.join(', ')})`;
      list.append(bar);
    }
    if (legend.missing > 0) list.append(row(SETTINGS.appearance.fallbackColor, t(lang, 'noValue'), legend.missing));
    return list;
  };

  const thicknessText = (by: EdgeSizeBy, lang: Lang) => {
    if (by === 'corroboration')
      return t(lang, 'thicknessLegend')
        .replace('{a}', count(lang, 'outlets', 1))
        .replace('{b}', t(lang, 'outletsAtLeast').replace('{n}', String(MAX_OUTLETS)));
    const ranked = (Object.keys(factuality) as Factuality[]).sort((a, b) => factuality[a].rank - factuality[b].rank);
    return t(lang, 'thicknessLegend')
      .replace('{a}', pick(factuality[ranked[0]!]?.label, lang))
      .replace('{b}', pick(factuality[ranked.at(-1)!]?.label, lang));
  };

  let ticker: ReturnType<typeof setInterval> | undefined;
  let started = 0;
  const statusText = (lang: Lang, colorBy: ColorBy, sizeBy: SizeBy): string => {
    const pending = appearance.pending();
    if (pending) {
      const seconds = Math.floor((performance.now() - started) / 1000);
      return `${t(lang, 'computing').replace('{m}', t(lang, METRIC_LABEL[pending]))}${seconds > 0 ? ` ${seconds} s` : ''}`;
    }
    const failed = [colorBy, sizeBy].find((k): k is NodeMetric => Object.hasOwn(METRIC_LABEL, k) && appearance.failure(k as NodeMetric) !== null);
    return failed ? t(lang, 'metricFailed').replace('{m}', t(lang, METRIC_LABEL[failed])).replace('{e}', appearance.failure(failed)!) : '';
  };

  const render = () => {
    const { lang, colorBy, sizeBy, edgeSizeBy } = ctx.store.get();
    const focused = document.activeElement instanceof HTMLSelectElement && container.contains(document.activeElement) ? document.activeElement.id : null;
    const numbers = appearance.attributes.filter((a) => a.kind === 'number');
    const group = (label: StringKey, options: HTMLElement[]) => (options.length ? el('optgroup', { attrs: { label: t(lang, label) } }, options) : null);
    const attrOptions = (list: typeof numbers, current: string) => list.map((a) => option(`attr:${a.key}`, a.key, current));
    const colorOptions = [
      option('type', t(lang, 'byType'), colorBy),
      group(
        'metricsGroup',
        (['community', 'degree', 'pagerank', 'betweenness'] as const).map((m) => metricOption(m, colorBy, lang)),
      ),
      group('attributesGroup', attrOptions(appearance.attributes, colorBy)),
    ];
    const sizeOptions = [
      group(
        'metricsGroup',
        (['degree', 'pagerank', 'betweenness'] as const).map((m) => metricOption(m, sizeBy, lang)),
      ),
      group('attributesGroup', attrOptions(numbers, sizeBy)),
    ];
    const pending = appearance.pending();
    const sizeOf = appearance.sizeOf(sizeBy);
    const range = sizeOf ? metricRange(graph, sizeOf) : null;
    container.replaceChildren(
      el('h2', { className: 'panel-title', text: t(lang, 'appearance') }),
      select('colorBy', 'colorBy', colorOptions),
      select('sizeBy', 'sizeBy', sizeOptions),
      select('edgeSizeBy', 'edgeSizeBy', [
        option('corroboration', t(lang, 'corroboration'), edgeSizeBy),
        option('certainty', t(lang, 'certainty'), edgeSizeBy),
      ]),
      el('p', {
        className: 'appearance-status',
        attrs: { role: 'status', id: 'appearance-status' },
        text: statusText(lang, colorBy, sizeBy),
      }),
      colorLegend(appearance.colorScale(colorBy)?.legend ?? null, colorBy, lang),
      el('p', {
        className: 'appearance-note',
        attrs: { id: 'appearance-size-legend' },
        text: range
          ? t(lang, 'sizeLegend')
              .replace('{m}', choiceLabel(sizeBy, lang))
              .replace('{a}', formatNumber(range[0], lang))
              .replace('{b}', formatNumber(range[1], lang))
          : '',
      }),
      el('p', { className: 'appearance-note', attrs: { id: 'appearance-thickness-legend' }, text: thicknessText(edgeSizeBy, lang) }),
    );
    container.dataset.pending = pending ?? '';
    // While a metric is computed (in a worker: the page stays usable), the time it has taken so far.
    if (pending && !ticker) {
      started = performance.now();
      ticker = setInterval(() => {
        const status = container.querySelector('#appearance-status');
        if (status) status.textContent = statusText(ctx.store.get().lang, ctx.store.get().colorBy, ctx.store.get().sizeBy);
      }, 1000);
    } else if (!pending && ticker) {
      clearInterval(ticker);
      ticker = undefined;
    }
    if (focused) document.getElementById(focused)?.focus();
  };
  render();
  const offs = [
    ctx.store.subscribe(
      (s, prev) => (s.lang !== prev.lang || s.colorBy !== prev.colorBy || s.sizeBy !== prev.sizeBy || s.edgeSizeBy !== prev.edgeSizeBy) && render(),
    ),
    appearance.onChange(render),
  ];
  return () => {
    for (const off of offs) off();
    clearInterval(ticker);
    container.replaceChildren();
  };
}

// The timeline under the graph: each relation's claims at their dates (the event's, else
// the sources'), the sources at their publication dates. Dragging along it brushes a
// period (the graph keeps the claims dated within it); "as of" shows what the sources
// published by a day said. Drawn in SVG with DOM APIs; redrawn when the view changes.
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { dayNumber, isoOfDay, timelineMarks, timelineModel } from '../core/story.ts';
import type { Period } from '../core/types.ts';
import { el } from '../dom.ts';
import { svg, svgTitle } from '../svg.ts';

const H = 64;
const PAD_X = 14;
const EVENT_Y = 10;
const SOURCE_Y = 38;
const AXIS_Y = 52;

export function mountTimeline(container: HTMLElement, ctx: AppContext): () => void {
  const { graph, sources } = ctx.dataset;
  const model = timelineModel(graph, sources);
  const marks = timelineMarks(model.events);
  if (!model.extent) {
    container.hidden = true;
    return () => {};
  }
  container.hidden = false;
  container.parentElement?.classList.add('has-timeline');
  const [d0, d1] = [model.extent[0] - 3, model.extent[1] + 3];
  const { relationTypes } = graph.getAttribute('ontology');
  let width = 600;
  const x = (day: number) => PAD_X + ((day - d0) / (d1 - d0)) * (width - 2 * PAD_X);
  const dayAt = (px: number) => Math.round(d0 + ((Math.min(Math.max(px, PAD_X), width - PAD_X) - PAD_X) / (width - 2 * PAD_X)) * (d1 - d0));

  const asOfPicker = el('select', {
    className: 'source-picker timeline-as-of',
    attrs: { id: 'as-of' },
    on: {
      change: () => ctx.store.set({ asOf: asOfPicker.value || null }),
    },
  });
  const periodText = el('span', { className: 'timeline-period', attrs: { id: 'timeline-period' } });
  const clear = el('button', {
    className: 'link-button',
    attrs: { type: 'button', id: 'timeline-clear' },
    on: { click: () => ctx.store.set({ period: null }) },
  });
  const label = el('label', { className: 'timeline-as-of-label' });
  const title = el('span', { className: 'panel-subtitle' });
  const chart = svg('svg', { class: 'timeline-chart', height: H, role: 'img' });
  container.replaceChildren(el('div', { className: 'timeline-bar' }, [title, label, periodText, clear]), chart);

  let brushStart: number | null = null;
  let brushNow: number | null = null;
  const brushRect = (a: number, b: number) =>
    svg('rect', { class: 'timeline-brush', x: Math.min(a, b), y: 2, width: Math.max(Math.abs(b - a), 1), height: AXIS_Y - 2 });

  const draw = () => {
    const { lang, asOf, period } = ctx.store.get();
    width = Math.max(container.clientWidth, 200);
    chart.setAttribute('width', String(width));
    chart.setAttribute('viewBox', `0 0 ${width} ${H}`);
    chart.setAttribute('aria-label', t(lang, 'timeline'));
    title.textContent = t(lang, 'timeline');
    label.replaceChildren(t(lang, 'asOf'), ' ', asOfPicker);
    asOfPicker.replaceChildren(
      el('option', { text: t(lang, 'asOfNow'), attrs: { value: '' } }),
      ...model.publicationDays.map((d) => el('option', { text: d, attrs: { value: d } })),
      ...(asOf && !model.publicationDays.includes(asOf) ? [el('option', { text: asOf, attrs: { value: asOf } })] : []),
    );
    asOfPicker.value = asOf ?? '';
    periodText.textContent = period ? `${period[0]} – ${period[1]}` : t(lang, 'periodAll');
    periodText.classList.toggle('is-hint', !period);
    clear.textContent = t(lang, 'clearPeriod');
    clear.hidden = !period;

    const drawn = ctx.graphs.drawn();
    const ticks = yearTicks(d0, d1).map((day) =>
      svg('g', { class: 'timeline-tick' }, [
        svg('line', { x1: x(day), y1: AXIS_Y - 4, x2: x(day), y2: AXIS_Y + 2 }),
        // A label that would run off the right edge is left out.
        x(day) < width - 44 ? svg('text', { x: x(day) + 2, y: H - 1 }, [], isoOfDay(day).slice(0, 7)) : null,
      ]),
    );
    const events = marks.map((e) =>
      svg(
        'rect',
        {
          class: `timeline-event${e.relations.some((r) => drawn.hasEdge(r)) ? '' : ' is-out'}`,
          x: x(e.start) - 1.5,
          y: EVENT_Y + (e.dated === 'event' ? 0 : 8),
          width: Math.max(x(e.end + 1) - x(e.start), 3),
          height: 8,
          fill: relationTypes[e.type]?.color ?? '#94a3b8',
          'data-date': e.date,
          ...(e.relations.length === 1 ? { 'data-relation': e.relations[0]! } : { 'data-count': e.relations.length }),
        },
        [
          svgTitle(
            `${e.date} · ${pick(relationTypes[e.type]?.label, lang) || e.type} · ${e.relations.length === 1 ? e.relations[0] : `×${e.relations.length}`}`,
          ),
        ],
      ),
    );
    const dots = model.sources.map((s) =>
      svg(
        'circle',
        {
          class: `timeline-source${asOf && s.date > asOf ? ' is-out' : ''}`,
          cx: x(s.day),
          cy: SOURCE_Y,
          r: 4,
          'data-source': s.id,
        },
        [
          svgTitle(
            `${s.date} · ${pick(sources.get(s.id)?.title, lang) || s.id}${sources.get(s.id)?.outlet?.name ? ` (${sources.get(s.id)!.outlet.name})` : ''}`,
          ),
        ],
      ),
    );
    const parts: Array<SVGElement | null> = [
      svg('text', { class: 'timeline-row-label', x: 2, y: EVENT_Y - 2 }, [], t(lang, 'timelineEvents')),
      svg('text', { class: 'timeline-row-label', x: 2, y: SOURCE_Y - 7 }, [], t(lang, 'timelineSources')),
      svg('line', { class: 'timeline-axis', x1: PAD_X, y1: AXIS_Y, x2: width - PAD_X, y2: AXIS_Y }),
      ...ticks,
      ...events,
      ...dots,
      period ? brushRect(x(dayNumber(period[0])), x(dayNumber(period[1]) + 1)) : null,
      brushStart !== null && brushNow !== null ? brushRect(brushStart, brushNow) : null,
      asOf ? svg('line', { class: 'timeline-as-of-line', x1: x(dayNumber(asOf) + 1), y1: 0, x2: x(dayNumber(asOf) + 1), y2: AXIS_Y }) : null,
    ];
    chart.replaceChildren(...parts.filter((p): p is SVGElement => p !== null));
  };

  const localX = (e: PointerEvent) => e.clientX - chart.getBoundingClientRect().left;
  const onDown = (e: PointerEvent) => {
    brushStart = brushNow = localX(e);
    chart.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (brushStart === null) return;
    brushNow = localX(e);
    draw();
  };
  const onUp = (e: PointerEvent) => {
    if (brushStart === null) return;
    const [a, b] = [brushStart, localX(e)].sort((p, q) => p - q) as [number, number];
    brushStart = brushNow = null;
    // A click, not a drag, clears the brush.
    const period: Period | null = b - a < 4 ? null : [isoOfDay(dayAt(a)), isoOfDay(dayAt(b))];
    ctx.store.set({ period });
    draw();
  };
  chart.addEventListener('pointerdown', onDown);
  chart.addEventListener('pointermove', onMove);
  chart.addEventListener('pointerup', onUp);
  draw();
  // Its first call reports the width just drawn at: redrawing then doubles the cost at mount.
  const resizes = new ResizeObserver(() => Math.max(container.clientWidth, 200) !== width && draw());
  resizes.observe(container);
  const unsubscribe = ctx.store.subscribe(
    (s, prev) => (s.asOf !== prev.asOf || s.period !== prev.period || s.filters !== prev.filters || s.lang !== prev.lang) && draw(),
  );
  return () => {
    unsubscribe();
    resizes.disconnect();
    container.parentElement?.classList.remove('has-timeline');
    container.replaceChildren();
  };
}

/** The first day of each year (or of each quarter, for spans under two years) between two days. */
function yearTicks(d0: number, d1: number): number[] {
  const [y0, y1] = [Number(isoOfDay(d0).slice(0, 4)), Number(isoOfDay(d1).slice(0, 4))];
  const months = y1 - y0 < 2 ? [1, 4, 7, 10] : [1];
  const out: number[] = [];
  for (let y = y0; y <= y1; y++)
    for (const m of months) {
      const day = dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
      if (day >= d0 && day <= d1) out.push(day);
    }
  return out;
}

// The graph's own view controls, over its top-left corner: label density and the claim
// layer. Marked as an overlay, so the camera's fit leaves its corner free.
import type { AppContext } from '../context.ts';
import type { ClaimLayer } from '../controllers/claim-layer.ts';
import { LABEL_DENSITIES, type LabelDensity, type Labels } from '../controllers/labels.ts';
import { t } from '../core/i18n.ts';
import { el } from '../dom.ts';

const DENSITY_TEXT = { low: 'densityLow', medium: 'densityMedium', high: 'densityHigh' } as const;

export function mountGraphView(stage: HTMLElement, ctx: AppContext, labels: Labels | null, claims: ClaimLayer | null): () => void {
  const root = el('div', { className: 'graph-view', attrs: { id: 'graph-view', 'data-graph-overlay': '', role: 'group' } });
  stage.append(root);
  const render = () => {
    const lang = ctx.store.get().lang;
    root.setAttribute('aria-label', t(lang, 'graphView'));
    const density = labels
      ? el('label', { className: 'graph-view-item' }, [
          t(lang, 'labelDensity'),
          el(
            'select',
            { attrs: { id: 'label-density' }, on: { change: (e) => labels.setDensity((e.target as HTMLSelectElement).value as LabelDensity) } },
            (Object.keys(LABEL_DENSITIES) as LabelDensity[]).map((value) => {
              const option = el('option', { text: t(lang, DENSITY_TEXT[value]), attrs: { value } });
              option.selected = value === labels.density();
              return option;
            }),
          ),
        ])
      : null;
    const checkbox = claims
      ? el('input', { attrs: { id: 'claim-layer', type: 'checkbox' }, on: { change: (e) => claims.show((e.target as HTMLInputElement).checked) } })
      : null;
    if (checkbox && claims) checkbox.checked = claims.shown();
    root.replaceChildren(
      ...[
        density,
        checkbox && el('label', { className: 'graph-view-item', attrs: { title: t(lang, 'claimLayerTitle') } }, [checkbox, t(lang, 'claimLayer')]),
      ].filter((x): x is HTMLLabelElement => !!x),
    );
    root.hidden = !density && !checkbox;
  };
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => s.lang !== prev.lang && render());
  return () => {
    unsubscribe();
    root.remove();
  };
}

// The toolbar: language, size metric, layout run/stop/reset, export, article and open file.
import type { AppContext } from '../context.ts';
import { toGexf } from '../core/export.ts';
import { t } from '../core/i18n.ts';
import type { ViewState } from '../core/types.ts';
import { el } from '../dom.ts';
import { openPngDialog } from './png-export.ts';

function segmented<K extends 'lang' | 'sizeBy'>(ctx: AppContext, key: K, label: string, choices: Array<[ViewState[K], string]>, disabled = false) {
  const current = ctx.store.get()[key];
  return el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': label } },
    choices.map(([value, text]) =>
      el('button', {
        className: 'seg',
        text,
        attrs: { type: 'button', 'aria-pressed': String(value === current), 'data-value': String(value), ...(disabled ? { disabled: '' } : {}) },
        on: { click: () => value !== ctx.store.get()[key] && ctx.store.set({ [key]: value } as Partial<ViewState>) },
      }),
    ),
  );
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName(ctx: AppContext): string {
  return (ctx.dataset.fileName ?? 'faktograf').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'graph';
}

export function mountToolbar(container: HTMLElement, ctx: AppContext): () => void {
  const fileInput = el('input', {
    className: 'visually-hidden',
    attrs: { id: 'file-input', type: 'file', accept: '.gexf,.graphml,.json,.xml', tabindex: '-1', 'aria-hidden': 'true' },
    on: {
      change: () => {
        const file = fileInput.files?.[0];
        if (file) ctx.openFile(file);
        fileInput.value = '';
      },
    },
  });

  const render = () => {
    const lang = ctx.store.get().lang;
    const running = ctx.layout.running();
    const button = (id: string, text: string, title: string, onClick: () => void, extra: Record<string, string> = {}) =>
      el('button', { className: 'tool', text, attrs: { type: 'button', id, title, ...extra }, on: { click: onClick } });
    container.replaceChildren(
      segmented(ctx, 'lang', 'Language', [
        ['pl', 'PL'],
        ['en', 'EN'],
      ]),
      segmented(
        ctx,
        'sizeBy',
        t(lang, 'sizeBy'),
        [
          ['degree', t(lang, 'degree')],
          ['pagerank', t(lang, 'pagerank')],
        ],
        !ctx.dataset.hasPagerank,
      ),
      el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': t(lang, 'layout') } }, [
        button(
          'layout-toggle',
          running ? t(lang, 'stopLayout') : t(lang, 'runLayout'),
          t(lang, 'runLayoutTitle'),
          () => (ctx.layout.running() ? ctx.layout.stop() : ctx.layout.start()),
          { 'aria-pressed': String(running) },
        ),
        button('layout-reset', t(lang, 'resetLayout'), t(lang, 'resetLayoutTitle'), () => ctx.layout.reset()),
      ]),
      el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': t(lang, 'exportLabel') } }, [
        button('export-gexf', '↓ GEXF', t(lang, 'exportGexf'), () => {
          const { text, warnings } = toGexf(ctx.graphs.drawn());
          downloadText(text, `${baseName(ctx)}.gexf`, 'application/gexf+xml');
          // GEXF cannot carry everything (e.g. the ontology): say so rather than drop it silently.
          if (warnings.length) ctx.message(`GEXF: ${warnings.join(' ')}`, 'info');
        }),
        button('export-png', '↓ PNG', t(lang, 'exportPng'), () => openPngDialog(ctx, baseName(ctx)), { 'aria-haspopup': 'dialog' }),
      ]),
      el('div', { className: 'tool-group' }, [
        ctx.openArticle ? button('article-open', t(lang, 'article'), t(lang, 'articleButtonTitle'), ctx.openArticle, { 'aria-haspopup': 'dialog' }) : null,
        button('open-file', t(lang, 'openFile'), t(lang, 'dropHint'), () => fileInput.click()),
        ctx.dataset.fileName ? button('close-file', t(lang, 'backToKb'), t(lang, 'backToKbTitle'), () => ctx.closeFile()) : null,
      ]),
      fileInput,
    );
  };
  render();
  const offs = [ctx.store.subscribe((s, prev) => (s.lang !== prev.lang || s.sizeBy !== prev.sizeBy) && render()), ctx.layout.onChange(render)];
  return () => {
    offs.forEach((off) => off());
    container.replaceChildren();
  };
}

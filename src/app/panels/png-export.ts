// PNG export at a chosen size: a dialog for width and height (or a scale of the view on
// screen) and a title; the image composed on a canvas with the title, the active filters
// named under it, the graph as @sigma/export-image draws it, and a legend of what is drawn.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { AppContext } from '../context.ts';
import { FONT } from '../controllers/renderer.ts';
import { t } from '../core/i18n.ts';
import { describeFilters, IMAGE_LIMITS, imageLayout, legendEntries, type ImageLayout } from '../core/view-summary.ts';
import { el } from '../dom.ts';
import { datasetName } from '../core/workspace.ts';

export interface PngRequest {
  width: number;
  height: number;
  title: string;
}

const TEXT = '#1f2933';
const MUTED = '#667085';
const RULE = '#e4e7ec';

/** Cuts `text` with an ellipsis to fit `width` in the context's font. */
function clipText(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && g.measureText(`${s}…`).width > width) s = s.slice(0, -1);
  return `${s}…`;
}

function drawHeader(g: CanvasRenderingContext2D, layout: ImageLayout, title: string, lines: string[]): void {
  const { font, header } = layout;
  const pad = Math.round(font * 1.2);
  g.fillStyle = TEXT;
  g.textBaseline = 'top';
  g.font = `650 ${Math.round(font * 1.5)}px ${FONT}`;
  g.fillText(clipText(g, title, header.width - 2 * pad), pad, pad);
  g.font = `400 ${font}px ${FONT}`;
  g.fillStyle = MUTED;
  let y = pad + font * 1.5 * 1.3;
  for (const line of lines) {
    if (y + font > header.height) break;
    g.fillText(clipText(g, line, header.width - 2 * pad), pad, y);
    y += font * 1.35;
  }
  g.fillStyle = RULE;
  g.fillRect(0, header.height - 1, layout.width, 1);
}

function drawLegend(g: CanvasRenderingContext2D, layout: ImageLayout, ctx: AppContext): void {
  const { font, legend } = layout;
  const { lang } = ctx.store.get();
  const pad = Math.round(font * 1.2);
  const entries = legendEntries(ctx.graphs.drawn(), lang);
  g.fillStyle = RULE;
  g.fillRect(legend.x, legend.y, 1, legend.height);
  g.textBaseline = 'middle';
  g.fillStyle = TEXT;
  g.font = `650 ${font}px ${FONT}`;
  let y = legend.y + pad + font / 2;
  g.fillText(t(lang, 'legend'), legend.x + pad, y);
  y += font * 1.8;
  const row = font * 1.5;
  const textX = legend.x + pad + font * 1.4;
  g.font = `400 ${font}px ${FONT}`;
  for (const [i, entry] of entries.entries()) {
    if (y + row > legend.y + legend.height - pad && i < entries.length - 1) {
      g.fillStyle = MUTED;
      g.fillText(`+ ${entries.length - i}`, textX, y);
      break;
    }
    g.fillStyle = entry.color;
    if (entry.shape === 'dot') {
      g.beginPath();
      g.arc(legend.x + pad + font / 2, y, font * 0.4, 0, 2 * Math.PI);
      g.fill();
    } else g.fillRect(legend.x + pad, y - Math.max(1, font / 8), font, Math.max(2, font / 4));
    g.fillStyle = TEXT;
    g.fillText(clipText(g, `${entry.label} (${entry.count})`, legend.x + legend.width - pad - textX), textX, y);
    y += row;
  }
}

/** The image as asked: exactly `width`×`height` pixels. */
async function composePng(ctx: AppContext, request: PngRequest): Promise<HTMLCanvasElement> {
  const { width, height, title } = request;
  const state = ctx.store.get();
  const lines = describeFilters(state, ctx.dataset, state.lang);
  const layout = imageLayout(width, height, lines.length);
  const ratio = window.devicePixelRatio || 1;
  const graph = await drawOnCanvas(ctx.renderer as unknown as Sigma, {
    width: layout.graph.width / ratio,
    height: layout.graph.height / ratio,
    backgroundColor: '#ffffff',
    sigmaSettings: { labelFont: FONT },
  });
  const canvas = el('canvas', { attrs: { width: String(width), height: String(height) } });
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw on a canvas.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.drawImage(graph, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  drawHeader(g, layout, title, lines);
  drawLegend(g, layout, ctx);
  return canvas;
}

function download(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('The image could not be encoded as PNG.'));
      const url = URL.createObjectURL(blob);
      const a = el('a', { attrs: { href: url, download: fileName } });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      resolve();
    }, 'image/png'),
  );
}

/** Opens the export dialog, sized to the view on screen. */
export function openPngDialog(ctx: AppContext, fileName: string): void {
  const { lang } = ctx.store.get();
  const stage = ctx.renderer.getDimensions();
  const number = (id: string, value: number) =>
    el('input', {
      attrs: { id, type: 'number', min: String(IMAGE_LIMITS.min), max: String(IMAGE_LIMITS.max), step: '1', value: String(Math.round(value)), required: '' },
    });
  const width = number('png-width', stage.width);
  const height = number('png-height', stage.height);
  const title = el('input', { attrs: { id: 'png-title', type: 'text', value: datasetName(ctx.dataset) } });
  const error = el('p', { className: 'form-error', attrs: { id: 'png-error', role: 'alert' } });
  const fail = (text: string) => {
    error.textContent = text;
    error.hidden = false;
  };
  error.hidden = true;
  const field = (label: string, input: HTMLInputElement) => el('label', { className: 'form-field' }, [el('span', { text: label }), input]);
  const scale = (factor: number) =>
    el('button', {
      className: 'seg',
      text: `${factor}×`,
      attrs: { type: 'button', 'data-scale': String(factor) },
      on: {
        click: () => {
          width.value = String(Math.round(stage.width * factor));
          height.value = String(Math.round(stage.height * factor));
        },
      },
    });
  const submit = el('button', { className: 'tool primary', text: t(lang, 'download'), attrs: { type: 'submit', id: 'png-download' } });
  const dialog = el('dialog', { className: 'dialog', attrs: { id: 'png-dialog', 'aria-labelledby': 'png-dialog-title' } });
  // Our own message for a size out of bounds, in the UI's language, rather than the browser's bubble.
  const form = el('form', { attrs: { method: 'dialog', novalidate: '' } }, [
    el('h2', { className: 'dialog-title', text: t(lang, 'pngTitle'), attrs: { id: 'png-dialog-title' } }),
    el('div', { className: 'form-row' }, [field(t(lang, 'pngWidth'), width), field(t(lang, 'pngHeight'), height)]),
    el('div', { className: 'form-row' }, [
      el('span', { className: 'form-label', text: t(lang, 'pngScale') }),
      el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': t(lang, 'pngScale') } }, [1, 2, 3].map(scale)),
    ]),
    field(t(lang, 'pngCaption'), title),
    error,
    el('div', { className: 'dialog-footer' }, [
      el('button', { className: 'tool', text: t(lang, 'cancel'), attrs: { type: 'button' }, on: { click: () => dialog.close() } }),
      submit,
    ]),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const w = Number(width.value);
    const h = Number(height.value);
    const fine = (v: number) => Number.isInteger(v) && v >= IMAGE_LIMITS.min && v <= IMAGE_LIMITS.max;
    if (!fine(w) || !fine(h)) {
      fail(t(lang, 'pngSizeError').replace('{min}', String(IMAGE_LIMITS.min)).replace('{max}', String(IMAGE_LIMITS.max)));
      return;
    }
    submit.disabled = true;
    composePng(ctx, { width: w, height: h, title: title.value.trim() || datasetName(ctx.dataset) })
      .then((canvas) => download(canvas, `${fileName}.png`))
      .then(() => dialog.close())
      .catch((err: Error) => {
        fail(err.message);
        submit.disabled = false;
      });
  });
  dialog.append(form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  width.focus();
}

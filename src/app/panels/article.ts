// The article dialog: paste a Polish article (or drop or pick a .txt file), give its
// publication date and extract. It outlives the mounted app, so the text stays when the
// graph is swapped for the draft and the user comes back to correct it.
import { ArticleError, checkArticle, today } from '../core/article.ts';
import { t } from '../core/i18n.ts';
import type { Dataset } from '../core/types.ts';
import type { Lang } from '../../model/types.ts';
import { ExtractionCancelled, type Extraction } from '../controllers/extraction.ts';
import { el } from '../dom.ts';

export interface ArticlePanel {
  /** Opens the dialog in `lang`, with the text of `file` when one was dropped. */
  open(lang: Lang, file?: File): void;
  destroy(): void;
}

export const isTextFile = (file: File) => file.type === 'text/plain' || /\.txt$/i.test(file.name);

function errorText(lang: Lang, e: unknown): string {
  if (e instanceof ArticleError) return `${t(lang, e.key)}${e.detail ? ` ${e.detail}` : ''}`;
  return `${t(lang, 'errExtract')} ${(e as Error)?.message ?? String(e)}`;
}

export function mountArticlePanel(extraction: Extraction, onDraft: (dataset: Dataset) => void): ArticlePanel {
  const form = { text: '', published: today() };
  /** What the dialog says: work in progress (with a spinner), or what went wrong. */
  const note = { status: '', error: '' };
  let lang: Lang = 'pl';
  let busy = false;
  const dialog = el('dialog', { className: 'dialog', attrs: { id: 'article-dialog', 'aria-labelledby': 'article-title' } });
  document.body.append(dialog);

  const showNote = (patch: Partial<typeof note>) => {
    Object.assign(note, patch);
    const status = dialog.querySelector<HTMLElement>('#article-status');
    const error = dialog.querySelector<HTMLElement>('#article-error');
    if (status) status.textContent = note.status;
    if (error) {
      error.textContent = note.error;
      error.hidden = note.error === '';
    }
    dialog.dataset.state = note.status ? 'working' : note.error ? 'error' : 'idle';
  };
  const readFile = async (file: File) => {
    if (!isTextFile(file)) return showNote({ error: t(lang, 'txtOnly') });
    form.text = await file.text();
    note.error = '';
    render();
  };
  /** Loads the dictionary (once) with a visible status; errors surface on Extract. */
  const prepare = async () => {
    if (extraction.ready()) return;
    showNote({ status: t(lang, 'loadingDictionary') });
    try {
      await extraction.prepare();
    } finally {
      if (note.status === t(lang, 'loadingDictionary')) showNote({ status: '' });
    }
  };

  const extract = async () => {
    const problem = checkArticle(form.text, form.published);
    if (problem) {
      showNote({ error: t(lang, problem) });
      dialog.querySelector<HTMLElement>(problem === 'errInvalidDate' ? '#article-published' : '#article-text')?.focus();
      return;
    }
    busy = true;
    note.error = '';
    render();
    try {
      await prepare();
      showNote({ status: t(lang, 'extracting') });
      const dataset = await extraction.make(form.text, form.published);
      busy = false;
      note.status = '';
      dialog.close();
      onDraft(dataset);
    } catch (e) {
      busy = false;
      if (e instanceof ExtractionCancelled) return; // the dialog was closed
      Object.assign(note, { status: '', error: errorText(lang, e) });
      render();
    }
  };

  const render = () => {
    const text = el('textarea', {
      className: 'article-text',
      attrs: { id: 'article-text', rows: '14', spellcheck: 'false', lang: 'pl', placeholder: t(lang, 'articlePlaceholder') },
      on: {
        input: () => {
          form.text = text.value;
          showNote({ error: '' });
        },
      },
    });
    text.value = form.text;
    const date = el('input', {
      attrs: { id: 'article-published', type: 'date', 'aria-required': 'true', 'aria-describedby': 'article-published-hint' },
      on: {
        input: () => {
          form.published = date.value;
          showNote({ error: '' });
        },
      },
    });
    date.value = form.published;
    const picker = el('input', {
      className: 'visually-hidden',
      attrs: { id: 'article-file', type: 'file', accept: '.txt,text/plain', tabindex: '-1', 'aria-hidden': 'true' },
      on: {
        change: () => {
          const file = picker.files?.[0];
          if (file) void readFile(file);
          picker.value = '';
        },
      },
    });
    const close = () => dialog.close();
    // A running extraction disables every control but those that close the dialog, which cancel it.
    const fields = el('fieldset', { className: 'article-fields' }, [
      el('header', { className: 'dialog-header' }, [
        el('h2', { className: 'dialog-title', text: t(lang, 'articleTitle'), attrs: { id: 'article-title' } }),
        el('button', {
          className: 'icon-button',
          text: '×',
          attrs: { type: 'button', 'aria-label': t(lang, 'close'), 'data-close': '' },
          on: { click: close },
        }),
      ]),
      el('p', { className: 'hint', text: t(lang, 'articleHint') }),
      el('div', { className: 'field-label-row' }, [
        el('label', { className: 'field-label', text: t(lang, 'articleText'), attrs: { for: 'article-text' } }),
        el('button', {
          className: 'link-button',
          text: t(lang, 'pickTxt'),
          attrs: { type: 'button', id: 'article-pick' },
          on: { click: () => picker.click() },
        }),
      ]),
      text,
      el('div', { className: 'field-row' }, [
        el('label', { className: 'field-label', text: t(lang, 'published'), attrs: { for: 'article-published' } }),
        date,
        el('span', { className: 'field-hint', text: t(lang, 'publishedHint'), attrs: { id: 'article-published-hint' } }),
      ]),
      el('p', { className: 'article-status', attrs: { id: 'article-status', role: 'status' } }),
      el('p', { className: 'form-error', attrs: { id: 'article-error', role: 'alert' } }),
      el('footer', { className: 'dialog-footer' }, [
        el('button', { className: 'tool', text: t(lang, 'cancel'), attrs: { type: 'button', id: 'article-cancel', 'data-close': '' }, on: { click: close } }),
        el('button', { className: 'tool primary', text: t(lang, 'extract'), attrs: { type: 'submit', id: 'article-extract' } }),
      ]),
      picker,
    ]);
    for (const control of fields.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button'))
      control.disabled = busy && !('close' in control.dataset);
    // Validation is ours (with messages in the interface language), not the browser's.
    const submit = (e: Event) => {
      e.preventDefault();
      void extract();
    };
    dialog.replaceChildren(el('form', { className: 'article-form', attrs: { method: 'dialog', novalidate: '' }, on: { submit } }, [fields]));
    showNote({});
  };

  // A file dropped on the dialog fills the text; it never reaches the page's graph-file drop.
  let depth = 0;
  const dropping = (on: boolean) => (on ? (dialog.dataset.dropping = '') : delete dialog.dataset.dropping);
  const drag: Record<string, (e: DragEvent) => void> = {
    dragenter: () => dropping(++depth > 0),
    dragleave: () => dropping((depth = Math.max(0, depth - 1)) > 0),
    dragover: () => {},
    drop: (e) => {
      dropping((depth = 0) > 0);
      const file = e.dataTransfer?.files[0];
      if (file && !busy) void readFile(file);
    },
  };
  for (const [type, handle] of Object.entries(drag)) {
    dialog.addEventListener(type, (e) => {
      e.stopPropagation();
      e.preventDefault();
      handle(e as DragEvent);
    });
  }
  // Closed while extracting (Escape, Cancel, ×): the extraction stops.
  dialog.addEventListener('close', () => {
    if (busy) extraction.cancel();
  });

  return {
    open(language, file) {
      lang = language;
      Object.assign(note, { status: '', error: '' });
      render();
      if (!dialog.open) dialog.showModal();
      if (file) void readFile(file);
      dialog.querySelector<HTMLElement>('#article-text')?.focus();
      // The dictionary loads while the user pastes, never with the page.
      prepare().catch(() => {});
    },
    destroy: () => dialog.remove(),
  };
}

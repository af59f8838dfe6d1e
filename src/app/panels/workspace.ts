// Workspace files in the DOM: "Save view" downloads the view state as JSON, "Open view"
// reads one back through core/workspace.ts and says what it could not keep.
import type { AppContext } from '../context.ts';
import { urlContext } from '../controllers/url-sync.ts';
import { t } from '../core/i18n.ts';
import { datasetName, readWorkspace, writeWorkspace } from '../core/workspace.ts';
import { el } from '../dom.ts';
import { downloadText } from './toolbar.ts';

export function saveWorkspace(ctx: AppContext): void {
  const name =
    datasetName(ctx.dataset)
      .replace(/\.[^.]+$/, '')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'faktograf';
  downloadText(writeWorkspace(ctx.store.get(), datasetName(ctx.dataset), new Date()), `${name}.view.json`, 'application/json');
}

async function openWorkspace(ctx: AppContext, file: File): Promise<void> {
  const lang = ctx.store.get().lang;
  const read = readWorkspace(await file.text(), urlContext(ctx.dataset), datasetName(ctx.dataset));
  if (!read.ok) {
    ctx.message(`${t(lang, 'workspaceError').replace('{file}', file.name)}: ${read.error}.`, 'error');
    return;
  }
  ctx.store.set(read.state, 'restore');
  const loaded = t(read.state.lang, 'workspaceLoaded').replace('{file}', file.name);
  if (read.problems.length) ctx.message(`${loaded}. ${t(read.state.lang, 'workspaceProblems')}: ${read.problems.join(' · ')}`, 'warning');
  else ctx.message(loaded, 'info');
}

/** The hidden file input behind "Open view". */
export function workspaceInput(ctx: AppContext): HTMLInputElement {
  const input = el('input', {
    className: 'visually-hidden',
    attrs: { id: 'workspace-input', type: 'file', accept: '.json,application/json', tabindex: '-1', 'aria-hidden': 'true' },
    on: {
      change: () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) openWorkspace(ctx, file).catch((e: Error) => ctx.message(e.message, 'error'));
      },
    },
  });
  return input;
}

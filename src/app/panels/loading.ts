// What the page says while a large knowledge base loads: megabytes received, then what is
// being drawn. Shown only when loading takes long enough to wonder (a small knowledge
// base draws before it would appear).
import { t } from '../core/i18n.ts';
import { count } from '../core/grammar.ts';
import type { Lang } from '../../model/types.ts';
import { el } from '../dom.ts';
import { SETTINGS } from '../settings.ts';

const DELAY_MS = SETTINGS.loadingDelayMs;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0);

export interface LoadingNotice {
  progress(loaded: number, total: number): void;
  /** Says what is about to be drawn and lets the page paint it before the drawing starts. */
  drawing(entities: number, relations: number): Promise<void>;
  done(): void;
}

export function loadingNotice(container: HTMLElement, lang: Lang): LoadingNotice {
  const text = el('span', { className: 'message-text', text: t(lang, 'loadingKb') });
  const box = el('div', { className: 'message is-loading', attrs: { role: 'status', 'aria-live': 'polite' } }, [text]);
  const started = performance.now();
  let shown = false;
  const show = () => {
    if (!shown && performance.now() - started >= DELAY_MS) {
      container.replaceChildren(box);
      shown = true;
    }
    return shown;
  };
  const timer = setTimeout(show, DELAY_MS);
  let last = 0;
  return {
    progress(loaded, total) {
      const now = performance.now();
      if (now - last < 100 || !show()) return;
      last = now;
      const size = total >= loaded ? `${mib(loaded)} / ${mib(total)} MiB` : `${mib(loaded)} MiB`;
      text.textContent = `${t(lang, 'loadingKb')} ${size}`;
    },
    async drawing(entities, relations) {
      if (!show()) return;
      text.textContent = t(lang, 'drawingKb')
        .replace('{entities}', count(lang, 'entities', entities))
        .replace('{relations}', count(lang, 'relations', relations));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    },
    done() {
      clearTimeout(timer);
      box.remove();
    },
  };
}

// Visible messages: errors (a broken file, missing data) and short notices. Errors stay
// until dismissed; notices fade after a few seconds.
import { el } from '../dom.ts';
import { SETTINGS } from '../settings.ts';
import type { MessageKind } from '../context.ts';

export function showMessage(container: HTMLElement, text: string, kind: MessageKind = 'info'): void {
  const close = el('button', { className: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
  const box = el('div', { className: `message is-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, [
    el('span', { className: 'message-text', text }),
    close,
  ]);
  close.addEventListener('click', () => box.remove());
  container.replaceChildren(box);
  if (kind === 'info') setTimeout(() => box.remove(), SETTINGS.messageMs);
}

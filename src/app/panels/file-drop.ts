// Dropping a file anywhere on the page opens it; an overlay says what will happen.
import { el } from '../dom.ts';

export function bindFileDrop(target: HTMLElement, hint: () => string, onFile: (file: File) => void): () => void {
  const overlay = el('div', { className: 'drop-overlay', attrs: { 'aria-hidden': 'true' } }, [el('p', { className: 'drop-text' })]);
  overlay.hidden = true;
  target.append(overlay);
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const show = (on: boolean) => {
    overlay.hidden = !on;
    overlay.firstElementChild!.textContent = hint();
  };
  const handlers: Record<string, (e: DragEvent) => void> = {
    dragenter: (e) => {
      if (!hasFiles(e)) return;
      depth++;
      show(true);
    },
    dragleave: () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) show(false);
    },
    dragover: (e) => {
      if (hasFiles(e)) e.preventDefault();
    },
    drop: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      show(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    },
  };
  for (const [type, h] of Object.entries(handlers)) target.addEventListener(type, h as EventListener);
  return () => {
    for (const [type, h] of Object.entries(handlers)) target.removeEventListener(type, h as EventListener);
    overlay.remove();
  };
}

// An accessible autocomplete (WAI-ARIA combobox with a listbox popup): arrows move, Enter
// chooses, Escape closes. Used by the search box and by both ends of the path finder.
import { el, swatch } from '../dom.ts';

export interface ComboOption {
  id: string;
  label: string;
  /** Shown after the label, e.g. the alias that matched. */
  detail?: string;
  color?: string;
}

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  emptyText: string;
  search(text: string): ComboOption[];
  onChoose(option: ComboOption): void;
  /** Keep the chosen label in the input (path ends) or clear it (search). */
  keepChoice?: boolean;
}

export interface Combobox {
  root: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

export function createCombobox(opts: ComboboxOptions): Combobox {
  const listId = `${opts.id}-list`;
  const input = el('input', {
    className: 'combo-input',
    attrs: {
      id: opts.id,
      type: 'text',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: opts.placeholder,
    },
  });
  const list = el('ul', { className: 'combo-list', attrs: { id: listId, role: 'listbox', 'aria-label': opts.label } });
  list.hidden = true;
  const label = el('label', { className: 'visually-hidden', text: opts.label, attrs: { for: opts.id } });
  const root = el('div', { className: 'combo' }, [label, input, list]);

  let options: ComboOption[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    input.value = opts.keepChoice ? option.label : '';
    close();
    opts.onChoose(option);
  };
  const render = () => {
    const text = input.value.trim();
    options = text ? opts.search(text) : [];
    list.replaceChildren(
      ...options.map((o, i) =>
        el(
          'li',
          {
            className: 'combo-option',
            attrs: { id: `${opts.id}-opt-${i}`, role: 'option', 'aria-selected': 'false' },
            on: {
              mousedown: (e) => {
                e.preventDefault();
                choose(o);
              },
            },
          },
          [
            o.color ? swatch(o.color) : null,
            el('span', { className: 'combo-label', text: o.label }),
            o.detail ? el('span', { className: 'combo-detail', text: o.detail }) : null,
          ],
        ),
      ),
    );
    if (text && options.length === 0) list.append(el('li', { className: 'combo-empty', text: opts.emptyText, attrs: { role: 'presentation' } }));
    const open = text.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    setActive(options.length > 0 ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value.trim() && render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return render();
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden) choose(options[active] ?? options[0]);
    } else if (e.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });

  return {
    root,
    input,
    setValue: (text) => {
      input.value = text;
    },
  };
}

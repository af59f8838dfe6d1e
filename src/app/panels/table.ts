// The data table: the drawn entities or relations (filtered as the graph is) in a real
// <table>, sorted by a click on a column header (aria-sort says how), searched by text,
// paged so that 50,000 rows never reach the DOM at once. A click on a row, or Enter on
// its name, selects it as a click on the graph does.
import type { AppContext } from '../context.ts';
import { t, type StringKey } from '../core/i18n.ts';
import {
  COLUMNS,
  entityRows,
  nextOrder,
  NUMERIC,
  pageOf,
  relationRows,
  searchRows,
  sortRows,
  type ColumnKey,
  type SortOrder,
  type TableKind,
  type TableRow,
} from '../core/table.ts';
import { el } from '../dom.ts';

const PAGE_SIZE = 100;

const LABELS: Record<ColumnKey, StringKey> = {
  name: 'colName',
  type: 'colType',
  degree: 'colDegree',
  sources: 'colSources',
  claims: 'colClaims',
  from: 'colFrom',
  relation: 'colRelation',
  to: 'colTo',
  certainty: 'colCertainty',
  claimants: 'colClaimants',
  outlets: 'colOutlets',
  quotes: 'colQuotes',
};

export interface TablePanel {
  toggle(): void;
  isOpen(): boolean;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export function mountTable(container: HTMLElement, ctx: AppContext): TablePanel {
  let open = false;
  let kind: TableKind = 'entities';
  const orders: Record<TableKind, SortOrder> = { entities: { column: 2, direction: 'descending' }, relations: { column: 5, direction: 'descending' } };
  let page = 0;
  let query = '';
  // Rows of the drawn graph as it is now, built on first need and dropped when it changes.
  let rows: Partial<Record<TableKind, TableRow[]>> = {};
  let shown: TableRow[] | null = null;
  const listeners = new Set<() => void>();

  const allRows = (k: TableKind) => {
    const { lang } = ctx.store.get();
    return (rows[k] ??= k === 'entities' ? entityRows(ctx.graphs.drawn(), lang) : relationRows(ctx.graphs.drawn(), lang));
  };
  const visible = () => (shown ??= sortRows(searchRows(allRows(kind), query), orders[kind], ctx.store.get().lang));

  const search = el('input', {
    className: 'table-search',
    attrs: { type: 'search', id: 'table-search', autocomplete: 'off' },
    on: {
      input: () => {
        query = search.value;
        shown = null;
        page = 0;
        render();
      },
    },
  });
  const tabs = el('div', { className: 'segmented', attrs: { role: 'group' } });
  const range = el('span', { className: 'table-range', attrs: { id: 'table-range', 'aria-live': 'polite' } });
  const prev = el('button', { className: 'tool', text: '‹', attrs: { type: 'button', id: 'table-prev' }, on: { click: () => turn(-1) } });
  const next = el('button', { className: 'tool', text: '›', attrs: { type: 'button', id: 'table-next' }, on: { click: () => turn(1) } });
  const close = el('button', { className: 'icon-button', text: '×', attrs: { type: 'button', id: 'table-close' }, on: { click: () => panel.toggle() } });
  const caption = el('caption', { className: 'visually-hidden' });
  const head = el('thead');
  const body = el('tbody');
  const table = el('table', { className: 'table', attrs: { id: 'data-table' } }, [caption, head, body]);
  const scroller = el('div', { className: 'table-scroll' }, [table]);
  container.replaceChildren(el('div', { className: 'table-bar' }, [tabs, search, range, prev, next, close]), scroller);

  function turn(step: number) {
    page += step;
    render();
    scroller.scrollTop = 0;
  }

  const choose = (id: string) => {
    if (kind === 'entities') ctx.select({ kind: 'node', id }, { focus: true });
    else {
      ctx.select({ kind: 'edge', id, evidence: 0 });
      ctx.camera.focusNode(ctx.graphs.drawn().source(id));
    }
  };

  const selectedId = () => {
    const sel = ctx.store.get().selection;
    return sel && (sel.kind === 'node') === (kind === 'entities') ? sel.id : null;
  };

  const headerRow = () => {
    const { lang } = ctx.store.get();
    const order = orders[kind];
    return el(
      'tr',
      {},
      COLUMNS[kind].map((key, i) => {
        const numeric = NUMERIC.has(key);
        return el('th', { className: numeric ? 'num' : '', attrs: { scope: 'col', 'aria-sort': order.column === i ? order.direction : 'none' } }, [
          el('button', {
            className: 'sort',
            text: `${t(lang, LABELS[key])}${order.column === i ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ''}`,
            attrs: { type: 'button', 'data-col': key },
            on: {
              click: () => {
                orders[kind] = nextOrder(orders[kind], i, numeric);
                shown = null;
                page = 0;
                render();
                head.querySelector<HTMLButtonElement>(`button[data-col="${key}"]`)?.focus();
              },
            },
          }),
        ]);
      }),
    );
  };

  const bodyRows = (list: TableRow[]) => {
    const selected = selectedId();
    const numeric = COLUMNS[kind].map((key) => NUMERIC.has(key));
    return list.map((row) =>
      el(
        'tr',
        {
          className: row.id === selected ? 'is-selected' : '',
          attrs: { 'data-id': row.id, ...(row.id === selected ? { 'aria-selected': 'true' } : {}) },
          on: { click: () => choose(row.id) },
        },
        row.cells.map((cell, i) =>
          i === 0
            ? el('td', {}, [el('button', { className: 'link-button', text: cell || row.id, attrs: { type: 'button' } })])
            : el('td', { className: numeric[i] ? 'num' : '', text: cell }),
        ),
      ),
    );
  };

  function render() {
    container.hidden = !open;
    if (!open) return;
    const { lang } = ctx.store.get();
    const drawn = ctx.graphs.drawn();
    tabs.setAttribute('aria-label', t(lang, 'table'));
    tabs.replaceChildren(
      ...(['entities', 'relations'] as const).map((k) =>
        el('button', {
          className: 'seg',
          text: `${t(lang, k === 'entities' ? 'entitiesLabel' : 'relationsLabel')} (${k === 'entities' ? drawn.order : drawn.size})`,
          attrs: { type: 'button', 'data-kind': k, 'aria-pressed': String(k === kind) },
          on: {
            click: () => {
              if (k === kind) return;
              kind = k;
              shown = null;
              page = 0;
              render();
            },
          },
        }),
      ),
    );
    search.placeholder = t(lang, 'tableSearch');
    search.setAttribute('aria-label', t(lang, 'tableSearch'));
    prev.setAttribute('aria-label', t(lang, 'previousPage'));
    next.setAttribute('aria-label', t(lang, 'nextPage'));
    close.setAttribute('aria-label', t(lang, 'close'));
    caption.textContent = t(lang, kind === 'entities' ? 'entitiesLabel' : 'relationsLabel');
    const list = visible();
    const current = pageOf(list, page, PAGE_SIZE);
    page = current.page;
    range.textContent = list.length
      ? t(lang, 'tableRows')
          .replace('{from}', String(page * PAGE_SIZE + 1))
          .replace('{to}', String(page * PAGE_SIZE + current.rows.length))
          .replace('{n}', String(list.length))
      : t(lang, 'tableEmpty');
    prev.disabled = page === 0;
    next.disabled = page >= current.pages - 1;
    // Re-rendering replaces the rows: keep keyboard focus on the row it was on.
    const focused = body.contains(document.activeElement) ? document.activeElement?.closest('tr')?.dataset.id : undefined;
    head.replaceChildren(headerRow());
    body.replaceChildren(...bodyRows(current.rows));
    if (focused) body.querySelector<HTMLButtonElement>(`tr[data-id="${CSS.escape(focused)}"] button`)?.focus();
  }

  const changed = () => {
    rows = {};
    shown = null;
    render();
  };
  const offs = [
    ctx.graphs.onChange(changed),
    ctx.store.subscribe((s, p) => {
      if (s.lang !== p.lang) changed();
      else if (s.selection !== p.selection && open) render();
    }),
  ];

  const panel: TablePanel = {
    toggle() {
      open = !open;
      render();
      for (const listener of [...listeners]) listener();
      if (open) search.focus();
    },
    isOpen: () => open,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      for (const off of offs) off();
      container.replaceChildren();
      container.hidden = true;
    },
  };
  render();
  return panel;
}

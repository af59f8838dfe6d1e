// While a draft is shown: a bar above the graph that says so, what the draft brings, and
// the ways out: download it for `faktograf merge`, edit the article, or discard it.
import type { AppContext } from '../context.ts';
import { draftYaml } from '../../extract/draft-yaml.ts';
import { pick, t } from '../core/i18n.ts';
import { count } from '../core/grammar.ts';
import type { DraftArticle } from '../core/types.ts';
import { el } from '../dom.ts';
import { downloadText } from './toolbar.ts';

/** A menu of the draft's files: what `faktograf merge` takes, and the YAML it writes. */
function downloads(article: DraftArticle, ctx: AppContext): HTMLElement {
  const lang = ctx.store.get().lang;
  const id = article.source;
  const text = article.files.find((f) => f.path === `sources/${id}.txt`)?.content ?? '';
  const item = (key: string, label: string, file: string, save: () => void) =>
    el('button', { className: 'menu-item', attrs: { type: 'button', id: `draft-${key}`, role: 'menuitem' }, on: { click: save } }, [
      el('span', { className: 'menu-label', text: label }),
      el('span', { className: 'menu-file', text: file }),
    ]);
  const menu = el('details', { className: 'menu' }, [
    el('summary', { className: 'tool', text: `↓ ${t(lang, 'download')}`, attrs: { id: 'draft-download' } }),
    el('div', { className: 'menu-list', attrs: { role: 'menu' } }, [
      item('json', t(lang, 'downloadDraftJson'), `${id}.json`, () =>
        downloadText(`${JSON.stringify(article.draft, null, 2)}\n`, `${id}.json`, 'application/json'),
      ),
      item('txt', t(lang, 'downloadArticleTxt'), `${id}.txt`, () => downloadText(text, `${id}.txt`, 'text/plain')),
      item('yaml', t(lang, 'downloadDraftYaml'), `${id}.yaml`, () => downloadText(draftYaml(article.files), `${id}.yaml`, 'application/yaml')),
      el('p', { className: 'menu-note' }, [t(lang, 'mergeHint'), ' ', el('code', { text: `faktograf merge ${id}.json ${id}.txt` })]),
    ]),
  ]);
  // Choosing a file closes the menu, as any menu does.
  menu.addEventListener('click', (e) => (e.target as HTMLElement).closest('.menu-item') && menu.removeAttribute('open'));
  return menu;
}

/** Adds the bar to `stage` (above the graph) when the dataset holds a draft. */
export function mountDraftBar(stage: HTMLElement, ctx: AppContext): () => void {
  const article = ctx.dataset.article;
  if (!article) return () => {};
  const container = el('div', { className: 'draft-bar', attrs: { id: 'draft-bar', role: 'region' } });
  stage.prepend(container);
  const render = () => {
    const lang = ctx.store.get().lang;
    const source = ctx.dataset.sources.get(article.source);
    const counts = [
      `${t(lang, 'draftEntities')}: ${ctx.dataset.drafts.nodes.size}`,
      `${t(lang, 'draftRelations')}: ${ctx.dataset.drafts.edges.size}`,
      article.dropped.length ? count(lang, 'leftOut', article.dropped.length) : '',
    ].filter(Boolean);
    container.replaceChildren(
      el('span', { className: 'draft-chip', text: t(lang, 'draft') }),
      el('span', { className: 'draft-summary' }, [
        el('span', { className: 'draft-title', text: source ? pick(source.title, lang) : article.source }),
        el('span', { className: 'draft-counts', text: counts.join(' · ') }),
      ]),
      downloads(article, ctx),
      el('button', {
        className: 'tool',
        text: t(lang, 'editArticle'),
        attrs: { type: 'button', id: 'draft-edit', title: t(lang, 'editArticleTitle') },
        on: { click: () => ctx.openArticle?.() },
      }),
      el('button', {
        className: 'tool danger',
        text: t(lang, 'discardDraft'),
        attrs: { type: 'button', id: 'draft-discard', title: t(lang, 'discardDraftTitle') },
        on: { click: () => ctx.discardDraft() },
      }),
    );
    container.setAttribute('aria-label', t(lang, 'draftShown'));
  };
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => s.lang !== prev.lang && render());
  return () => {
    unsubscribe();
    container.remove();
  };
}

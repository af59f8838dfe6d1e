// The source-text panel: the article with every entity mention marked (click one to
// select its entity), and the selected relation's quote highlighted exactly, its
// sentence shaded and scrolled into view.
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { mentionIndex, type Mention, type MentionIndex } from '../core/mentions.ts';
import { segmentText, type Span } from '../core/segments.ts';
import type { BuiltSource } from '../../model/types.ts';
import { el, httpUrl } from '../dom.ts';

/** The article's address: a link when it is http(s), otherwise only its text. */
function sourceLink(url: string | undefined): HTMLElement | null {
  const href = httpUrl(url);
  if (!href) return url ? el('span', { className: 'source-url', text: url }) : null;
  return el('a', { text: url!.replace(/^https?:\/\//, ''), attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}

function sourceHeader(ctx: AppContext, source: BuiltSource): HTMLElement {
  const { lang } = ctx.store.get();
  const sources = [...ctx.dataset.sources.values()];
  const picker = el(
    'select',
    {
      className: 'source-picker',
      attrs: { 'aria-label': t(lang, 'sources'), id: 'source-picker' },
      on: { change: (e) => ctx.store.set({ source: (e.target as HTMLSelectElement).value }) },
    },
    sources.map((s) => el('option', { text: pick(s.title, lang) || s.id, attrs: { value: s.id } })),
  );
  picker.value = source.id;
  const meta = [source.outlet?.name, source.published].filter(Boolean).join(' · ');
  return el('header', { className: 'source-header' }, [
    sources.length > 1 ? picker : el('h3', { className: 'source-title', text: pick(source.title, lang) || source.id }),
    el('p', { className: 'source-meta' }, [meta, sourceLink(source.url)]),
  ]);
}

export function mountSource(container: HTMLElement, ctx: AppContext): () => void {
  const { graph, sources } = ctx.dataset;
  let names: MentionIndex | null = null;
  const buildIndex = () => (names ??= mentionIndex(graph.mapNodes((id, a) => ({ id, names: [a.name.pl, a.name.en, ...a.aliases] }))));
  // A large graph's names take a while to index: the text shows at once, its mentions
  // once the graph is drawn and the page is idle.
  let pending = 0;
  const index = (): MentionIndex | null => {
    if (names || !ctx.graphs.large) return buildIndex();
    // Nothing was cached without it: rendering again marks the mentions.
    pending ||= requestIdleCallback(
      () => {
        buildIndex();
        render();
      },
      { timeout: 2000 },
    );
    return null;
  };
  const mentionCache = new Map<string, Mention[]>();
  const { article, drafts } = ctx.dataset;
  // A draft's article is marked where the extractor found each entity, inflected forms
  // the names do not list included.
  const mentionsOf = (s: BuiltSource) => {
    let m = mentionCache.get(s.id);
    if (m) return m;
    if (s.id === article?.source) m = article.mentions;
    else {
      // Forms that name an entity in this source only (entity `mentions`) join its index here.
      const local = graph.filterNodes((_n, a) => (a.mentions?.[s.id]?.length ?? 0) > 0);
      const found = (
        local.length ? mentionIndex(graph.mapNodes((id, a) => ({ id, names: [a.name.pl, a.name.en, ...a.aliases, ...(a.mentions?.[s.id] ?? [])] }))) : index()
      )?.find(s.text);
      if (!found) return [];
      m = found;
    }
    mentionCache.set(s.id, m);
    return m;
  };

  const current = (): { source: BuiltSource; quote: Span | null; sentence: Span | null } | null => {
    const { selection, source: chosen } = ctx.store.get();
    let quote: Span | null = null;
    let sentence: Span | null = null;
    let sourceId = chosen;
    if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) {
      const ev = graph.getEdgeAttribute(selection.id, 'evidence')[selection.evidence];
      if (ev && sources.has(ev.source)) {
        sourceId = ev.source;
        quote = { start: ev.start, end: ev.end };
        const s = sources.get(ev.source)!.sentences[ev.sentence];
        if (s) sentence = { start: s[0], end: s[1] };
      }
    }
    const source = (sourceId && sources.get(sourceId)) || sources.values().next().value;
    return source ? { source, quote, sentence } : null;
  };

  const render = () => {
    const view = current();
    const { lang, selection } = ctx.store.get();
    if (!view) {
      container.replaceChildren(
        el('h2', { className: 'panel-title', text: t(lang, 'sourceText') }),
        el('p', { className: 'hint', text: t(lang, 'noSources') }),
      );
      return;
    }
    const { source, quote, sentence } = view;
    const selectedEntity = selection?.kind === 'node' ? selection.id : null;
    const article = el('div', { className: 'article', attrs: { id: 'source-text', 'data-source': source.id, lang: source.language } });
    for (const seg of segmentText(source.text.length, mentionsOf(source), quote, sentence)) {
      const text = source.text.slice(seg.start, seg.end);
      const classes = [
        seg.sentence && 'in-sentence',
        seg.quote && 'in-quote',
        seg.entity && 'mention',
        seg.entity && seg.entity === selectedEntity && 'is-selected',
        seg.entity && drafts.nodes.has(seg.entity) && 'is-draft',
      ];
      const className = classes.filter(Boolean).join(' ');
      if (!className) {
        article.append(text);
        continue;
      }
      const span = el(seg.quote ? 'mark' : 'span', { className, text, attrs: { 'data-start': String(seg.start) } });
      if (seg.entity) {
        span.dataset.entity = seg.entity;
        span.title = pick(graph.getNodeAttribute(seg.entity, 'name'), lang);
        span.tabIndex = 0;
        span.setAttribute('role', 'button');
      }
      article.append(span);
    }
    const choose = (e: Event) => {
      const entity = (e.target as HTMLElement).closest<HTMLElement>('[data-entity]')?.dataset.entity;
      if (entity) ctx.select({ kind: 'node', id: entity }, { focus: true });
    };
    article.addEventListener('click', choose);
    article.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        choose(e);
      }
    });
    container.replaceChildren(el('h2', { className: 'panel-title', text: t(lang, 'sourceText') }), sourceHeader(ctx, source), article);
    scrollToQuote();
  };
  const scrollToQuote = () => container.querySelector('#source-text .in-quote')?.scrollIntoView({ block: 'center' });
  // A collapsed panel (phone) cannot scroll: do it when the panel is shown.
  const shown = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && scrollToQuote());
  shown.observe(container);
  render();
  const unsubscribe = ctx.store.subscribe((s, prev) => (s.selection !== prev.selection || s.source !== prev.source || s.lang !== prev.lang) && render());
  return () => {
    if (pending) cancelIdleCallback(pending);
    shown.disconnect();
    unsubscribe();
    container.replaceChildren();
  };
}

// The entity panel: type, names in both languages, Wikidata link, attributes, and the
// incoming and outgoing relations grouped by type (an opened file's undirected edges as neighbours).
import type { AppContext } from '../context.ts';
import { pick, t } from '../core/i18n.ts';
import { groupsOf, parentOf } from '../core/groups.ts';
import { entityLabel, relationGroups, type RelationGroup } from '../core/relations.ts';
import { el, swatch } from '../dom.ts';
import { draftBadge, entityButton, graphHolding, relationRow } from './relation-parts.ts';

function groupsSection(ctx: AppContext, title: string, groups: RelationGroup[], arrow: string): HTMLElement | null {
  if (groups.length === 0) return null;
  return el('section', { className: 'detail-section' }, [
    el('h3', { className: 'panel-subtitle', text: title }),
    ...groups.map((g) =>
      el('div', { className: 'relation-group', attrs: { 'data-relation-type': g.relationType } }, [
        el('h4', { className: 'group-title' }, [swatch(g.color), g.label, el('span', { className: 'count', text: String(g.items.length) })]),
        el(
          'ul',
          { className: 'relation-list' },
          g.items.map((item) => relationRow(ctx, item, arrow)),
        ),
      ]),
    ),
  ]);
}

/** A file's hierarchy: the group an entity belongs to, and the members of the group it heads. */
function groupSection(ctx: AppContext, graph: Parameters<typeof parentOf>[0], id: string): HTMLElement | null {
  const lang = ctx.store.get().lang;
  const parent = parentOf(graph, id);
  const members = groupsOf(graph).get(id)?.members ?? [];
  if (parent === null && members.length === 0) return null;
  return el('section', { className: 'detail-section group-section' }, [
    parent !== null
      ? el('p', { className: 'group-of', attrs: { 'data-group': parent } }, [
          `${t(lang, 'group')}: `,
          entityButton(ctx, parent, entityLabel(graph, parent, lang)),
        ])
      : null,
    members.length
      ? el('div', { attrs: { 'data-members': String(members.length) } }, [
          el('h3', { className: 'panel-subtitle', text: `${t(lang, 'groupMembers')} (${members.length})` }),
          el(
            'ul',
            { className: 'relation-list' },
            members.map((m) => el('li', {}, [entityButton(ctx, m, entityLabel(graph, m, lang))])),
          ),
        ])
      : null,
  ]);
}

export function renderEntity(ctx: AppContext, id: string): HTMLElement[] {
  const held = graphHolding(ctx, 'node', id);
  if (!held) return [];
  const { graph, hidden } = held;
  const lang = ctx.store.get().lang;
  const other = lang === 'pl' ? 'en' : 'pl';
  const a = graph.getNodeAttributes(id);
  const type = graph.getAttribute('ontology').entityTypes[a.entityType];
  const name = pick(a.name, lang) || a.label;
  const otherName = a.name[other];
  const badge = draftBadge(ctx, 'node', id);
  // The badge says it: no `draft: true` row besides.
  const attributes = Object.entries(a.attributes ?? {}).filter(([k]) => !(badge && k === 'draft'));
  const aliases = a.aliases.filter((x) => x !== name && x !== otherName);

  return [
    el('header', { className: 'detail-header' }, [
      el('div', { className: 'chip-row' }, [
        el('span', { className: 'type-chip' }, [swatch(type?.color ?? a.color), pick(type?.label, lang) || a.entityType]),
        badge,
      ]),
      el('h2', { className: 'detail-title', text: name, attrs: { id: 'detail-title' } }),
      otherName && otherName !== name ? el('p', { className: 'detail-alt', text: otherName, attrs: { lang: other } }) : null,
      a.wikidata
        ? el('a', {
            className: 'wikidata',
            text: `Wikidata ${a.wikidata}`,
            attrs: { href: `https://www.wikidata.org/wiki/${a.wikidata}`, target: '_blank', rel: 'noopener noreferrer' },
          })
        : null,
    ]),
    hidden ? el('p', { className: 'note', text: t(lang, 'hiddenByFilters') }) : null,
    a.description ? el('p', { className: 'description', text: pick(a.description, lang) }) : null,
    aliases.length ? el('p', { className: 'aliases', text: aliases.join(' · ') }) : null,
    attributes.length
      ? el('section', { className: 'detail-section' }, [
          el('h3', { className: 'panel-subtitle', text: t(lang, 'attributes') }),
          el(
            'dl',
            { className: 'attributes' },
            attributes.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })]),
          ),
        ])
      : null,
    groupSection(ctx, graph, id),
    groupsSection(ctx, t(lang, 'outgoing'), relationGroups(graph, id, 'out', lang), '→'),
    groupsSection(ctx, t(lang, 'incoming'), relationGroups(graph, id, 'in', lang), '←'),
    groupsSection(ctx, t(lang, 'neighbours'), relationGroups(graph, id, 'undirected', lang), '—'),
  ].filter((x): x is HTMLElement => x !== null);
}

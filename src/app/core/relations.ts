// View models for the details panels: an entity's relations grouped by direction and
// type, and a relation's qualifiers, certainty and attribution as plain label/value rows.
import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, Lang, NodeAttributes, Qualifiers, Quantity } from '../../model/types.ts';
import { pick, t } from './i18n.ts';

type AnyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  certaintyLabel: string;
  certainty: string;
  attribution: string[];
  qualifiers: Array<[label: string, value: string]>;
}

export interface RelationGroup {
  relationType: string;
  label: string;
  color: string;
  items: RelationItem[];
}

export function entityLabel(graph: AnyGraph, id: string, lang: Lang): string {
  if (!graph.hasNode(id)) return id;
  const attrs = graph.getNodeAttributes(id);
  return pick(attrs.name, lang) || attrs.label || id;
}

const PRECISION_SIGN: Record<string, string> = { exact: '', approximate: '≈ ', 'at-least': '≥ ', 'at-most': '≤ ' };

export function formatQuantity(q: Quantity, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB').format(q.value);
  const unit = q.unit ? ` ${pick(q.unit, lang)}` : '';
  return `${PRECISION_SIGN[q.precision] ?? ''}${number}${unit}`;
}

export function qualifierRows(q: Qualifiers | undefined, lang: Lang, nameOf: (id: string) => string): Array<[string, string]> {
  if (!q) return [];
  const rows: Array<[string, string]> = [];
  if (q.quantity) rows.push([t(lang, 'quantity'), formatQuantity(q.quantity, lang)]);
  if (q.time) rows.push([t(lang, 'time'), q.time]);
  if (q.place) rows.push([t(lang, 'place'), nameOf(q.place)]);
  if (q.purpose) rows.push([t(lang, 'purpose'), pick(q.purpose, lang)]);
  if (q.role) rows.push([t(lang, 'role'), pick(q.role, lang)]);
  return rows;
}

export function relationItem(graph: AnyGraph, edge: string, other: string, lang: Lang): RelationItem {
  const attrs = graph.getEdgeAttributes(edge);
  const { certainty } = graph.getAttribute('ontology');
  const nameOf = (id: string) => entityLabel(graph, id, lang);
  return {
    edge,
    other,
    otherLabel: nameOf(other),
    certainty: attrs.certainty,
    certaintyLabel: pick(certainty[attrs.certainty]?.label, lang) || attrs.certainty || '',
    attribution: (attrs.attributedTo ?? []).map(nameOf),
    qualifiers: qualifierRows(attrs.qualifiers, lang, nameOf),
  };
}

/**
 * Relations of `node` in one direction, grouped by type in ontology order; an opened
 * file's undirected edges are neither out nor in but `undirected`, the other end either.
 */
export function relationGroups(graph: AnyGraph, node: string, direction: 'out' | 'in' | 'undirected', lang: Lang): RelationGroup[] {
  const { relationTypes } = graph.getAttribute('ontology');
  const groups = new Map<string, RelationGroup>();
  const edges = direction === 'out' ? graph.outEdges(node) : direction === 'in' ? graph.inEdges(node) : graph.edges(node);
  for (const edge of edges) {
    const attrs = graph.getEdgeAttributes(edge);
    if ((attrs.undirected === true) !== (direction === 'undirected')) continue;
    const type = attrs.relationType;
    let group = groups.get(type);
    if (!group) {
      const def = relationTypes[type];
      group = { relationType: type, label: pick(def?.label, lang) || type, color: def?.color ?? '#94a3b8', items: [] };
      groups.set(type, group);
    }
    const other = direction === 'out' ? graph.target(edge) : direction === 'in' ? graph.source(edge) : graph.opposite(node, edge);
    group.items.push(relationItem(graph, edge, other, lang));
  }
  const order = Object.keys(relationTypes);
  return [...groups.values()].sort((a, b) => order.indexOf(a.relationType) - order.indexOf(b.relationType));
}

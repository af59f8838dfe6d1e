// View models for the details panels: an entity's relations grouped by direction and
// type, and a relation's qualifiers (with their basis), factuality, status and claimants as
// plain label/value rows.
import type Graph from 'graphology';
import type { Basis, EdgeAttributes, GraphAttributes, Lang, NodeAttributes, Ontology, Qualifiers, Quantity } from '../../model/types.ts';
import { claimantsPhrase, formatNumber, unitFor, type ClaimantName } from './grammar.ts';
import { pick, t } from './i18n.ts';

type AnyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  factuality: string;
  /** The factuality's label, with the status when it is not `occurred` ("pewne, planowane"). */
  factualityLabel: string;
  negative: boolean;
  claimants: string[];
  /** "według Ministerstwa Obrony Wielkiej Brytanii": the claimants in the UI's grammar, or '' when there are none. */
  attribution: string;
  /** Independent outlets carrying it. */
  outlets: number;
  conflicts: string[];
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

/** A claimant's names for a phrase: the genitive (Polish) when its data gives one. */
function claimantName(graph: AnyGraph, id: string, lang: Lang): ClaimantName {
  const genitive = graph.hasNode(id) ? graph.getNodeAttributes(id).genitive?.[lang] : undefined;
  return { name: entityLabel(graph, id, lang), ...(genitive ? { genitive } : {}) };
}

/** "według Władimira Putina, Kremla" / "according to Vladimir Putin, Kremlin"; '' for none. */
export function attribution(graph: AnyGraph, claimants: readonly string[], lang: Lang): string {
  return claimants.length
    ? claimantsPhrase(
        lang,
        claimants.map((id) => claimantName(graph, id, lang)),
      )
    : '';
}

/** "≈ 600 zabitych", "1 zabity", "≥ 3 żołnierze": the unit agrees with the number. */
export function formatQuantity(q: Quantity, lang: Lang): string {
  const unit = unitFor(q, lang);
  return `${PRECISION_SIGN[q.precision] ?? ''}${formatNumber(q.value, lang)}${unit ? ` ${unit}` : ''}`;
}

/** A value the text does not give says where it comes from: "2025-06-17 (from the metadata)". */
function withBasis(value: string, q: Basis, ontology: Ontology | undefined, lang: Lang): string {
  if (q.basis === 'text' || !q.basis) return value;
  const label = pick(ontology?.basis?.[q.basis]?.label, lang) || q.basis;
  return `${value} (${label})`;
}

function qualifierRows(q: Qualifiers | undefined, lang: Lang, nameOf: (id: string) => string, ontology?: Ontology): Array<[string, string]> {
  if (!q) return [];
  const rows: Array<[string, string]> = [];
  if (q.quantity) rows.push([t(lang, 'quantity'), withBasis(formatQuantity(q.quantity, lang), q.quantity, ontology, lang)]);
  if (q.time) rows.push([t(lang, 'time'), withBasis(q.time.value, q.time, ontology, lang)]);
  if (q.place) rows.push([t(lang, 'place'), withBasis(nameOf(q.place.value), q.place, ontology, lang)]);
  if (q.purpose) rows.push([t(lang, 'purpose'), withBasis(pick(q.purpose, lang), q.purpose, ontology, lang)]);
  if (q.role) rows.push([t(lang, 'role'), withBasis(pick(q.role, lang), q.role, ontology, lang)]);
  return rows;
}

/** "pewne", "pewne, planowane": the factuality's label, and the status's unless it occurred. */
export function claimLabel(ontology: Ontology | undefined, factuality: string, status: string, lang: Lang): string {
  const f = pick(ontology?.factuality?.[factuality as keyof Ontology['factuality']]?.label, lang) || factuality;
  if (!status || status === 'occurred') return f;
  return `${f}, ${pick(ontology?.status?.[status as keyof Ontology['status']]?.label, lang) || status}`;
}

export function relationItem(graph: AnyGraph, edge: string, other: string, lang: Lang): RelationItem {
  const attrs = graph.getEdgeAttributes(edge);
  const ontology = graph.getAttribute('ontology');
  const nameOf = (id: string) => entityLabel(graph, id, lang);
  return {
    edge,
    other,
    otherLabel: nameOf(other),
    factuality: attrs.factuality,
    factualityLabel: attrs.factuality ? claimLabel(ontology, attrs.factuality, attrs.status, lang) : '',
    negative: attrs.polarity === 'negative',
    claimants: (attrs.claimedBy ?? []).map(nameOf),
    attribution: attribution(graph, attrs.claimedBy ?? [], lang),
    outlets: attrs.corroboration?.independentOutlets ?? 0,
    conflicts: attrs.conflicts ?? [],
    qualifiers: qualifierRows(attrs.qualifiers, lang, nameOf, ontology),
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

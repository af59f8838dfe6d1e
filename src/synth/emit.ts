// Writes a synthetic knowledge base as the files of a `graph/` directory, in the same
// hand-written YAML style as the seed (block lists, flow maps for names), without a YAML
// library: at 100k entities a generic serialiser is needlessly slow.
import type { TextFile } from '../kb/files.ts';
import type { AttributeValue, Basis, Entity, LangText, Qualifiers, Relation, Source } from '../model/types.ts';
import type { SynthKnowledgeBase } from './generate.ts';
import { slug } from './names.ts';

/** Records per entities/relations file. */
const CHUNK = 5000;

const PLAIN = /^[\p{L}][\p{L}\p{N} ()\-.]*$/u;
const KEYWORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON escapes are valid YAML). */
export function scalar(v: AttributeValue): string {
  if (typeof v !== 'string') return String(v);
  return PLAIN.test(v) && !KEYWORDS.test(v) && !v.endsWith(' ') ? v : JSON.stringify(v);
}

/** ISO dates stay plain, as in the seed (`time: 2024-06`); the loader reads years as numbers. */
const date = (v: string) => (/^\d{4}(?:-\d{2}){0,2}$/.test(v) ? v : JSON.stringify(v));
const lang = (t: LangText) => `{pl: ${scalar(t.pl)}, en: ${scalar(t.en)}}`;
const langWithBasis = (t: LangText & Basis) => `{pl: ${scalar(t.pl)}, en: ${scalar(t.en)}, basis: ${t.basis}}`;
const list = (items: string[]) => `[${items.map(scalar).join(', ')}]`;

function entityYaml(e: Entity): string {
  const lines = [`  - id: ${e.id}`, `    type: ${e.type}`, `    name: ${lang(e.name)}`];
  if (e.aliases.length) lines.push(`    aliases: ${list(e.aliases)}`);
  if (e.wikidata) lines.push(`    wikidata: ${e.wikidata}`);
  if (e.description) lines.push(`    description: ${lang(e.description)}`);
  const attrs = Object.entries(e.attributes);
  if (attrs.length) lines.push(`    attributes: {${attrs.map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')}}`);
  return lines.join('\n');
}

function qualifiersYaml(q: Qualifiers): string[] {
  const lines: string[] = [];
  if (q.quantity) {
    const unit = q.quantity.unit ? `, unit: ${lang(q.quantity.unit)}` : '';
    lines.push(`      quantity: {value: ${q.quantity.value}, precision: ${q.quantity.precision}${unit}, basis: ${q.quantity.basis}}`);
  }
  if (q.time) lines.push(`      time: {value: ${date(q.time.value)}, basis: ${q.time.basis}}`);
  if (q.place) lines.push(`      place: {value: ${q.place.value}, basis: ${q.place.basis}}`);
  if (q.purpose) lines.push(`      purpose: ${langWithBasis(q.purpose)}`);
  if (q.role) lines.push(`      role: ${langWithBasis(q.role)}`);
  return lines.length ? ['    qualifiers:', ...lines] : [];
}

function relationYaml(r: Relation): string {
  return [
    `  - id: ${r.id}`,
    `    subject: ${r.subject}`,
    `    type: ${r.type}`,
    `    object: ${r.object}`,
    ...qualifiersYaml(r.qualifiers),
    '    evidence:',
    ...r.evidence.flatMap((ev) => [
      `      - source: ${ev.source}`,
      `        quote: ${JSON.stringify(ev.quote)}`,
      ...(ev.occurrence ? [`        occurrence: ${ev.occurrence}`] : []),
      ...(ev.claimedBy.length ? [`        claimedBy: ${list(ev.claimedBy)}`] : []),
      ...(ev.factuality !== 'certain' ? [`        factuality: ${ev.factuality}`] : []),
      ...(ev.status !== 'occurred' ? [`        status: ${ev.status}`] : []),
    ]),
  ].join('\n');
}

function sourceYaml(s: Source): string {
  const outlet = Object.entries(s.outlet).map(([k, v]) => `${k}: ${scalar(v as string)}`);
  return [
    `id: ${s.id}`,
    `title: ${lang(s.title)}`,
    `language: ${s.language}`,
    `published: ${date(s.published)}`,
    `outlet: {${outlet.join(', ')}}`,
    `text: ${s.id}.txt`,
    '',
  ].join('\n');
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const HEADER = '# Synthetic knowledge base written by `faktograf synth`: generated names and texts, not news.\n';

/** The files of the knowledge base, paths relative to its directory. */
export function* synthFiles(kb: SynthKnowledgeBase, ontologyYaml: string): Generator<TextFile> {
  yield { path: 'ontology.yaml', content: ontologyYaml };
  for (const s of kb.sources) {
    yield { path: `sources/${s.id}.yaml`, content: sourceYaml(s) };
    yield { path: `sources/${s.id}.txt`, content: s.text };
  }
  const byType = new Map<string, Entity[]>();
  for (const e of kb.entities) (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
  for (const [type, entities] of byType)
    for (const [i, part] of chunks(entities).entries())
      yield { path: `entities/${slug(type)}-${String(i + 1).padStart(3, '0')}.yaml`, content: `${HEADER}entities:\n${part.map(entityYaml).join('\n\n')}\n` };
  for (const [i, part] of chunks(kb.relations).entries())
    yield { path: `relations/part-${String(i + 1).padStart(3, '0')}.yaml`, content: `${HEADER}relations:\n${part.map(relationYaml).join('\n\n')}\n` };
}

// The checks of meaning: unique ids, references that resolve, relations that respect
// the ontology, dates that parse and quotes found verbatim, as whole words, in their sources.
import type { Basis, Entity, Evidence, Ontology, Relation, Source, SourceMeta } from '../model/types.ts';
import { own } from '../model/own.ts';
import { didYouMean } from '../model/suggest.ts';
import { splitSentences, sentenceAt, type SentenceSpan } from '../text/sentences.ts';
import { dateInText, numbersIn, placeInText } from './basis.ts';
import { parseIsoDate } from './dates.ts';
import type { Diagnostic } from './diagnostics.ts';
import { locateEvidence } from './evidence.ts';
import { CollapsedText } from './quotes.ts';
import { positionUnknown, type ParsedYaml, type YamlPath } from './yaml-file.ts';

/** A record with the file and the path inside it where it was written. */
export interface Located<T> {
  value: T;
  parsed: ParsedYaml;
  path: YamlPath;
}

export interface SemanticInput {
  ontology: Ontology | null;
  ontologyFile: ParsedYaml | null;
  sources: Array<Located<Source>>;
  entities: Array<Located<Entity>>;
  relations: Array<Located<Relation>>;
  /** Ids from files that already have errors: references to them are not reported. */
  brokenIds: { entities: Set<string>; sources: Set<string>; entitiesUnreadable: boolean };
}

export interface LocatedQuote {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** A problem whose position is looked up later, all of one file's at once. */
interface PendingReport {
  parsed: ParsedYaml;
  path: YamlPath;
  key: boolean;
  message: string;
  hint: string;
  /** A second place the message names, as `{line}` (the first of two duplicate ids). */
  also?: { parsed: ParsedYaml; path: YamlPath };
  /** Reported, but the knowledge base is still built. */
  warning?: boolean;
}

export interface SemanticResult {
  diagnostics: Diagnostic[];
  /** Problems that do not stop a build (a quote that occurs more than once, say). */
  warnings: Diagnostic[];
  spans: Map<string, LocatedQuote[]>;
  sentences: Map<string, SentenceSpan[]>;
}

export function checkSemantics(input: SemanticInput): SemanticResult {
  const reports: PendingReport[] = [];
  const report = (at: Located<unknown>, sub: YamlPath, message: string, hint: string, key = false, warning = false) =>
    reports.push({ parsed: at.parsed, path: [...at.path, ...sub], key, message, hint, warning });
  const { ontology } = input;

  if (ontology && input.ontologyFile) {
    const types = Object.keys(ontology.entityTypes);
    const at: Located<unknown> = { value: null, parsed: input.ontologyFile, path: [] };
    for (const [id, def] of Object.entries(ontology.relationTypes))
      for (const role of ['subject', 'object'] as const)
        def[role].forEach((t, i) => {
          if (!own(ontology.entityTypes, t))
            report(
              at,
              ['relationTypes', id, role, i],
              `relation type ${id} allows the unknown entity type "${t}" as ${role}`,
              fix(t, types, 'declare it under entityTypes'),
            );
        });
  }

  const sources = uniqueIds(input.sources, 'source', reports);
  for (const s of input.sources)
    if (!parseIsoDate(s.value.published))
      report(s, ['published'], `published date "${s.value.published}" is not an ISO date`, 'write it as YYYY-MM-DD, e.g. 2025-06-17');
  // The schema gave each address its form (http or https, a host); this catches what that
  // form still lets through, such as a port out of range or a malformed IPv6 host.
  for (const s of input.sources)
    for (const [path, url] of [
      [['url'], s.value.url],
      [['outlet', 'url'], s.value.outlet.url],
    ] satisfies Array<[YamlPath, string | undefined]>)
      if (url !== undefined && !parsesAsUrl(url))
        report(s, path, `the address "${url}" is not a valid web address`, 'check the host name and port, or copy the address again from the browser');

  const entities = uniqueIds(input.entities, 'entity', reports);
  if (ontology) {
    const types = Object.keys(ontology.entityTypes);
    for (const e of input.entities)
      if (!own(ontology.entityTypes, e.value.type))
        report(e, ['type'], `entity "${e.value.id}" has the unknown type "${e.value.type}"`, fix(e.value.type, types, 'use a type declared in ontology.yaml'));
  }

  for (const e of input.entities)
    for (const id of Object.keys(e.value.mentions ?? {}))
      if (!sources.has(id) && !input.brokenIds.sources.has(id))
        report(
          e,
          ['mentions', id],
          `entity "${e.value.id}" lists mentions for the unknown source "${id}"`,
          fix(id, [...sources.keys()], 'key them by a source id under sources/'),
          true,
        );

  uniqueIds(input.relations, 'relation', reports);
  const spans = new Map<string, LocatedQuote[]>();
  // Quotes are looked up source by source, so that only one source's comparable text is
  // held at a time; each relation's evidence keeps its order through its slots.
  const pending = new Map<string, Array<{ r: Located<Relation>; i: number; ev: Evidence; slots: Array<LocatedQuote | null> }>>();
  const textBased: Array<{ r: Located<Relation>; checks: TextCheck[] }> = [];
  const allSlots: Array<[string, Array<LocatedQuote | null>]> = [];
  const entityIds = [...entities.keys()];
  const entityRef = (r: Located<Relation>, sub: YamlPath, id: string, what: string): Entity | undefined => {
    const found = entities.get(id)?.value;
    if (!found && !input.brokenIds.entities.has(id) && !input.brokenIds.entitiesUnreadable)
      report(
        r,
        sub,
        `relation "${r.value.id}" names the missing entity "${id}" as ${what}`,
        fix(id, entityIds, 'add the entity to a file in entities/, or correct the id'),
      );
    return found;
  };

  for (const r of input.relations) {
    const rel = r.value;
    const subject = entityRef(r, ['subject'], rel.subject, 'subject');
    const object = entityRef(r, ['object'], rel.object, 'object');
    rel.evidence.forEach((ev, i) => ev.claimedBy.forEach((id, j) => entityRef(r, ['evidence', i, 'claimedBy', j], id, 'claimant (claimedBy)')));
    if (rel.basis === 'inferred' && !rel.note)
      report(r, ['basis'], `relation "${rel.id}" is inferred but has no note`, 'add note: saying how the knowledge base infers it');
    for (const [key, q] of Object.entries(rel.qualifiers) as Array<[string, Basis]>) {
      if (q.basis === 'metadata' && !q.rule)
        report(
          r,
          ['qualifiers', key, 'basis'],
          `the ${key} of relation "${rel.id}" comes from metadata but names no rule`,
          'add rule: saying how it was resolved, e.g. "w listopadzie" = November of the year before publication',
        );
      if (q.basis === 'inferred' && !q.note)
        report(
          r,
          ['qualifiers', key, 'basis'],
          `the ${key} of relation "${rel.id}" is inferred but has no note`,
          'add note: saying how the knowledge base infers it',
        );
      if (q.basis !== 'metadata' && q.rule)
        report(
          r,
          ['qualifiers', key, 'rule'],
          `the ${key} of relation "${rel.id}" names a rule but its basis is ${q.basis}`,
          'a rule belongs to basis: metadata; use note: otherwise',
        );
    }
    const place = rel.qualifiers.place && entityRef(r, ['qualifiers', 'place', 'value'], rel.qualifiers.place.value, 'place');
    const time = rel.qualifiers.time;
    if (time !== undefined && !parseIsoDate(time.value))
      report(
        r,
        ['qualifiers', 'time', 'value'],
        `time "${time.value}" is not an ISO date, month or year`,
        'write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-06-19 or 2024-11',
      );
    const checks = textChecks(rel, place);
    if (checks.length) textBased.push({ r, checks });
    if (ontology) {
      const def = own(ontology.relationTypes, rel.type);
      if (!def)
        report(
          r,
          ['type'],
          `relation "${rel.id}" has the unknown type "${rel.type}"`,
          fix(rel.type, Object.keys(ontology.relationTypes), 'use a relation type declared in ontology.yaml'),
        );
      else
        for (const [role, ent] of [
          ['subject', subject],
          ['object', object],
        ] as const)
          if (ent && own(ontology.entityTypes, ent.type) && !def[role].includes(ent.type))
            report(
              r,
              [role],
              `${rel.type} does not allow ${ent.type} "${ent.id}" as its ${role} (allowed: ${def[role].join(', ')})`,
              `choose ${role === 'object' ? 'an' : 'a'} ${role} of an allowed type, another relation type, or widen ${rel.type}.${role} in ontology.yaml`,
            );
    }
    const slots = new Array<LocatedQuote | null>(rel.evidence.length).fill(null);
    allSlots.push([rel.id, slots]);
    rel.evidence.forEach((ev, i) => {
      if (sources.has(ev.source)) {
        const list = pending.get(ev.source);
        if (list) list.push({ r, i, ev, slots });
        else pending.set(ev.source, [{ r, i, ev, slots }]);
      } else if (!input.brokenIds.sources.has(ev.source))
        report(
          r,
          ['evidence', i, 'source'],
          `evidence names the unknown source "${ev.source}"`,
          fix(ev.source, [...sources.keys()], 'add the source under sources/, or correct the id'),
        );
    });
  }
  for (const [sourceId, quotes] of pending) {
    const located = sources.get(sourceId)!;
    // The source's own record still names its text file (the value holds the text itself).
    const source = { id: sourceId, file: `sources/${(located.parsed.data as SourceMeta).text}`, text: new CollapsedText(located.value.text) };
    for (const { r, i, ev, slots } of quotes) {
      const found = locateEvidence(source, ev);
      if (!found.span) report(r, ['evidence', i, found.error.key], found.error.message, found.error.hint);
      else {
        if (found.warning) report(r, ['evidence', i, found.warning.key], found.warning.message, found.warning.hint, false, true);
        slots[i] = { source: sourceId, quote: ev.quote, start: found.span.start, end: found.span.end };
      }
    }
  }
  for (const [id, slots] of allSlots) if (slots.every((s) => s !== null)) spans.set(id, slots as LocatedQuote[]);

  // A `text` date, number or place must be in the sentence of one of its quotes.
  const sentences = new Map<string, SentenceSpan[]>();
  const sentencesOf = (id: string) => {
    let list = sentences.get(id);
    if (!list) sentences.set(id, (list = splitSentences(sources.get(id)!.value.text)));
    return list;
  };
  for (const { r, checks } of textBased) {
    const located = spans.get(r.value.id);
    if (!located) continue;
    const texts = located.map((q) => {
      const list = sentencesOf(q.source);
      const text = sources.get(q.source)!.value.text;
      return text.slice(list[sentenceAt(list, q.start)]![0], list[sentenceAt(list, Math.max(q.start, q.end - 1))]![1]);
    });
    for (const check of checks)
      if (!texts.some(check.holds))
        report(
          r,
          ['qualifiers', check.key, 'basis'],
          `the ${check.key} "${check.shown}" of relation "${r.value.id}" has basis text, but no sentence of its evidence gives it`,
          check.hint,
        );
  }
  const resolved = resolvePositions(reports);
  return { diagnostics: resolved.filter((_, i) => !reports[i]!.warning), warnings: resolved.filter((_, i) => reports[i]!.warning), spans, sentences };
}

interface TextCheck {
  key: string;
  shown: string;
  holds: (sentence: string) => boolean;
  hint: string;
}

const ELSEWHERE = 'quote the sentence that says it, or give basis: metadata with the rule that resolves it (or inferred with a note)';

/** The checks a relation's `text` qualifiers need against its evidence sentences. */
function textChecks(rel: Relation, place: Entity | undefined): TextCheck[] {
  const { quantity, time } = rel.qualifiers;
  const out: TextCheck[] = [];
  if (quantity?.basis === 'text')
    out.push({
      key: 'quantity',
      shown: String(quantity.value),
      holds: (s) => numbersIn(s).has(quantity.value),
      hint: `write the number as the sentence does (digits, "11 000", "6 tys.", "11 tysięcy"); ${ELSEWHERE}`,
    });
  if (time?.basis === 'text' && parseIsoDate(time.value))
    out.push({
      key: 'time',
      shown: time.value,
      holds: (s) => dateInText(time.value, s),
      hint: `a text date needs every part it gives in the sentence: the year in digits, the month by name (any form) and the day; ${ELSEWHERE}`,
    });
  if (rel.qualifiers.place?.basis === 'text' && place) {
    const names = [place.name.pl, place.name.en, ...place.aliases];
    out.push({
      key: 'place',
      shown: place.id,
      holds: (s) => placeInText(names, s),
      hint: `add the form the sentence uses to the place's aliases; ${ELSEWHERE}`,
    });
  }
  return out;
}

/** Positions for every pending report, looked up file by file in one pass each. */
function resolvePositions(pending: PendingReport[]): Diagnostic[] {
  const byFile = new Map<ParsedYaml, Array<{ path: YamlPath; key: boolean }>>();
  const request = (parsed: ParsedYaml, path: YamlPath, key: boolean): [ParsedYaml, number] => {
    const list = byFile.get(parsed) ?? [];
    byFile.set(parsed, list);
    list.push({ path, key });
    return [parsed, list.length - 1];
  };
  const refs = pending.map((p) => ({ at: request(p.parsed, p.path, p.key), also: p.also && request(p.also.parsed, p.also.path, false) }));
  const found = new Map<ParsedYaml, Array<{ line: number; column: number }>>();
  for (const [parsed, list] of byFile) found.set(parsed, parsed.locateAll(list));
  const pos = ([parsed, i]: [ParsedYaml, number]) => found.get(parsed)![i]!;
  return pending.map((p, i) => ({
    file: p.parsed.file,
    ...pos(refs[i]!.at),
    message: !p.also
      ? p.message
      : p.also.parsed.changed
        ? `${p.message.replace(':{line}', '')} ${positionUnknown(p.also.parsed.file)}`
        : p.message.replace('{line}', String(pos(refs[i]!.also!).line)),
    hint: p.hint,
  }));
}

function uniqueIds<T extends { id: string }>(list: Array<Located<T>>, what: string, pending: PendingReport[]): Map<string, Located<T>> {
  const seen = new Map<string, Located<T>>();
  for (const item of list) {
    const first = seen.get(item.value.id);
    if (first)
      pending.push({
        parsed: item.parsed,
        path: [...item.path, 'id'],
        key: false,
        message: `duplicate ${what} id "${item.value.id}" (first defined at ${first.parsed.file}:{line})`,
        hint: `give this ${what} another id, or merge the two`,
        also: { parsed: first.parsed, path: [...first.path, 'id'] },
      });
    else seen.set(item.value.id, item);
  }
  return seen;
}

function parsesAsUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function fix(bad: string, known: string[], otherwise: string): string {
  const mean = didYouMean(bad, known);
  return mean ? `${mean} Otherwise ${otherwise}` : otherwise;
}

// Load and validate a knowledge base from its files: parse with positions, check
// shapes, then check meaning. All problems are collected; nothing is built from a
// knowledge base that has any.
import type { Entity, KnowledgeBase, Ontology, Relation, ResolvedEvidence, Source, SourceMeta } from '../model/types.ts';
import { splitSentences, sentenceAt, type SentenceSpan } from '../text/sentences.ts';
import { checkShape, type FileKind } from './check-shape.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { classifyFiles, type TextFile } from './files.ts';
import { checkSemantics, type Located } from './validate.ts';
import { parseYamlFile, positionUnknown, type ParsedYaml } from './yaml-file.ts';

export type { TextFile };

export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  /** Sentence spans per source id. */
  sentences: Map<string, SentenceSpan[]>;
  /** Located evidence per relation id, in the order written. */
  evidence: Map<string, ResolvedEvidence[]>;
}

/** `warnings` (a quote that occurs more than once, say) do not stop a load; `diagnostics` do. */
export type LoadResult =
  | { ok: true; value: LoadedKnowledgeBase; diagnostics: []; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; warnings: Diagnostic[] };

export function loadKnowledgeBase(files: TextFile[]): LoadResult {
  const layout = classifyFiles(files);
  const diagnostics = [...layout.diagnostics];
  // Ids written in files that fail to parse or to match their schema: references to them
  // are not reported again, since the file's own error already says what to fix.
  const brokenIds = { entities: new Set<string>(), sources: new Set<string>(), entitiesUnreadable: false };
  const collectIds = (data: unknown, key: 'entities' | 'relations' | null, into: Set<string>) => {
    const items = key ? (data as Record<string, unknown> | null)?.[key] : [data];
    if (Array.isArray(items)) for (const item of items) if (typeof item?.id === 'string') into.add(item.id);
  };
  const strings = new Map<string, string>();
  const allParsed: ParsedYaml[] = [];
  const parse = (file: TextFile, kind: FileKind): ParsedYaml | null => {
    // The parser gets a way to read the file, not its text, so that the text can go once
    // parsed (it is read again if a diagnostic needs a position). Relations repeat a few
    // thousand short values (entity ids, types, dates) hundreds of thousands of times.
    const parsed = parseYamlFile(file.path, () => file.content, kind === 'relations' ? strings : undefined);
    allParsed.push(parsed);
    diagnostics.push(...parsed.errors);
    const shape = parsed.errors.length ? [] : checkShape(parsed, kind);
    diagnostics.push(...shape);
    if (!parsed.errors.length && !shape.length) return parsed;
    if (kind === 'entities') {
      const before = brokenIds.entities.size;
      collectIds(parsed.data, 'entities', brokenIds.entities);
      // With no id readable at all, any id could have been in that file.
      if (brokenIds.entities.size === before) brokenIds.entitiesUnreadable = true;
    }
    if (kind === 'source') collectIds(parsed.data, null, brokenIds.sources);
    return null;
  };

  const ontologyFile = layout.ontology && parse(layout.ontology, 'ontology');
  const ontology = (ontologyFile?.data as Ontology | undefined) ?? null;

  const sources: Array<Located<Source>> = [];
  for (const file of layout.sources) {
    const parsed = parse(file, 'source');
    if (!parsed) continue;
    const meta = parsed.data as SourceMeta;
    const textPath = `sources/${meta.text}`;
    const text = layout.texts.get(textPath);
    if (!text) {
      brokenIds.sources.add(meta.id);
      diagnostics.push({
        file: file.path,
        ...parsed.locate(['text']),
        message: `the source text "${textPath}" does not exist`,
        hint: `put the article's verbatim text in ${textPath}, or correct the file name`,
      });
      continue;
    }
    sources.push({ value: { ...meta, text: text.content }, parsed, path: [] });
  }

  const entities: Array<Located<Entity>> = [];
  for (const file of layout.entities) {
    const parsed = parse(file, 'entities');
    const list = (parsed?.data as { entities: Entity[] } | undefined)?.entities ?? [];
    // Defaults are filled in place: the parsed records are ours, and at 100k entities a
    // copy of each would double what the loader allocates.
    list.forEach((e, i) => {
      e.aliases ??= [];
      // Keys come from data: the map is a null-prototype object.
      e.mentions = Object.assign(Object.create(null) as Record<string, string[]>, e.mentions);
      e.attributes ??= {};
      entities.push({ value: e, parsed: parsed!, path: ['entities', i] });
    });
  }

  const relations: Array<Located<Relation>> = [];
  for (const file of layout.relations) {
    const parsed = parse(file, 'relations');
    const list = (parsed?.data as { relations: Relation[] } | undefined)?.relations ?? [];
    list.forEach((r, i) => {
      r.basis ??= 'text';
      r.qualifiers ??= {};
      const time = r.qualifiers.time as { value: unknown } | undefined;
      if (typeof time?.value === 'number') time.value = String(time.value);
      for (const ev of r.evidence) {
        ev.claimedBy ??= [];
        ev.factuality ??= 'certain';
        ev.polarity ??= 'positive';
        ev.status ??= 'occurred';
      }
      relations.push({ value: r, parsed: parsed!, path: ['relations', i] });
    });
  }

  const semantic = checkSemantics({ ontology, ontologyFile: ontologyFile ?? null, sources, entities, relations, brokenIds });
  diagnostics.push(...semantic.diagnostics);
  const warnings = sortDiagnostics(markChanged(semantic.warnings, allParsed));
  if (diagnostics.length || !ontology) return { ok: false, diagnostics: sortDiagnostics(markChanged(diagnostics, allParsed)), warnings };

  // Sentences already split by the checks of `text` qualifiers are not split again.
  const sentences = new Map<string, SentenceSpan[]>();
  for (const { value } of sources) sentences.set(value.id, semantic.sentences.get(value.id) ?? splitSentences(value.text));
  const outletOf = new Map(sources.map(({ value }) => [value.id, value.outlet.id ?? `source:${value.id}`]));
  const written = new Map(relations.map(({ value }) => [value.id, value.evidence]));
  const evidence = new Map<string, ResolvedEvidence[]>();
  for (const [relationId, spans] of semantic.spans) {
    // The located quotes become resolved evidence in place (one object per quote, not two).
    const claims = written.get(relationId)!;
    spans.forEach((span, i) => {
      const { claimedBy, factuality, polarity, status } = claims[i]!;
      Object.assign(span, {
        sentence: sentenceAt(sentences.get(span.source)!, span.start),
        outlet: outletOf.get(span.source)!,
        claimedBy,
        factuality,
        polarity,
        status,
      });
    });
    evidence.set(relationId, spans as unknown as ResolvedEvidence[]);
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ok: true,
    diagnostics: [],
    warnings,
    value: {
      kb: {
        ontology,
        sources: sources.map((s) => s.value).sort(byId),
        entities: entities.map((e) => e.value).sort(byId),
        relations: relations.map((r) => r.value).sort(byId),
      },
      sentences,
      evidence,
    },
  };
}

/**
 * A file whose text changed after it was parsed (seen when a diagnostic needed a position
 * and the text read again was not the parsed one) has its problems at 1:1: say so in each.
 */
function markChanged(diagnostics: Diagnostic[], parsed: ParsedYaml[]): Diagnostic[] {
  const changed = new Set(parsed.filter((p) => p.changed).map((p) => p.file));
  if (!changed.size) return diagnostics;
  return diagnostics.map((d) => {
    if (!changed.has(d.file)) return d;
    // A duplicate id's message may already say it (validate.ts), when both are in this file.
    const message = d.message.endsWith(positionUnknown(d.file)) ? d.message : `${d.message} ${positionUnknown(d.file)}`;
    return { ...d, line: 1, column: 1, message };
  });
}

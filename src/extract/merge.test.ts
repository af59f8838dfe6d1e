import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_DATE_RULE } from './claim.ts';
import type { TextFile } from '../kb/load.ts';
import { loadKnowledgeBase } from '../kb/load.ts';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { extract, type Draft } from './extract.ts';
import { buildLinker } from './linker.ts';
import { mergeDraft } from './merge.ts';

const TEXT = `Ławrow w Pjongjangu

Minister spraw zagranicznych Rosji Siergiej Ławrow spotkał się w piątek w Pjongjangu z Kim Dzong Unem. Ławrow zapowiedział, że Rosja będzie wspierać Koreę Północną.`;

let files: TextFile[];
let draft: Draft;
beforeAll(async () => {
  files = await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph'));
  const loaded = loadKnowledgeBase(files);
  if (!loaded.ok) throw new Error('graph/ does not validate');
  draft = extract(
    TEXT,
    { published: '2025-07-12', sourceId: 'lavrov-test' },
    buildLinker(testLemmatizer(), loaded.value.kb.entities, loaded.value.kb.ontology),
  ).draft;
});

describe('mergeDraft', () => {
  it('adds the draft as files that validate with the knowledge base', () => {
    const merged = mergeDraft(files, draft, TEXT);
    expect(merged.result.ok).toBe(true);
    expect(merged.added.map((f) => f.path)).toEqual([
      'sources/lavrov-test.txt',
      'sources/lavrov-test.yaml',
      'entities/draft-lavrov-test.yaml',
      'relations/draft-lavrov-test.yaml',
    ]);
    expect(merged.draftEntities).toContain('sergei-lavrov');
    expect(merged.draftRelations.length).toBe(draft.relations.length);
    if (!merged.result.ok) return;
    const lavrov = merged.result.value.kb.entities.find((e) => e.id === 'sergei-lavrov');
    expect(lavrov).toMatchObject({ type: 'Person', name: { pl: 'Siergiej Ławrow', en: 'Sergei Lavrov' }, attributes: { draft: true } });
    const met = merged.result.value.kb.relations.find((r) => r.subject === 'sergei-lavrov' && r.type === 'MET_WITH');
    expect(met).toMatchObject({
      object: 'kim-jong-un',
      qualifiers: { time: { value: '2025-07-11', basis: 'metadata', rule: EXTRACTOR_DATE_RULE }, place: { value: 'pyongyang', basis: 'text' } },
    });
    // "w piątek" read against the publication date: metadata; "w Pjongjangu" is in the sentence: text.
    expect(merged.result.value.evidence.get(met!.id)![0]!.source).toBe('lavrov-test');
  });

  it('renames relation ids that the knowledge base already uses', () => {
    const clash = { ...draft, relations: draft.relations.map((r, i) => (i === 0 ? { ...r, id: 'r-kim-signed-treaty' } : r)) };
    const merged = mergeDraft(files, clash, TEXT);
    expect(merged.result.ok).toBe(true);
    expect(merged.draftRelations).not.toContain('r-kim-signed-treaty');
  });

  it('leaves out relations that do not fit the ontology, and reports quotes that are not in the article', () => {
    const bad: Draft = {
      ...draft,
      relations: [
        ...draft.relations,
        { ...draft.relations[0]!, id: 'r-wrong', type: 'SIGNED', to: 'russia' },
        { ...draft.relations[0]!, id: 'r-invented', evidence: [{ ...draft.relations[0]!.evidence[0]!, quote: 'Ławrow podpisał traktat', start: 0, end: 0 }] },
      ],
    };
    const merged = mergeDraft(files, bad, TEXT);
    expect(merged.dropped).toEqual(['r-wrong']);
    expect(merged.result.ok).toBe(false);
    if (!merged.result.ok) expect(merged.result.diagnostics.map((d) => d.message).join('\n')).toMatch(/quote is not found verbatim/);
  });

  it('refuses a draft entity with the id of another entity, rather than merging them silently', () => {
    // A hand-edited draft: Ławrow given Putin's id.
    const renamed: Draft = {
      ...draft,
      entities: draft.entities.map((e) => (e.id === 'sergei-lavrov' ? { ...e, id: 'vladimir-putin' } : e)),
      relations: draft.relations.map((r) => ({
        ...r,
        from: r.from === 'sergei-lavrov' ? 'vladimir-putin' : r.from,
        to: r.to === 'sergei-lavrov' ? 'vladimir-putin' : r.to,
      })),
    };
    const merged = mergeDraft(files, renamed, TEXT);
    expect(merged.result.ok).toBe(false);
    if (merged.result.ok) return;
    expect(merged.result.diagnostics).toContainEqual({
      file: 'entities/draft-lavrov-test.yaml',
      line: 1,
      column: 1,
      message:
        'the draft\'s entity "vladimir-putin" (Person "Siergiej Ławrow", "Sergei Lavrov", "Ławrow") has the id of another entity of the knowledge base (Person "Władimir Putin", "Vladimir Putin", "Władimira Putina"): merged, the draft\'s relations would be about that one',
      hint: expect.stringMatching(/give the draft's entity another id, everywhere the draft uses it/),
    });
  });

  it('takes a draft entity with an existing id for that entity when a name agrees, folded', () => {
    const putin = { id: 'vladimir-putin', type: 'Person', names: { pl: 'WŁADIMIR  PUTIN', en: 'V. Putin' }, aliases: [], mentions: [], known: false };
    expect(mergeDraft(files, { ...draft, entities: [...draft.entities, putin] }, TEXT).result.ok).toBe(true);
    const otherType = { ...putin, type: 'Organization' };
    expect(mergeDraft(files, { ...draft, entities: [...draft.entities, otherType] }, TEXT).result).toMatchObject({
      ok: false,
      diagnostics: expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/^the draft's entity "vladimir-putin" \(Organization/) })]),
    });
  });
});

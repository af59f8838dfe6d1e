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
  draft = extract(TEXT, { published: '2025-07-12', sourceId: 'lavrov-test' }, buildLinker(testLemmatizer(), loaded.value.kb.entities, loaded.value.kb.ontology)).draft;
});

describe('mergeDraft', () => {
  it('adds the draft as files that validate with the knowledge base', () => {
    const merged = mergeDraft(files, draft, TEXT);
    expect(merged.result.ok).toBe(true);
    expect(merged.added.map((f) => f.path)).toEqual(['sources/lavrov-test.txt', 'sources/lavrov-test.yaml', 'entities/draft-lavrov-test.yaml', 'relations/draft-lavrov-test.yaml']);
    expect(merged.draftEntities).toContain('sergei-lavrov');
    expect(merged.draftRelations.length).toBe(draft.relations.length);
    if (!merged.result.ok) return;
    const lavrov = merged.result.value.kb.entities.find((e) => e.id === 'sergei-lavrov');
    expect(lavrov).toMatchObject({ type: 'Person', name: { pl: 'Siergiej Ławrow', en: 'Sergei Lavrov' }, attributes: { draft: true } });
    const met = merged.result.value.kb.relations.find((r) => r.subject === 'sergei-lavrov' && r.type === 'MET_WITH');
    expect(met).toMatchObject({ object: 'kim-jong-un', qualifiers: { time: { value: '2025-07-11', basis: 'metadata', rule: EXTRACTOR_DATE_RULE }, place: { value: 'pyongyang', basis: 'text' } } });
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
});

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/model/types.ts';
import { goldAsDraft, parseGold } from './gold.ts';
import { classTable, errorsByClass } from './report.ts';
import { scoreDraft } from './score.ts';

const kb = { entities: [] } as unknown as KnowledgeBase;
const text = 'Moskwa zaprzeczyła. Korea Północna przekazała Rosji pociski – podała agencja KCNA.';
const gold = (phenomena = '[supply, claimant-after]', polarity = 'positive') => `
source:
  id: t
  published: 2025-01-01
  title: {pl: t, en: t}
  phenomena: [capitalised-word]
entities:
  - {id: nk, type: Country, name: {pl: Korea Północna, en: North Korea}, mentions: [Korea Północna]}
  - {id: ru, type: Country, name: {pl: Rosja, en: Russia}, mentions: [Rosji, Moskwa]}
  - {id: shells, type: Resource, name: {pl: pociski, en: shells}, mentions: [pociski]}
  - {id: kcna, type: Media, name: {pl: KCNA, en: KCNA}, mentions: [agencja KCNA], phenomena: [media]}
relations:
  - {subject: nk, type: SUPPLIES, object: shells, factuality: certain, polarity: ${polarity}, claimedBy: [kcna], quote: "Korea Północna przekazała Rosji pociski", phenomena: ${phenomena}}
  - {subject: ru, type: RECEIVES, object: shells, factuality: certain, claimedBy: [kcna], quote: "Korea Północna przekazała Rosji pociski", phenomena: [supply]}
`;

describe('gold phenomena and the per-class score', () => {
  it('rejects a phenomenon outside the closed list, naming the file and the relation', () => {
    expect(() => parseGold(gold('[supply, passive]'), text, 'dev2', kb)).toThrow(/t: relation nk SUPPLIES shells: unknown phenomenon "passive"/);
  });

  it('collects the text phenomena from the source, the entities and the relations', () => {
    expect(parseGold(gold(), text, 'dev2', kb).phenomena).toEqual(['capitalised-word', 'claimant-after', 'media', 'supply']);
  });

  it('counts a class as found only for its tagged relations that were extracted, and lists the rest', () => {
    const g = parseGold(gold(), text, 'dev2', kb);
    const perfect = scoreDraft(goldAsDraft(g, kb), g);
    expect(perfect.classes.get('supply')).toMatchObject({ relations: 2, relationsFound: 2, claimRight: 2 });
    expect(perfect.classes.get('media')).toMatchObject({ entities: 1, entitiesFound: 1 });
    const draft = goldAsDraft(g, kb);
    draft.relations = draft.relations.filter((r) => r.type !== 'RECEIVES');
    const partial = scoreDraft(draft, g);
    expect(partial.classes.get('supply')).toMatchObject({ relations: 2, relationsFound: 1 });
    expect(partial.classes.get('claimant-after')).toMatchObject({ relations: 1, relationsFound: 1 });
    expect(errorsByClass([partial])).toEqual(['supply: t: ru|RECEIVES|shells (missed)']);
    expect(errorsByClass([partial], true)).toEqual(['supply: 1 error(s)']);
    expect(classTable([partial], ['dev2']).find((l) => l.startsWith('| supply |'))).toContain('1/2 = **0.50**');
  });

  it('scores polarity with the claim: a denial extracted as an assertion is a wrong claim', () => {
    const g = parseGold(gold('[supply, denial]', 'negative'), text, 'dev2', kb);
    const asserted = goldAsDraft(parseGold(gold(), text, 'dev2', kb), kb);
    const s = scoreDraft(asserted, g);
    expect(s.classes.get('denial')).toMatchObject({ relations: 1, relationsFound: 1, claimRight: 0 });
    expect(s.factuality).toEqual({ right: 1, of: 2 });
    expect(scoreDraft(goldAsDraft(g, kb), g).factuality).toEqual({ right: 2, of: 2 });
  });
});

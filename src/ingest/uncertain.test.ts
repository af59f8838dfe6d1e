import { describe, expect, it } from 'vitest';
import type { Draft } from '../extract/extract.ts';
import { findUncertain, surnames } from './uncertain.ts';

const person = (id: string, pl: string, aliases: string[] = []) => ({ id, type: 'Person', name: { pl, en: pl }, aliases });
const KNOWN = [
  person('vladimir-putin', 'Władimir Putin', ['Putin']),
  person('kim-jong-un', 'Kim Dzong Un', ['Kim Jong Un']),
  person('kim-yo-jong', 'Kim Jo Dzong'),
];
const entity = (id: string, pl: string, known: boolean, mentions: string[], type = 'Person') => ({
  id,
  type,
  names: { pl, en: pl },
  aliases: [],
  known,
  mentions: mentions.map((text) => ({ start: 0, end: 0, text })),
});
const draft = (entities: Draft['entities']): Draft => ({
  source: { id: 's', title: { pl: 't', en: 't' }, language: 'pl', published: '2025-01-01' },
  entities,
  relations: [],
});

describe('findUncertain', () => {
  it('reads a surname at the end, and at the start of a three-word (Korean) name', () => {
    expect([...surnames(['wladimir putin'])]).toEqual(['putin']);
    expect([...surnames(['kim dzong un'])]).toEqual(['un', 'kim']);
    expect([...surnames(['putin'])]).toEqual([]);
  });

  it('reports a new person with a known surname as created, with the candidates', () => {
    const [u] = findUncertain(draft([entity('aleksei-putin', 'Aleksiej Putin', false, ['Aleksiej Putin'])]), KNOWN);
    expect(u).toMatchObject({ entity: 'aleksei-putin', decision: 'created', candidates: [{ id: 'vladimir-putin', name: 'Władimir Putin' }] });
  });

  it('reports a link made by a bare surname two known people carry', () => {
    const [u] = findUncertain(draft([entity('kim-jong-un', 'Kim Dzong Un', true, ['Kim Dzong Un', 'Kim'])]), KNOWN);
    expect(u).toMatchObject({ entity: 'kim-jong-un', decision: 'linked', candidates: [{ id: 'kim-jong-un' }, { id: 'kim-yo-jong' }] });
  });

  it('passes a person with a surname of their own, and a link by the full name', () => {
    expect(
      findUncertain(
        draft([entity('sergei-lavrov', 'Siergiej Ławrow', false, ['Ławrow']), entity('vladimir-putin', 'Władimir Putin', true, ['Putina'])]),
        KNOWN,
      ),
    ).toEqual([]);
  });

  it('reports a near miss of a known name of the same type', () => {
    const known = [{ id: 'pyongyang', type: 'Place', name: { pl: 'Pjongjang', en: 'Pyongyang' }, aliases: [] }];
    expect(findUncertain(draft([entity('pjongjan', 'Pjongjan', false, ['Pjongjanie'], 'Place')]), known)).toMatchObject([
      { entity: 'pjongjan', candidates: [{ id: 'pyongyang' }] },
    ]);
    expect(findUncertain(draft([entity('pjongjan', 'Pjongjan', false, ['Pjongjanie'], 'Country')]), known)).toEqual([]);
  });
});

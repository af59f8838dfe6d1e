import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/load.ts';
import { testLemmatizer } from '../lexicon/fixtures/dictionary.ts';
import type { Ontology } from '../model/types.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { extract } from './extract.ts';
import { compileFrames, loadFrames } from './frames.ts';
import { buildLinker, type Linker } from './linker.ts';

let ontology: Ontology;
let linker: Linker;
beforeAll(async () => {
  const loaded = loadKnowledgeBase(await readKnowledgeBaseDir(join(import.meta.dirname, '..', '..', 'graph')));
  if (!loaded.ok) throw new Error('graph/ does not validate');
  ontology = loaded.value.kb.ontology;
  linker = buildLinker(testLemmatizer(), [], ontology);
});

const row = (over: Record<string, unknown> = {}) => ({
  lemmas: ['przyjąć'],
  relation: 'MET_WITH',
  voice: 'active',
  subject: { types: ['Person'], case: 'nom' },
  object: { types: ['Person'], case: 'acc' },
  ...over,
});

describe('verb frames: loading', () => {
  it('the extractor’s own frames fit the ontology of graph/', () => {
    expect(loadFrames(ontology).length).toBeGreaterThan(0);
  });

  it('names the file, frame and field of every problem, all at once', () => {
    const { frames, problems } = compileFrames(
      {
        frames: [
          row(),
          row({ relation: 'MET_WTH' }),
          row({ subject: { types: ['Persn'], case: 'nom' } }),
          row({ object: { types: ['Country'], case: 'acc' } }),
          row({ object: { types: ['Person'], case: 'dative' }, voice: 'middle' }),
        ],
      },
      ontology,
      'frames.json',
    );
    expect(frames).toHaveLength(1);
    expect(problems).toEqual([
      expect.stringMatching(/^frames\.json: frame 2, relation: "MET_WTH" is not a relation type of the ontology/),
      'frames.json: frame 3, subject.types: "Persn" is not an entity type of the ontology',
      'frames.json: frame 4, object.types: MET_WITH does not take a Country as its object (the ontology allows Person)',
      'frames.json: frame 5, voice: must be one of active, passive, any',
      'frames.json: frame 5, object.case: must be one of nom, gen, dat, acc, inst, loc (or a list of them)',
    ]);
  });

  it('a linker for an ontology the frames do not fit is an error, not frames silently dropped', () => {
    const { MET_WITH: _, ...rest } = ontology.relationTypes;
    expect(() => buildLinker(testLemmatizer(), [], { ...ontology, relationTypes: rest })).toThrow(/frame 1, relation: "MET_WITH" is not a relation type/);
  });
});

// One row per frame of frames.json: a sentence and the relation it must give.
describe.each([
  [
    'przyjąć, object first, subject after the verb',
    'Szefową MSZ Czoe Son Hui przyjął w poniedziałek na Kremlu prezydent Władimir Putin.',
    'Władimir Putin',
    'Czoe Son Hui',
  ],
  ['przyjąć, subject first', 'Przywódca Korei Północnej Kim Dzong Un przyjął w niedzielę ministra Aleksandra Kozłowa.', 'Kim Dzong Un', 'Aleksandra Kozłowa'],
  [
    'powitać, the guest an anaphor',
    'Władimir Putin przyleciał do Pjongjangu. Na lotnisku gościa powitał przywódca Kim Dzong Un.',
    'Kim Dzong Un',
    'Władimir Putin',
  ],
  [
    'czekać na, the guest an anaphor in the sentence',
    'Andriej Biełousow przyleciał do Pjongjangu, gdzie czekał na niego minister No Kwang Chol.',
    'No Kwang Chol',
    'Andriej Biełousow',
  ],
  ['przyjąć, passive with "przez"', 'Siergiej Szojgu został przyjęty przez Kim Dzong Una.', 'Kim Dzong Una', 'Siergiej Szojgu'],
])('verb frame: %s', (_, text, host, guest) => {
  it('gives MET_WITH between the two people', () => {
    const { draft } = extract(text, { published: '2024-11-04', sourceId: 't' }, linker);
    const named = (form: string) => draft.entities.find((e) => e.mentions.some((m) => m.text === form))?.id;
    const [a, b] = [named(host), named(guest)];
    expect(a && b).toBeTruthy();
    expect(draft.relations.some((r) => r.type === 'MET_WITH' && ((r.from === a && r.to === b) || (r.from === b && r.to === a)))).toBe(true);
  });
});

describe('verb frames: what they do not take', () => {
  it('a thing received is no meeting ("przyjął zaproszenie", "przyjął delegację")', () => {
    const { draft } = extract(
      'Prezydent Władimir Putin przyjął zaproszenie. Kim Dzong Un przyjął delegację.',
      { published: '2024-11-04', sourceId: 't' },
      linker,
    );
    expect(draft.relations.filter((r) => r.type === 'MET_WITH')).toEqual([]);
  });
});

describe('verb frames: anaphors', () => {
  it('a feminine pronoun does not stand for a man named before ("Putin przyjął ją")', () => {
    const { draft } = extract('Szefowa dyplomacji Kima na Kremlu. Putin przyjął ją osobiście.', { published: '2024-11-04', sourceId: 't' }, linker);
    expect(draft.relations.filter((r) => r.type === 'MET_WITH')).toEqual([]);
  });
});

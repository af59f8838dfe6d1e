import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadLemmatizer } from '../cli/commands/extract.ts';
import { readKnowledgeBaseDir } from '../node/read-kb.ts';
import { ingest, IngestRefused, type Article } from './ingest.ts';

// Texts written for this test; the knowledge base's well-known entities only (Kim Jong Un,
// Putin, Russia, North Korea, Pyongyang, Seoul).
const GRAPH = join(import.meta.dirname, '..', '..', 'graph');
const article = (name: string, text: string): Article => ({
  name,
  text,
  published: '2024-12-02',
  sourceId: name,
  outlet: { id: 'gazeta-testowa', name: 'Gazeta Testowa' },
});
const A = article(
  'test-a',
  'Biełousow z wizytą w Pjongjangu\n\nMinister obrony Rosji Andriej Biełousow przybył w piątek do Pjongjangu. Biełousow spotkał się tam z Kim Dzong Unem. Rosyjski resort obrony poinformował, że rozmowy dotyczyły współpracy wojskowej.\n',
);
const B = article(
  'test-b',
  'Putin przyjął Biełousowa\n\nWładimir Putin przyjął w poniedziałek na Kremlu Andrieja Biełousowa. Biełousow zrelacjonował prezydentowi rozmowy w Korei Północnej. Rosyjski resort obrony nie podał szczegółów.\n',
);
const C = article(
  'test-c',
  'Siostra Kim Dzong Una krytykuje Seul\n\nKim Jo Dzong, siostra przywódcy Korei Północnej, skrytykowała w środę władze w Seulu. Kim Jo Dzong zapowiedziała odpowiedź Pjongjangu. Głos zabrał także Aleksiej Putin, rosyjski bloger.\n',
);

describe('ingest', async () => {
  const kb = await readKnowledgeBaseDir(GRAPH);
  const lemmatizer = loadLemmatizer();

  it('links a later article to the entities an earlier one created, inflected', () => {
    const done = ingest(kb, [A, B], lemmatizer);
    expect(done.result.ok).toBe(true);
    const [a, b] = done.reports;
    expect(a!.new.map((e) => e.id)).toContain('andrei-belousov');
    expect(a!.linked.map((e) => e.id)).toEqual(expect.arrayContaining(['kim-jong-un', 'pyongyang', 'russia']));
    // "Andrieja Biełousowa", "Biełousow": the person of article A, not a new one.
    expect(b!.new.map((e) => e.id)).not.toContain('andrei-belousov');
    expect(b!.linked.find((e) => e.id === 'andrei-belousov')?.mentions).toEqual(expect.arrayContaining(['Andrieja Biełousowa']));
    expect(b!.linked.map((e) => e.id)).toContain('vladimir-putin');
  });

  it('turns a fact an earlier article reported into more evidence of its relation', () => {
    const done = ingest(kb, [A, B], lemmatizer);
    const [a, b] = done.reports;
    const claim = 'russian-ministry-of-defence PART_OF russia';
    expect(a!.relations.map((r) => r.claim)).toContain(claim);
    expect(b!.relations.map((r) => r.claim)).not.toContain(claim);
    const merged = b!.merged.find((m) => m.claim === claim)!;
    expect(merged).toMatchObject({ file: 'relations/draft-test-a.yaml', evidence: 1 });
    const file = done.files.find((f) => f.path === merged.file)!;
    const relation = parse(file.content).relations.find((r: { id: string }) => r.id === merged.relation);
    expect(relation.evidence.map((e: { source: string }) => e.source)).toEqual(['test-a', 'test-b']);
    expect(done.result.ok && done.result.value.kb.relations.find((r) => r.id === merged.relation)!.evidence).toHaveLength(2);
  });

  it('does not merge two people of one surname, and reports them uncertain', () => {
    const done = ingest(kb, [C], lemmatizer);
    const [c] = done.reports;
    expect(c!.new.map((e) => e.id)).toEqual(expect.arrayContaining(['kim-jo-jong', 'aleksei-putin']));
    expect(c!.linked.map((e) => e.id)).not.toContain('vladimir-putin');
    expect(c!.uncertain).toEqual(
      expect.arrayContaining([
        // graph/ may hold other Kims (Kim Jong Gyu): Kim Jong Un is among the candidates, never merged.
        expect.objectContaining({
          entity: 'kim-jo-jong',
          decision: 'created',
          candidates: expect.arrayContaining([{ id: 'kim-jong-un', name: 'Kim Dzong Un' }]),
        }),
        expect.objectContaining({ entity: 'aleksei-putin', decision: 'created', candidates: [{ id: 'vladimir-putin', name: 'Władimir Putin' }] }),
      ]),
    );
    expect(done.result.ok && done.result.value.kb.entities.find((e) => e.id === 'kim-jong-un')!.aliases).not.toContain('Kim Jo Dzong');
  });

  it('writes the outlet and refuses a source id the knowledge base has', () => {
    const done = ingest(kb, [A], lemmatizer);
    expect(parse(done.files.find((f) => f.path === 'sources/test-a.yaml')!.content).outlet).toEqual({ id: 'gazeta-testowa', name: 'Gazeta Testowa' });
    expect(() => ingest(done.result.ok ? [...kb, ...done.files] : [], [A], lemmatizer)).toThrow(IngestRefused);
    expect(() => ingest(kb, [A, { ...B, sourceId: 'test-a' }], lemmatizer)).toThrow(/two articles of the batch have the source id "test-a"/);
  });

  it('takes "Szojgu", "Siergieja Szojgu" and "Shoigu" for the one known person', () => {
    const D = article(
      'test-d',
      'Szojgu znów w Pjongjangu\n\nSekretarz Rady Bezpieczeństwa Rosji Shoigu przybył w środę do Pjongjangu. Szojgu rozmawiał z Kim Dzong Unem. Wizyta Siergieja Szojgu trwała dwa dni.\n',
    );
    const [d] = ingest(kb, [D], lemmatizer).reports;
    expect(d!.linked.find((e) => e.id === 'sergei-shoigu')?.mentions).toEqual(expect.arrayContaining(['Shoigu', 'Szojgu', 'Siergieja Szojgu']));
    expect(d!.new.filter((e) => e.type === 'Person')).toEqual([]);
    expect(d!.uncertain).toEqual([]);
  });

  it('refuses to replace a file the knowledge base has', () => {
    const planted = [...kb, { path: 'relations/draft-test-a.yaml', content: 'relations: []\n' }];
    expect(() => ingest(planted, [A], lemmatizer)).toThrow(/already has relations\/draft-test-a.yaml/);
  });

  it('calls back once per article, in order', () => {
    const seen: string[] = [];
    ingest(kb, [A, C], lemmatizer, (i, a) => seen.push(`${i}:${a.name}`));
    expect(seen).toEqual(['0:test-a', '1:test-c']);
  });
});

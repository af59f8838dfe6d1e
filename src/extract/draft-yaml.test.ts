import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readFixture } from '../kb/fixtures/read-fixture.ts';
import { draftYaml } from './draft-yaml.ts';
import type { Draft } from './extract.ts';
import { mergeDraft } from './merge.ts';

describe('draftYaml', () => {
  it('heads each YAML file with its path under the root, and leaves other files out', () => {
    const files = [
      { path: 'sources/x.txt', content: 'Tekst.' },
      { path: 'sources/x.yaml', content: 'id: x\n' },
      { path: 'entities/draft-x.yml', content: 'entities: []\n' },
    ];
    expect(draftYaml(files)).toBe('# ---- graph/sources/x.yaml\nid: x\n\n---\n# ---- graph/entities/draft-x.yml\nentities: []\n');
    expect(draftYaml(files, 'kb')).toMatch(/^# ---- kb\/sources\/x\.yaml$/m);
    expect(draftYaml([])).toBe('');
  });

  it('gives one YAML document per file a merge adds, each reading back as that file', () => {
    const text = 'Kim Dzong Un podpisał traktat.';
    const draft: Draft = {
      source: { id: 'art', title: { pl: 'Artykuł', en: 'Article' }, language: 'pl', published: '2024-06-20' },
      entities: [{ id: 'lavrov', type: 'Person', names: { pl: 'Siergiej Ławrow', en: 'Sergey Lavrov' }, aliases: [], mentions: [], known: false }],
      relations: [],
    };
    const { added } = mergeDraft(readFixture('mini'), draft, text);
    const yamlFiles = added.filter((f) => f.path.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(0);
    const docs = parseAllDocuments(draftYaml(added));
    expect(docs.map((d) => d.toJS())).toEqual(yamlFiles.map((f) => parseAllDocuments(f.content)[0]!.toJS()));
  });
});

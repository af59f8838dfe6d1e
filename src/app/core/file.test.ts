// Opening a file the user chose: its bytes are read in the encoding the file declares.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadFile } from './load.ts';

const small = readFileSync(new URL('../fixtures/small.gexf', import.meta.url), 'utf8');

describe('loadFile', () => {
  test('reads an ISO-8859-2 file as ISO-8859-2, and refuses a UTF-8 one holding other bytes', async () => {
    const latin2 = Buffer.from(small.replace('encoding="UTF-8"', 'encoding="ISO-8859-2"').replace('Gdańsk', 'Gda\xF1sk'), 'latin1');
    const dataset = await loadFile(new File([latin2], 'ports.gexf'));
    expect(dataset.graph.getNodeAttribute('gdansk', 'label')).toBe('Gdańsk');
    const mislabelled = Buffer.from(small.replace('Gdańsk', 'Gda\xF1sk'), 'latin1');
    await expect(loadFile(new File([mislabelled], 'ports.gexf'))).rejects.toThrow(/^Could not read "ports\.gexf": line \d+: the file is not valid UTF-8/);
  });
});

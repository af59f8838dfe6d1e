// `timeline`, `series`, `conflicts` and `relations --min-outlets` on the small multi-source
// knowledge base written for the tests (src/query/fixtures/multi-source-kb.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENT, multiSourceFiles } from '../../query/fixtures/multi-source-kb.ts';
import { runCli } from '../test-support.ts';

let kb: string;
beforeAll(() => {
  kb = mkdtempSync(join(tmpdir(), 'faktograf-story-'));
  for (const f of multiSourceFiles(DEPLOYMENT)) {
    mkdirSync(dirname(join(kb, f.path)), { recursive: true });
    writeFileSync(join(kb, f.path), f.content);
  }
});

describe('faktograf timeline', () => {
  it('prints every claim by date as JSON, with its source and quote', async () => {
    const r = await runCli(['timeline', '--json', '--kb', kb]);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as Array<{ date: string; dated: string; relation: string; source: string; quote: string }>;
    expect(entries.map((e) => e.date)).toEqual(['2024-10', '2025-04-01', ...Array<string>(7).fill('2025-06-17'), '2025-06-18']);
    expect(entries[0]).toMatchObject({
      dated: 'event',
      relation: 'r-troops-deployed-kursk',
      source: 'alpha-june',
      quote: 'Korea Północna wysłała żołnierzy do obwodu kurskiego',
    });
  });

  it('prints text lines with the event date and the publication date, for one entity', async () => {
    const r = await runCli(['timeline', '--involving', 'obwód kurski', '--kb', kb]);
    expect(r.out).toMatch(/^2024-10 \(event; published 2025-06-17\) {2}nk-troops-kursk —DEPLOYED_TO→ kursk-oblast/);
    expect(r.out).toMatch(/„Korea Północna wysłała żołnierzy do obwodu kurskiego” \[alpha-june, alpha; by uk-ministry-of-defence; certain\]/);
    expect(r.out).toMatch(/1 claim\(s\)\n$/);
  });
});

describe('faktograf series', () => {
  it('shows a figure over time per claimant, each value with its quote', async () => {
    const r = await runCli(['series', 'straty', '--kb', kb]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '  uk-ministry-of-defence\n    2025-04-01  4000 (approximate)   r-losses-mod-april  „około 4 tys. północnokoreańskich żołnierzy zginęło lub zostało rannych”\n    2025-06-17  6000 (approximate)   r-losses-mod-june',
    );
    expect(r.out).toContain('  south-korean-intelligence\n    2025-06-17  4700 (exact)   r-losses-nis-june');
  });

  it('takes a relation id and prints JSON', async () => {
    const r = await runCli(['series', 'r-losses-nis-june', '--json', '--kb', kb]);
    const [s] = JSON.parse(r.out) as Array<{ object: string; byClaimant: Array<{ claimant: string; points: unknown[] }> }>;
    expect(s!.object).toBe('nk-troops-kursk-losses');
    expect(s!.byClaimant.map((l) => [l.claimant, l.points.length])).toEqual([
      ['uk-ministry-of-defence', 2],
      ['south-korean-intelligence', 1],
    ]);
  });

  it('says so when nothing changes over time, and names the nearest entities for an unknown name', async () => {
    expect((await runCli(['series', 'kreml', '--kb', kb])).out).toBe('no figure about kremlin changes over time\n');
    const r = await runCli(['series', 'nobody-at-all', '--kb', kb]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/faktograf series: no entity is named "nobody-at-all"/);
  });
});

describe('faktograf conflicts and relations --min-outlets', () => {
  it('lists the conflicting figures and the denial, and the relations two independent outlets tell', async () => {
    const c = await runCli(['conflicts', '--kb', kb]);
    expect(c.out).toMatch(/c-quantity-r-losses-mod-june-r-losses-nis-june {2}\(quantity\)/);
    expect(c.out).toMatch(/c-polarity-r-nk-sent-troops/);
    const r = JSON.parse((await runCli(['relations', '--min-outlets', '2', '--json', '--kb', kb])).out) as Array<{ id: string }>;
    expect(r.map((x) => x.id)).toEqual(['r-nk-sent-troops']);
  });
});

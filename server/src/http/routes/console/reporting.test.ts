import { describe, expect, it } from 'vitest';
import { createReporting } from '../../../reporting/reporting';
import { ADMIN_TOKEN, CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { buildCountyDataset, IDS } from '../../../test-support/county-dataset';
import { testBackends } from '../../../test-support/databases';
import { recordWriter } from '../../../test-support/record-mutations';

const TODAY = Date.UTC(2026, 11, 1, 2);

describe.each(testBackends())('console figures and ledgers over HTTP ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const get = (cookie: string, path: string) =>
    county.inject({ method: 'GET', url: `${CONSOLE}${path}`, headers: { cookie } });
  const withData = async () => {
    county.clock.now = TODAY;
    return buildCountyDataset(recordWriter(county.inject, ADMIN_TOKEN, () => county.clock.now));
  };

  it('opens nothing without a session', async () => {
    for (const path of [
      '/summary?from=2026-11-01&to=2026-11-30',
      '/trend?from=2026-11-01&to=2026-11-30',
      '/ledgers/seekers',
    ]) {
      const r = await county.inject({ method: 'GET', url: `${CONSOLE}${path}` });
      expect(r.statusCode).toBe(401);
    }
  });

  it('refuses malformed dates, ids, sorts and filters with a Chinese message', async () => {
    const cookie = await county.loggedIn('kan', 'viewer');
    const refused = [
      '/summary?from=2026-02-30&to=2026-03-01',
      '/summary?from=2026-11-01',
      '/summary?from=2026-11-30&to=2026-11-01',
      '/summary?from=2026-11-01&to=2026-11-30&station=not-a-station',
      '/summary?from=2026-11-01&to=2026-11-30&area=52x',
      '/trend?from=2020-01-01&to=2026-11-30',
      '/ledgers/seekers?from=yesterday',
      '/ledgers/seekers?sort=idNumber',
      '/ledgers/seekers?sort=nothing',
      '/ledgers/seekers?severity=high',
      '/ledgers/rights-findings?severity=dreadful',
      '/ledgers/placements?retained3m=yes',
      '/ledgers/seekers?pageSize=500',
      '/ledgers/seekers?page=0',
    ];
    for (const path of refused) {
      const r = await get(cookie, path);
      expect(r.statusCode, path).toBe(400);
      expect((r.json() as { messageZh: string }).messageZh, path).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await get(cookie, '/ledgers/nothing')).statusCode).toBe(404);
  });

  it('masks identity numbers and phones by default, for every role', async () => {
    await withData();
    const cookie = await county.loggedIn('kan', 'viewer');
    const r = await get(cookie, `/ledgers/seekers?q=${encodeURIComponent('王芳')}&sort=station&order=asc`);
    expect(r.statusCode).toBe(200);
    const page = r.json() as { rows: Record<string, unknown>[]; masked: boolean; total: number; columns: unknown[] };
    expect(page).toMatchObject({
      name: 'seekers',
      titleZh: '求职登记台账',
      total: 2,
      page: 1,
      pageSize: 50,
      masked: true,
    });
    expect(page.rows.map((x) => x.idNumber)).toEqual(['5226**********0021', '5226**********0021']);
    expect(page.rows.map((x) => x.phone).filter(Boolean)).toEqual(['138****8000']);
    expect(r.body).not.toContain(IDS.wangFang);
  });

  it('shows full numbers to a county admin who gives a reason, and audits it without personal data', async () => {
    await withData();
    const viewer = await county.loggedIn('kan', 'viewer');
    expect((await get(viewer, '/ledgers/subsidy-claims?full=1&reason=补贴申报')).statusCode).toBe(403);
    const admin = await county.loggedIn('guan');
    const noReason = await get(admin, '/ledgers/subsidy-claims?full=1');
    expect(noReason.statusCode).toBe(400);
    expect((noReason.json() as { messageZh: string }).messageZh).toContain('理由');
    const full = await get(
      admin,
      `/ledgers/subsidy-claims?full=1&reason=${encodeURIComponent('11月培训补贴申报')}&q=5226`,
    );
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({ masked: false });
    expect((full.json() as { rows: { idNumber: string }[] }).rows.map((x) => x.idNumber).sort()).toEqual(
      [IDS.chenGang, IDS.wangFang].sort(),
    );
    const log = (await get(admin, '/audit')).json() as { entries: Record<string, unknown>[] };
    const reveal = log.entries.find((e) => e.action === 'ledger.reveal');
    expect(reveal).toMatchObject({
      username: 'guan',
      target: 'subsidy-claims',
      reason: '11月培训补贴申报',
      detail: { ledger: 'subsidy-claims', textSearch: true, rows: 2 },
    });
    expect(JSON.stringify(log)).not.toContain('5226**');
    expect(JSON.stringify(reveal)).not.toContain('5226');
  });

  it('sorts by a column and pages, with the total of all pages', async () => {
    await withData();
    const cookie = await county.loggedIn('guan');
    const page = async (n: number) =>
      (await get(cookie, `/ledgers/seekers?sort=registeredOn&order=asc&pageSize=2&page=${n}`)).json() as {
        rows: { name: string; registeredOn: string }[];
        total: number;
      };
    const pages = [await page(1), await page(2), await page(3)];
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.registeredOn))).toEqual([
      '2026-07-20',
      '2026-08-08',
      '2026-09-10',
      '2026-10-05',
      '2026-11-03',
      '2026-11-15',
    ]);
  });

  it('streams every row of a ledger in batches, in its default order', async () => {
    await withData();
    const reporting = createReporting(county.db, { now: () => TODAY, streamBatch: 2 });
    for (const name of ['seekers', 'placements', 'visits', 'trainees'] as const) {
      const ledger = reporting.ledger(name);
      const streamed = [];
      for await (const row of ledger.stream({})) streamed.push(row);
      const paged = await ledger.page({ page: 1, pageSize: 200 });
      expect(streamed, name).toEqual(paged.rows);
      expect(streamed.length, name).toBeGreaterThan(2);
    }
  });
});

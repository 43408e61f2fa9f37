import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { sqliteFactory } from '../../../test-support/databases';
import { fakeReporting } from '../../../test-support/fake-reporting';

interface AuditAnswer {
  entries: { username: string | null; action: string; target: string | null; reason: string | null; detail: object }[];
}

describe('console exports', () => {
  const fake = fakeReporting((name, filter) => (filter.from === '2030-01-01' ? 0 : name === 'stations' ? 2 : 3));
  const county = consoleForEachTest(async () => sqliteFactory(), { reporting: fake.reporting });
  const { inject, loggedIn } = county;
  const get = (url: string, cookie?: string) =>
    inject({ method: 'GET', url: `${CONSOLE}/exports/${url}`, headers: cookie ? { cookie } : {} });
  const auditOf = async (cookie: string) =>
    (await inject({ method: 'GET', url: `${CONSOLE}/audit`, headers: { cookie } })).json() as AuditAnswer;

  it('answers 401 without a session, before reading anything', async () => {
    const before = fake.ledgers.get('seekers')?.filters.length;
    const r = await get('seekers.xlsx?full=1&reason=x');
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ error: 'console.auth', messageZh: '请先登录县级控制台' });
    expect(fake.ledgers.get('seekers')?.filters.length).toBe(before);
  });

  it('gives a masked .xlsx named for the county, the ledger and the month, and audits it', async () => {
    await county.service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
    const admin = await loggedIn('guan');
    const r = await get('subsidy-claims.xlsx?from=2026-11-01&to=2026-11-30&area=5226', admin);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="5226-subsidy-claims-2026-11.xlsx"; filename*=UTF-8''${encodeURIComponent('5226-培训补贴申领名单-2026-11.xlsx')}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('培训补贴申领名单');
    expect(sheet?.getRow(2).getCell(2).value).toBe('5226**********0023');
    expect(fake.ledgers.get('subsidy-claims')?.filters.at(-1)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      area: '5226',
    });

    const noArea = await get('subsidy-claims.csv?from=2026-11-01&to=2026-11-30', admin);
    expect(noArea.headers['content-disposition']).toContain(encodeURIComponent('522626-培训补贴申领名单-2026-11.csv'));
    expect(noArea.body.startsWith('\uFEFF姓名,')).toBe(true);
    expect(noArea.body).toContain('5226**********0023');

    const [latest, first] = (await auditOf(admin)).entries;
    expect(first).toMatchObject({ username: 'guan', action: 'export', target: 'subsidy-claims', reason: null });
    expect(first?.detail).toEqual({
      format: 'xlsx',
      rows: 3,
      from: '2026-11-01',
      to: '2026-11-30',
      station: null,
      area: '5226',
      keyword: false,
      filters: null,
    });
    expect(latest).toMatchObject({ action: 'export', detail: expect.objectContaining({ format: 'csv' }) });
  });

  it('gives full numbers to a county admin with a reason, audited with it (and no keyword typed)', async () => {
    const admin = await loggedIn('guan');
    const r = await get(`subsidy-claims.csv?full=1&q=522626&reason=${encodeURIComponent('报送补贴申领材料')}`, admin);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(',522626199001010023,13812348000,');
    const [entry] = (await auditOf(admin)).entries;
    expect(entry).toMatchObject({ action: 'export.full', target: 'subsidy-claims', reason: '报送补贴申领材料' });
    expect(JSON.stringify(entry)).not.toContain('522626');
  });

  it('refuses full numbers to a viewer (403) and without a reason (400)', async () => {
    const viewer = await loggedIn('kan', 'viewer');
    const refused = await get('seekers.xlsx?full=1&reason=because', viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'console.role', messageZh: expect.stringContaining('县级管理员') });
    const masked = await get('seekers.csv', viewer);
    expect(masked.statusCode).toBe(200);
    expect(masked.body).toContain('5226**********0023');
    const admin = await loggedIn('guan');
    for (const query of ['full=1', 'full=1&reason=', 'full=1&reason=%20%20']) {
      const r = await get(`seekers.xlsx?${query}`, admin);
      expect([query, r.statusCode]).toEqual([query, 400]);
      expect(r.json()).toMatchObject({ messageZh: expect.stringContaining('理由') });
    }
  });

  it('answers malformed dates, files and filters with 400 in Chinese', async () => {
    const admin = await loggedIn('guan');
    for (const url of [
      'seekers.xlsx?from=2026-13-01',
      'seekers.xlsx?from=2026-02-30',
      'seekers.xlsx?to=yesterday',
      'seekers.xlsx?from=2026-11-30&to=2026-11-01',
      'seekers.xlsx?area=52a6',
      'seekers.xlsx?nope=1',
      `seekers.xlsx?status=${'x'.repeat(65)}`,
      'seekers.pdf',
      'people.xlsx',
      'seekers.xlsx?full=yes',
    ]) {
      const r = await get(url, admin);
      expect([url, r.statusCode]).toEqual([url, 400]);
      expect((r.json() as { messageZh: string }).messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives the header and a note when nothing matches, named for the period', async () => {
    const admin = await loggedIn('guan');
    const r = await get('duplicates.csv?from=2030-01-01&to=2030-01-01&status=open', admin);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain(encodeURIComponent('重复人员-2030-01-01.csv'));
    expect(fake.ledgers.get('duplicates')?.filters.at(-1)).toEqual({
      from: '2030-01-01',
      to: '2030-01-01',
      own: { status: 'open' },
    });
    const [entry] = (await auditOf(admin)).entries;
    expect(entry?.detail).toMatchObject({ filters: 'status=open', rows: 0 });
    expect(r.body.split('\r\n')).toEqual([
      '\uFEFF姓名,身份证号码,手机号,开始日期,更新时间,学时,出勤率',
      '没有符合筛选条件的记录',
      '',
    ]);
  });
});

describe('console exports without a reader given', () => {
  const { inject, loggedIn } = consoleForEachTest(async () => sqliteFactory());
  it("read the county's own reporting tables", async () => {
    const r = await inject({
      method: 'GET',
      url: `${CONSOLE}/exports/seekers.csv`,
      headers: { cookie: await loggedIn('guan') },
    });
    expect(r.statusCode).toBe(200);
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    expect(r.body).toContain('没有符合筛选条件的记录');
  });
});

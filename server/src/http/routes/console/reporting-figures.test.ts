import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { buildCountyDataset } from '../../../test-support/county-dataset';
import { testBackends } from '../../../test-support/databases';
import { recordWriter } from '../../../test-support/record-mutations';

/** 10:00 on 1 December 2026 in Beijing. */
const TODAY = Date.UTC(2026, 11, 1, 2);
const PERIOD = 'from=2026-08-01&to=2026-11-30';

describe.each(testBackends())('the county’s figures, worked out by hand ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  let cookie = '';
  let stations: Awaited<ReturnType<typeof buildCountyDataset>>['stations'];
  beforeEach(async () => {
    county.clock.now = TODAY;
    const data = await buildCountyDataset(recordWriter(county.inject, ADMIN_TOKEN, () => county.clock.now));
    stations = data.stations;
    cookie = await county.loggedIn('guan');
  });
  const get = async (path: string) => {
    const r = await county.inject({ method: 'GET', url: `${CONSOLE}${path}`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Record<string, unknown>;
  };
  const rows = async (path: string) => (await get(path)).rows as Record<string, unknown>[];

  it('counts the county: each person once, withdrawn people nowhere', async () => {
    const s = await get(`/summary?${PERIOD}`);
    expect(s).toMatchObject({
      period: { from: '2026-08-01', to: '2026-11-30' },
      asOf: '2026-12-01',
      seekers: {
        registered: 4, // 王芳 (two stations, once), 李强, 陈刚, 刘洋; not 张敏 (July), not 赵雷 (withdrawn)
        byPriorityGroup: {
          'single-parent': 0,
          'age-50-plus': 1,
          disability: 0,
          'poverty-relief': 1,
          returnee: 1,
          'low-income': 0,
          'long-unemployed': 0,
        },
        active: 4, // 王芳 (at 和平村), 李强, 张敏, 刘洋
      },
      referrals: { made: 3, hired: 2 },
      placements: { started: 5, retained3m: 4 }, // 张敏 left after 7 weeks
      jobs: { open: 2, positions: 8 },
      training: { enrolments: 5, completions: 4, certificates: 3, subsidyEligible: 2 },
      rights: { openFindings: { critical: 0, high: 1, medium: 0, low: 1 } },
      followUps: { due: 1, overdue: 1 },
    });
    const names = (s.stations as { name: string; lastPushAt: number | null }[]).map((x) => x.name).sort();
    expect(names).toEqual(['东风镇就业服务站', '和平村就业服务站', '幸福村就业服务站'].sort());
    expect((s.stations as { lastPushAt: number | null }[]).every((x) => x.lastPushAt === TODAY)).toBe(true);
    expect((s.drill as Record<string, unknown>)['placements.retained3m']).toEqual({
      ledger: 'placements',
      filter: { from: '2026-08-01', to: '2026-11-30', only: 'placements', retained3m: '1' },
    });
  });

  it('counts one station’s own records, and an area by station or village', async () => {
    const a = await get(`/summary?${PERIOD}&station=${stations.a.stationId}`);
    expect(a).toMatchObject({
      seekers: { registered: 2, active: 1 },
      referrals: { made: 2, hired: 1 },
      placements: { started: 2, retained3m: 2 },
      jobs: { open: 1, positions: 5 },
      training: { enrolments: 4, completions: 3, certificates: 2, subsidyEligible: 2 },
      rights: { openFindings: { critical: 0, high: 1, medium: 0, low: 1 } },
      followUps: { due: 1, overdue: 0 },
    });
    expect((a.stations as { name: string }[]).map((x) => x.name)).toEqual(['幸福村就业服务站']);
    // 522626101: 幸福村's station, and 刘洋, who lives there but registered in 东风镇
    const area = await get(`/summary?${PERIOD}&area=522626101`);
    expect(area).toMatchObject({ seekers: { registered: 3 }, placements: { started: 3, retained3m: 3 } });
  });

  it('draws the monthly trend from the same definitions', async () => {
    expect((await get(`/trend?${PERIOD}`)).months).toEqual([
      { month: '2026-08', registrations: 1, referrals: 0, hires: 0, placementsStarted: 2, completions: 0 },
      { month: '2026-09', registrations: 1, referrals: 1, hires: 1, placementsStarted: 1, completions: 0 },
      { month: '2026-10', registrations: 1, referrals: 0, hires: 0, placementsStarted: 0, completions: 0 },
      { month: '2026-11', registrations: 2, referrals: 2, hires: 1, placementsStarted: 2, completions: 4 },
    ]);
  });

  it('lists the records behind each figure, county-wide, for an area and for a station', async () => {
    for (const place of ['', '&area=522626101', '&area=522626', `&station=${stations.b.stationId}`]) {
      const s = await get(`/summary?${PERIOD}${place}`);
      const drill = s.drill as Record<string, { ledger: string; filter: Record<string, string> }>;
      for (const [key, d] of Object.entries(drill)) {
        const page = await get(
          `/ledgers/${d.ledger}?${new URLSearchParams({ ...d.filter, pageSize: '200' }).toString()}`,
        );
        const [group, figure, sub] = key.split('.');
        const section = s[group as string] as Record<string, unknown>;
        const value = sub ? (section[figure as string] as Record<string, number>)[sub] : section[figure as string];
        if (key === 'jobs.positions')
          expect(
            (page.rows as { positions: number }[]).reduce((n, r) => n + r.positions, 0),
            place,
          ).toBe(value);
        else expect(page.total, `${key}${place}`).toBe(value);
      }
    }
  });

  it('shows the subsidy claims: both sides of the attendance threshold, the latest mark, excused not attended', async () => {
    expect(await rows(`/ledgers/subsidy-claims?${PERIOD}`)).toEqual([
      {
        name: '陈刚',
        idNumber: '5226**********0017',
        course: '家政服务培训班',
        programme: '职业技能提升补贴',
        firstSession: '2026-11-02',
        lastSession: '2026-11-06',
        attendedHours: 16,
        plannedHours: 20,
        attendanceRate: 0.8,
        certificateSerial: 'ZS-003',
        eligibility: '符合',
        station: '幸福村就业服务站',
      },
      {
        name: '王芳',
        idNumber: '5226**********0021',
        course: '家政服务培训班',
        programme: '职业技能提升补贴',
        firstSession: '2026-11-02',
        lastSession: '2026-11-06',
        attendedHours: 20,
        plannedHours: 20,
        attendanceRate: 1,
        certificateSerial: 'ZS-001',
        eligibility: '符合',
        station: '幸福村就业服务站',
      },
    ]);
    const liQiang = (await rows(`/ledgers/trainees?q=${encodeURIComponent('李强')}&status=completed`))[0];
    expect(liQiang).toMatchObject({ attendedHours: 12, attendanceRate: 0.6, eligibility: '不符合', status: '已结业' });
  });

  it('shows placements kept, open findings, visits overdue and due, people once, and duplicates', async () => {
    const kept = await rows(`/ledgers/placements?${PERIOD}&only=placements&retained3m=1`);
    expect(kept.map((r) => [r.name, r.startDate, r.retained3m])).toEqual([
      ['李强', '2026-11-24', '是'],
      ['陈刚', '2026-11-18', '是'],
      ['王芳', '2026-09-15', '是'],
      ['刘洋', '2026-08-20', '是'],
    ]);
    expect(await rows('/ledgers/rights-findings')).toEqual([
      {
        employer: '幸福服装厂',
        subject: '在岗人员',
        job: '缝纫工',
        check: '劳动者能否看到工资清单（工资怎么算的）？',
        severity: '低',
        status: '需注意',
        law: '《工资支付暂行规定》art. 6',
        since: '2026-09-22',
        lastOn: '2026-09-22',
        station: '幸福村就业服务站',
      },
      {
        employer: '幸福服装厂',
        subject: '岗位',
        job: '缝纫工',
        check: '招聘信息是否要求押金、扣押证件或押工资？',
        severity: '高',
        status: '不合规',
        law: '《中华人民共和国劳动合同法》art. 9, 84；《工资支付暂行规定》art. 7',
        since: '2026-12-01',
        lastOn: '2026-12-01',
        station: '幸福村就业服务站',
      },
    ]);
    const overdue = await rows('/ledgers/visits?status=overdue');
    expect(overdue.map((r) => [r.name, r.kind, r.dueOn, r.visitedOn, r.status])).toEqual([
      ['陈刚', '1周回访', '2026-11-25', null, '逾期未回访'],
    ]);
    const due = await rows('/ledgers/visits?status=due');
    expect(due.map((r) => [r.name, r.kind, r.dueOn, r.status])).toEqual([['李强', '1周回访', '2026-12-01', '待回访']]);
    const people = await rows(`/ledgers/seekers?${PERIOD}&perPerson=1`);
    expect(people.map((r) => [r.name, r.registeredOn, r.station])).toEqual([
      ['陈刚', '2026-11-15', '东风镇就业服务站'],
      ['李强', '2026-11-03', '幸福村就业服务站'],
      ['王芳', '2026-09-10', '幸福村就业服务站'],
      ['刘洋', '2026-08-08', '东风镇就业服务站'],
    ]);
    expect(await rows('/ledgers/duplicates')).toEqual([
      expect.objectContaining({
        idNumber: '5226**********0021',
        nameA: '王芳',
        stationA: '幸福村就业服务站',
        stationAId: stations.a.stationId,
        nameB: '王芳',
        stationB: '和平村就业服务站',
        stationBId: stations.b.stationId,
        status: '待处理',
      }),
    ]);
  });

  it('exports the duplicate people with the ids of the stations holding each record', async () => {
    const r = await county.inject({ method: 'GET', url: `${CONSOLE}/exports/duplicates.csv`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    const [header, row] = r.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header?.split(',')).toEqual(expect.arrayContaining(['站点编号（甲）', '站点编号（乙）']));
    expect(row).toContain(stations.a.stationId);
    expect(row).toContain(stations.b.stationId);
  });
});

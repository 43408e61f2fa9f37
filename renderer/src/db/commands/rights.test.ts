import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { jobSchema } from '#shared/entities/job';
import { seriousFindings } from '#shared/rights/prescreen';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '#shared/schedule/week-grid';
import { loadRuleParams } from '../rule-params';
import { importJobs, saveEmployer, saveJob } from './employers';
import { recordVisit, registerPlacement, updatePlacement } from './follow-ups';
import { removeRuleParameter, saveRuleParameter, type RuleParameterInput } from './rule-parameters';
import { saveSeeker } from './seekers';
import { setupStation } from './setup-station';
import { employerInput, jobInput, seekerInput } from '../../test-support/inputs';
import { pin123456, setUp, testEnv } from '../../test-support/test-env';

/** A Henan county (shipped tiers 2000/1800/1600 a month, 19.6/17.6/15.6 an hour) whose tier the admin records. */
const HENAN = '411521101201';
const tier2 = (over: Partial<RuleParameterInput> = {}): RuleParameterInput => ({
  id: uuidv7(),
  areaPrefix: '411521',
  effectiveFrom: '2022-01-01',
  source: '豫政〔2021〕33号',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
  ...over,
});

/** The county office: a station set up with the county's 6-digit code. */
async function countyAdmin(env: ReturnType<typeof testEnv>, areaCode = HENAN.slice(0, 6)) {
  const r = await setupStation(env, {
    stationName: '罗山县就业服务站',
    areaCode,
    adminName: '赵科长',
    adminRole: 'county_admin',
    pin: await pin123456(),
    deviceId: 'dev1',
  });
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.adminId, name: '赵科长' };
}

/** 08:00–12:00 on weekdays at ¥12 an hour: genuinely part-time, paid below ¥17.6. */
const partTimeHourly = {
  pay: { kind: 'hourly' as const, amount: 12 },
  contractKind: 'part-time' as const,
  schedule: { kind: 'grid' as const, grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true) },
};

describe('rule parameters', () => {
  it("a county admin records a county's tier: record, outbox and audit together, and the lookup uses it", async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    const row = tier2();
    const saved = await saveRuleParameter(env, admin, row);
    expect(saved.ok).toBe(true);
    expect((await env.db.outbox.toArray()).filter((m) => m.recordId === row.id).map((m) => m.table)).toEqual([
      'ruleParameters',
    ]);
    expect((await env.db.audit.toArray()).filter((a) => a.recordId === row.id).map((a) => a.action)).toEqual([
      'ruleParameter.create',
    ]);
    const params = await loadRuleParams(env.db);
    expect(params[0]).toMatchObject({ areaPrefix: '411521', value: { kind: 'area-tier', tier: 2 } });
  });

  it('station staff may not change the rules; a bad area code is refused and nothing is written', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    expect(await saveRuleParameter(env, { id: adminId, name: '王芳' }, tier2())).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    const env2 = testEnv();
    const admin = await countyAdmin(env2);
    const before = await env2.db.outbox.count();
    expect(await saveRuleParameter(env2, admin, tier2({ areaPrefix: '4115' + '2' }))).toMatchObject({
      ok: false,
      error: { fields: { areaPrefix: 'ruleParameter.areaPrefix' } },
    });
    expect(await env2.db.ruleParameters.count()).toBe(0);
    expect(await env2.db.outbox.count()).toBe(before);
    // a county admin at a village station: the rules come from the county office
    const env3 = testEnv();
    const villageAdmin = await countyAdmin(env3, HENAN);
    expect(await saveRuleParameter(env3, villageAdmin, tier2())).toMatchObject({
      ok: false,
      error: { code: 'ruleParameter.notCountyOffice' },
    });
    expect(await env3.db.ruleParameters.count()).toBe(0);
  });

  it('a later row for the same area and start date replaces an earlier one; removing it needs a reason', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    const first = {
      id: uuidv7(),
      areaPrefix: '5226',
      effectiveFrom: '2026-01-01',
      source: '县人社局录入',
      verified: false,
      note: '',
      value: { kind: 'minimum-wage' as const, tier: null, monthly: 1700, hourly: 17 },
    };
    expect((await saveRuleParameter(env, admin, first)).ok).toBe(true);
    env.clock.now += 1000;
    expect(
      (await saveRuleParameter(env, admin, { ...first, id: uuidv7(), value: { ...first.value, hourly: 17.6 } })).ok,
    ).toBe(true);
    const mw = (await loadRuleParams(env.db)).find((r) => r.value.kind === 'minimum-wage' && r.areaPrefix === '5226');
    expect(mw?.value).toMatchObject({ hourly: 17.6 });
    expect(await removeRuleParameter(env, admin, first.id, ' ')).toMatchObject({
      ok: false,
      error: { fields: { reason: 'ruleParameter.reason' } },
    });
    expect((await removeRuleParameter(env, admin, first.id, '录错了')).ok).toBe(true);
    expect((await env.db.ruleParameters.get(first.id))?.deleted).toBe(true);
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'ruleParameter.remove' && a.reason === '录错了'),
    ).toBe(true);
  });
});

describe('posting pre-screen on save', () => {
  it('stores the findings with the posting: ¥12 an hour where the minimum is ¥17.6 is a serious finding', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: null });
    expect((await saveEmployer(env, admin, e)).ok).toBe(true);
    const j = jobInput(e.id, partTimeHourly);
    expect((await saveJob(env, admin, j)).ok).toBe(true);
    const stored = await env.db.jobs.get(j.id);
    const pay = stored?.rightsFindings?.find((f) => f.checkId === 'pay.minimum-wage');
    expect(pay).toMatchObject({ status: 'fail', severity: 'high' });
    expect(pay?.params).toMatchObject({ value: '12.00', floor: '17.60' });
    expect(seriousFindings(stored?.rightsFindings ?? []).map((f) => f.checkId)).toContain('pay.minimum-wage');
    const mutation = (await env.db.outbox.toArray()).find((m) => m.table === 'jobs' && m.recordId === j.id);
    expect(mutation?.fields).toHaveProperty('rightsFindings');
  });

  it("the employer's village decides the area, and a fair posting has no serious finding", async () => {
    const env = testEnv();
    const admin = await countyAdmin(env, '522626101203');
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: HENAN });
    await saveEmployer(env, admin, e);
    const low = jobInput(e.id, partTimeHourly);
    await saveJob(env, admin, low);
    expect((await env.db.jobs.get(low.id))?.rightsFindings?.find((f) => f.checkId === 'pay.minimum-wage')?.status).toBe(
      'fail',
    );
    const fair = jobInput(e.id, { ...partTimeHourly, pay: { kind: 'hourly', amount: 20 } });
    await saveJob(env, admin, fair);
    const findings = (await env.db.jobs.get(fair.id))?.rightsFindings ?? [];
    expect(findings.find((f) => f.checkId === 'pay.minimum-wage')?.status).toBe('pass');
    expect(seriousFindings(findings)).toEqual([]);
  });

  it('imports store the findings too, and a job saved before the pre-screen still validates with none', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: null });
    await saveEmployer(env, admin, e);
    const { id: _id, ...draft } = jobInput(e.id, {
      ...partTimeHourly,
      title: '押金工',
      description: '入职需交押金200元',
    });
    expect((await importJobs(env, admin, [draft])).ok).toBe(true);
    const [imported] = await env.db.jobs.toArray();
    const ids = seriousFindings(imported?.rightsFindings ?? []).map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['pay.minimum-wage', 'forced.posting-deposit']));
    const { rightsFindings: _r, searchKeys: _k, _stamps: _s, ...old } = imported ?? ({} as never);
    const parsed = jobSchema.safeParse(old);
    expect(parsed.success && parsed.data.rightsFindings).toEqual([]);
  });
});

describe('placements and follow-up visits', () => {
  async function placed(env: ReturnType<typeof testEnv>) {
    const admin = await countyAdmin(env);
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput();
    await saveEmployer(env, admin, e);
    const j = jobInput(e.id, { pay: { kind: 'monthly', amount: 2400 } });
    await saveJob(env, admin, j);
    const s = seekerInput();
    expect((await saveSeeker(env, admin, s)).ok).toBe(true);
    const p = await registerPlacement(env, admin, { seekerId: s.id, jobId: j.id, startDate: '2026-10-16' });
    if (!p.ok) throw new Error(p.error.message);
    return { admin, placement: p.value, job: j, seeker: s };
  }

  it('registers a placement once per seeker and job, with record, outbox and audit', async () => {
    const env = testEnv();
    const { admin, placement, job, seeker } = await placed(env);
    expect(placement).toMatchObject({
      status: 'active',
      contractStatus: 'unknown',
      wage: { kind: 'monthly', amount: 2400 },
    });
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'placements' && m.recordId === placement.id)).toBe(
      true,
    );
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'placement.create' && a.recordId === placement.id),
    ).toBe(true);
    expect(
      await registerPlacement(env, admin, { seekerId: seeker.id, jobId: job.id, startDate: '2026-10-20' }),
    ).toMatchObject({ ok: false, error: { code: 'placement.duplicate' } });
    expect(
      await registerPlacement(env, admin, { seekerId: uuidv7(), jobId: job.id, startDate: '2026-10-20' }),
    ).toMatchObject({ ok: false, error: { fields: { seekerId: 'placement.seeker' } } });
  });

  it('a placement marks the person as in work; when it ends and no other is active, they are looking again', async () => {
    const env = testEnv();
    const { admin, placement, seeker } = await placed(env);
    expect((await env.db.seekers.get(seeker.id))?.status).toBe('placed');
    const {
      stationId: _a,
      createdAt: _b,
      updatedAt: _c,
      deleted: _d,
      seekerId: _e,
      jobId: _f,
      employerId: _g,
      ...edit
    } = placement;
    expect((await updatePlacement(env, admin, { ...edit, status: 'ended', endDate: '2026-11-20' })).ok).toBe(true);
    const person = await env.db.seekers.get(seeker.id);
    expect(person?.status).toBe('active');
    expect(person?.searchKeys.length).toBeGreaterThan(0);
    expect((await env.db.audit.toArray()).map((a) => a.action)).toEqual(
      expect.arrayContaining(['seeker.placed', 'seeker.available']),
    );
  });

  it('a visit 40 days in with no contract stores the contract failure with the worker\'s answers; a signed date without "signed" is refused', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env);
    const {
      stationId: _a,
      createdAt: _b,
      updatedAt: _c,
      deleted: _d,
      seekerId: _e,
      jobId: _f,
      employerId: _g,
      ...edit
    } = placement;
    expect(await updatePlacement(env, admin, { ...edit, contractSignedOn: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { fields: { contractSignedOn: 'placement.signedOnWithoutContract' } },
    });
    expect((await updatePlacement(env, admin, { ...edit, contractStatus: 'not-signed' })).ok).toBe(true);
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-24',
      note: '',
      answers: [{ questionId: 'papers-held', answer: 'yes', evidence: '工人说身份证被车间收着' }],
    });
    if (!visit.ok) throw new Error(visit.error.message);
    const byId = new Map(visit.value.findings.map((f) => [f.checkId, f]));
    expect(byId.get('contract.written')).toMatchObject({ status: 'fail' });
    expect(byId.get('forced.papers-held')).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(visit.value.recordedBy).toBe('赵科长');
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'visits' && m.recordId === visit.value.id)).toBe(
      true,
    );
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'visit.create' && a.recordId === visit.value.id),
    ).toBe(true);
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'month-1',
        visitedOn: '2026-11-25',
        answers: [],
        note: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'visit.duplicate' } });
    expect(
      (
        await recordVisit(env, admin, {
          placementId: placement.id,
          kind: 'extra',
          visitedOn: '2026-11-25',
          answers: [],
          note: '',
        })
      ).ok,
    ).toBe(true);
  });

  it('a visit that fails validation writes nothing at all', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env);
    const counts = async () => [await env.db.visits.count(), await env.db.outbox.count(), await env.db.audit.count()];
    const before = await counts();
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'week-1',
        visitedOn: '2026-10-01',
        answers: [],
        note: '',
      }),
    ).toMatchObject({ ok: false, error: { fields: { visitedOn: 'visit.beforeStart' } } });
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'week-1',
        visitedOn: '2026-10-23',
        answers: [],
        note: 'x'.repeat(1001),
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await counts()).toEqual(before);
  });
});

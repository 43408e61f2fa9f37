import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '#shared/schedule/week-grid';
import { saveEmployer, saveJob } from '../db/commands/employers';
import { saveRuleParameter } from '../db/commands/rule-parameters';
import { saveSeeker } from '../db/commands/seekers';
import { setupStation } from '../db/commands/setup-station';
import { employerInput, jobInput, seekerInput } from '../test-support/inputs';
import { pin123456, setUp, testEnv } from '../test-support/test-env';
import { loadMatchData } from './load';
import { MatchService } from './service';
import { MatchStore } from './store';

const hours = (from: number, to: number) => withRange(EMPTY_WEEK, WEEKDAYS, from * 2, to * 2, true);

async function station() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const actor = { id: adminId, name: '王芳' };
  // A single mother free weekdays 08:30–15:30 who collects her child at 15:45.
  const mother = seekerInput({
    availability: withRange(EMPTY_WEEK, WEEKDAYS, 17, 31, true),
    careDuties: [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:00', note: '' }],
  });
  const employer = employerInput();
  const schoolHours = jobInput(employer.id, {
    title: '缝纫工（9点到3点）',
    schedule: { kind: 'grid', grid: hours(9, 15) },
  });
  const fullDay = jobInput(employer.id, {
    title: '缝纫工（8点到5点）',
    schedule: { kind: 'grid', grid: hours(8, 17) },
  });
  for (const r of [
    await saveSeeker(env, actor, mother),
    await saveEmployer(env, actor, employer),
    await saveJob(env, actor, schoolHours),
    await saveJob(env, actor, fullDay),
  ]) {
    expect(r.ok).toBe(true);
  }
  return { env, actor, mother, employer, schoolHours, fullDay };
}

describe('match service', () => {
  it('ranks the jobs that fit a single mother and explains why the full-day one does not', async () => {
    const { env, mother, schoolHours, fullDay } = await station();
    const service = new MatchService(new MatchStore(env.db, { today: () => '2026-11-25' }));
    const ranked = await service.answer({ kind: 'jobs-for-seeker', seekerId: mother.id, filters: {}, limit: 50 });
    expect(ranked.kind).toBe('ranked');
    if (ranked.kind !== 'ranked') return;
    expect(ranked.answer.list.matches.map((m) => m.jobId)).toEqual([schoolHours.id]);
    expect(ranked.answer.jobs[schoolHours.id]?.title).toBe('缝纫工（9点到3点）');
    // born 1949: past the statutory retirement age by the shipped schedule, and the posting offers a labour contract
    expect(ranked.answer.list.matches[0]?.reasonsAgainst.map((r) => r.code)).toContain('legal.retirement');
    const why = await service.answer({ kind: 'explain', seekerId: mother.id, jobId: fullDay.id });
    expect(why.kind).toBe('explain');
    if (why.kind !== 'explain') return;
    expect(why.explanation.verdict).toBe('excluded');
    const schedule = why.explanation.checks.find((c) => c.filter === 'schedule');
    expect(schedule?.outcome).toBe('fail');
    expect(schedule?.reasons.map((r) => r.zh).join('')).toMatch(/接送孩子/);
  });

  it('finds the same pair from the job side with the same score', async () => {
    const { env, mother, schoolHours } = await station();
    const service = new MatchService(new MatchStore(env.db, { today: () => '2026-11-25' }));
    const fromSeeker = await service.answer({ kind: 'jobs-for-seeker', seekerId: mother.id, filters: {}, limit: 50 });
    const fromJob = await service.answer({ kind: 'seekers-for-job', jobId: schoolHours.id, filters: {}, limit: 50 });
    if (fromSeeker.kind !== 'ranked' || fromJob.kind !== 'ranked') throw new Error('expected ranked answers');
    expect(fromJob.answer.list.matches.map((m) => [m.seekerId, m.score])).toEqual([
      [mother.id, fromSeeker.answer.list.matches[0]?.score],
    ]);
    expect(fromJob.answer.seekers[mother.id]?.name).toBe('李秀英');
    const elsewhere = await service.answer({
      kind: 'seekers-for-job',
      jobId: schoolHours.id,
      filters: { area: '522626102' },
      limit: 50,
    });
    expect(elsewhere.kind === 'ranked' && elsewhere.answer.list.matchCount).toBe(0);
  });

  it('sees new postings only once told of the change, and says when a record is gone', async () => {
    const { env, actor, mother, employer } = await station();
    const service = new MatchService(new MatchStore(env.db, { today: () => '2026-11-25' }));
    const before = await service.answer({ kind: 'jobs-for-seeker', seekerId: mother.id, filters: {}, limit: 50 });
    const homeJob = jobInput(employer.id, {
      title: '手工串珠',
      workplace: 'home-based',
      schedule: { kind: 'flexible' },
    });
    expect((await saveJob(env, actor, homeJob)).ok).toBe(true);
    const stale = await service.answer({ kind: 'jobs-for-seeker', seekerId: mother.id, filters: {}, limit: 50 });
    expect(stale).toEqual(
      before.kind === 'ranked' ? { ...before, answer: { ...before.answer, tookMs: expect.any(Number) } } : before,
    );
    service.invalidate();
    const fresh = await service.answer({
      kind: 'jobs-for-seeker',
      seekerId: mother.id,
      filters: { workplace: 'home-based' },
      limit: 50,
    });
    expect(fresh.kind === 'ranked' && fresh.answer.list.matches.map((m) => m.jobId)).toEqual([homeJob.id]);
    expect(
      await service.answer({ kind: 'explain', seekerId: mother.id, jobId: '0190a000-0000-7000-8000-000000000000' }),
    ).toEqual({ kind: 'missing', what: 'job' });
  });
});

describe('the local minimum wage matching compares pay with', () => {
  it("is the county's row in force for the station's area, the lowest tier while the tier is not recorded", async () => {
    const env = testEnv();
    const setup = await setupStation(env, {
      stationName: '罗山县就业服务站',
      areaCode: '411521',
      adminName: '赵科长',
      adminRole: 'county_admin',
      pin: await pin123456(),
      deviceId: 'dev1',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const admin = { id: setup.value.adminId, name: '赵科长' };
    expect((await loadMatchData(env.db, '2026-11-25')).ctx.minimumHourlyWage).toBe(17.6); // Henan, tier unknown: the lowest
    const tier = {
      id: uuidv7(),
      areaPrefix: '411521',
      effectiveFrom: '2022-01-01',
      source: '豫政〔2021〕33号',
      verified: true,
      note: '',
      value: { kind: 'area-tier' as const, tier: 2 },
    };
    expect((await saveRuleParameter(env, admin, tier)).ok).toBe(true);
    expect((await loadMatchData(env.db, '2026-11-25')).ctx.minimumHourlyWage).toBe(19.6);
  });

  it('flags a posting by the rules in force today, not only those of the day it was saved', async () => {
    const env = testEnv();
    const setup = await setupStation(env, {
      stationName: '罗山县就业服务站',
      areaCode: '411521',
      adminName: '赵科长',
      adminRole: 'county_admin',
      pin: await pin123456(),
      deviceId: 'dev1',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const admin = { id: setup.value.adminId, name: '赵科长' };
    const employer = employerInput({ villageCode: '411521101201', creditCode: null });
    // ¥18 an hour, part-time: above Henan's lowest tier (17.6), below tier 2 (19.6) — passed by the lowest tier
    // (按本省最低档) until the tier is known, then below the minimum
    const job = jobInput(employer.id, {
      contractKind: 'part-time',
      pay: { kind: 'hourly', amount: 18 },
      schedule: { kind: 'grid', grid: hours(9, 12) },
    });
    expect((await saveEmployer(env, admin, employer)).ok).toBe(true);
    expect((await saveJob(env, admin, job)).ok).toBe(true);
    const before = (await loadMatchData(env.db, '2026-11-25')).jobById.get(job.id);
    expect(before?.rightsFlags.map((f) => f.code)).not.toContain('pay.minimum-wage');
    const tier = {
      id: uuidv7(),
      areaPrefix: '411521',
      effectiveFrom: '2022-01-01',
      source: '豫政〔2021〕33号',
      verified: true,
      note: '',
      value: { kind: 'area-tier' as const, tier: 2 },
    };
    expect((await saveRuleParameter(env, admin, tier)).ok).toBe(true);
    const after = (await loadMatchData(env.db, '2026-11-25')).jobById.get(job.id);
    expect(after?.rightsFlags.find((f) => f.code === 'pay.minimum-wage')).toMatchObject({
      severity: 'high',
      zh: expect.stringContaining('19.60'),
    });
    // the stored pre-screen is still the one of the day it was saved: matching did not wait for a re-save
    expect((await env.db.jobs.get(job.id))?.rightsFindings?.some((f) => f.status === 'fail')).toBe(false);
  });
});

describe('the skills gap, computed where matching runs', () => {
  it('counts a posting’s missing skill against the near misses who lack only it', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const employer = employerInput();
    // she has sewing; the posting also asks for garment finishing: one skill short
    const person = seekerInput({ skills: [{ code: 'sewing-machine', level: 'skilled' }] });
    const job = jobInput(employer.id, {
      skills: [
        { code: 'sewing-machine', level: 'beginner' },
        { code: 'garment-finishing', level: 'beginner' },
      ],
      positions: 3,
    });
    for (const r of [
      await saveSeeker(env, actor, person),
      await saveEmployer(env, actor, employer),
      await saveJob(env, actor, job),
    ])
      expect(r.ok).toBe(true);
    const service = new MatchService(new MatchStore(env.db, { today: () => '2026-11-25' }));
    const answer = await service.answer({ kind: 'skills-gap' });
    if (answer.kind !== 'skills-gap') throw new Error('expected the skills gap');
    const finishing = answer.gap.county.find((r) => r.skillCode === 'garment-finishing');
    expect(finishing).toMatchObject({ demandPositions: 3, holders: 0, nearMissSeekers: 1, unmet: 3, placeable: 1 });
    expect(answer.gap.county.find((r) => r.skillCode === 'sewing-machine')).toMatchObject({ holders: 1 });
  });
});

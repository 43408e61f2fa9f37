import { describe, expect, it } from 'vitest';
import { presetGrid, withRange, EMPTY_WEEK, WEEKDAYS } from '../schedule/week-grid';
import { createMatchContext } from './context';
import { explainPair } from './explain';
import { prepareJob, prepareSeeker } from './prepare';
import { matchJobsForSeeker, matchSeekersForJob } from './rank';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';
import type { MatchContext } from './types';

const TODAY = '2026-03-02';
const HOME = '522626101201';
const FACTORY = '522626101202';
const FAR = '522626105201';
const employer = { id: synthId(2, 1), villageCode: FACTORY, deleted: false };
const farEmployer = { id: synthId(2, 2), villageCode: FAR, deleted: false };
const villages = [makeVillage(HOME, 27.1, 108.7), makeVillage(FACTORY, 27.11, 108.71), makeVillage(FAR, 27.3, 108.9)];
const ctxWith = (hooks: Partial<MatchContext> = {}): MatchContext =>
  createMatchContext({ today: TODAY, villages, employers: [employer, farEmployer] }, hooks);

// A single mother: free on weekdays 08:30–15:30 (school hours); she collects her child at 15:45. Care duties are
// kept on the half-hour grid, so the pick-up keeps the 15:30–16:00 slot free (the half-hour holding 15:45).
const mother = makeSeeker(synthId(4, 1), {
  villageCode: HOME,
  groups: ['single-parent'],
  skills: [{ code: 'sewing-machine', level: 'skilled' }],
  availability: presetGrid('schoolHours'),
  careDuties: [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:00', note: '15:45 放学' }],
  commute: { maxMinutes: 20, mode: 'ebike' },
  payFloor: { amount: 2000, per: 'month' },
});
const sewing = (n: number, from: number, to: number, title: string) =>
  makeJob(synthId(3, n), employer.id, {
    title,
    occupation: '服装制作工',
    skills: [{ code: 'sewing-machine', level: 'beginner' }],
    schedule: { kind: 'grid', grid: withRange(EMPTY_WEEK, WEEKDAYS, from, to, true) },
    physical: { standingHours: 1, liftKg: 5, fineEyesight: true, bothHands: true },
    pay: { kind: 'piece', amount: 0.5, piecesPerHour: 40 },
  });
const shortDay = sewing(1, 18, 30, '缝纫工（上学时间班）'); // 09:00–15:00
const longDay = sewing(2, 16, 34, '缝纫工（全天班）'); // 08:00–17:00

describe('the single mother and the two sewing jobs', () => {
  const ctx = ctxWith();
  const list = matchJobsForSeeker(
    prepareSeeker(mother, ctx),
    [prepareJob(longDay, ctx), prepareJob(shortDay, ctx)],
    ctx,
  );

  it('gets the 09:00–15:00 job and not the 08:00–17:00 one', () => {
    expect(list.matches.map((m) => m.jobId)).toEqual([shortDay.id]);
    expect(list.nearMisses).toEqual([]);
    expect(list.excluded).toBe(1);
  });

  it('says why in Chinese: the hours outside her free time and the clash with the school pick-up', () => {
    const why = explainPair(mother, longDay, ctx);
    expect(why.verdict).toBe('excluded');
    const schedule = why.checks.find((c) => c.filter === 'schedule');
    expect(schedule?.outcome).toBe('fail');
    expect(schedule?.softenable).toBe(false);
    expect(schedule?.reasons.map((r) => r.zh)).toEqual([
      '岗位时间 周一至周五 08:00–08:30、15:30–17:00 不在求职者可工作时间内',
      '与接送孩子时间冲突：周一至周五 15:30–16:00',
    ]);
    expect(schedule?.reasons[1]?.en).toBe('Clashes with school pick-up: Mon–Fri 15:30–16:00');
    // every other filter passes
    expect(why.checks.filter((c) => c.outcome !== 'pass').map((c) => c.filter)).toEqual(['schedule']);
  });

  it('explains the match too: hours, commute, pay, skill, all in Chinese', () => {
    const why = explainPair(mother, shortDay, ctx);
    expect(why.verdict).toBe('match');
    expect(why.score).toBe(list.matches[0]?.score);
    const zh = why.reasonsFor.map((r) => r.zh);
    expect(zh).toContain('工作时间（每周 30 小时）都在可工作时间内，不占照护时间');
    expect(zh).toContain('会缝纫机操作（熟练）');
    expect(zh.some((t) => /^家门口：骑电动车约 \d+ 分钟$/.test(t))).toBe(true);
    expect(zh).toContain('折合每小时 20 元，不低于期望的 11.5 元');
  });

  it('takes the pick-up as typed, to the quarter hour: 15:45–16:15 keeps 15:30–16:30 free', () => {
    const typed = makeSeeker(synthId(4, 9), {
      ...mother,
      id: synthId(4, 9),
      careDuties: [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:45', to: '16:15', note: '' }],
    });
    const untilHalfPast = sewing(3, 18, 31, '缝纫工（到 15:30）'); // 09:00–15:30: ends as the pick-up's half hour starts
    const seen = matchJobsForSeeker(
      prepareSeeker(typed, ctx),
      [prepareJob(longDay, ctx), prepareJob(shortDay, ctx), prepareJob(untilHalfPast, ctx)],
      ctx,
    );
    expect(seen.matches.map((m) => m.jobId).sort()).toEqual([shortDay.id, untilHalfPast.id].sort());
    const why = explainPair(typed, longDay, ctx);
    // the reason names the minutes that really clash, as typed
    expect(why.checks.find((c) => c.filter === 'schedule')?.reasons.map((r) => r.zh)).toContain(
      '与接送孩子时间冲突：周一至周五 15:45–16:15',
    );
  });

  it('the job side sees her too, with the same score', () => {
    const seen = matchSeekersForJob(prepareJob(shortDay, ctx), [prepareSeeker(mother, ctx)], ctx);
    expect(seen.matches.map((m) => [m.seekerId, m.score])).toEqual([[mother.id, list.matches[0]?.score]]);
  });
});

describe('near misses and what would make them work', () => {
  it('a job starting 30 minutes early is a near miss: ask for a later start', () => {
    const ctx = ctxWith();
    const early = sewing(3, 16, 30, '缝纫工（早班）'); // 08:00–15:00
    const list = matchJobsForSeeker(prepareSeeker(mother, ctx), [prepareJob(early, ctx)], ctx);
    expect(list.matches).toEqual([]);
    expect(list.nearMisses.map((n) => [n.jobId, n.failed])).toEqual([[early.id, 'schedule']]);
    expect(list.nearMisses[0]?.wouldWork.map((r) => r.zh)).toEqual([
      '请用人单位允许晚 30 分钟上班（周一至周五 08:00–08:30）',
    ]);
  });

  it('a job ending at 16:00 clashes with the pick-up by half an hour: ask to leave earlier', () => {
    const ctx = ctxWith();
    const late = sewing(4, 18, 32, '缝纫工'); // 09:00–16:00
    const why = explainPair(mother, late, ctx);
    expect(why.verdict).toBe('near-miss');
    expect(why.wouldWork.map((r) => r.code)).toEqual(['fix.earlierFinish']);
  });

  it('one missing skill is a near miss, with the course that teaches it (training hook)', () => {
    const ctx = ctxWith({
      coursesForSkill: (code) => (code === 'embroidery' ? [{ id: 'c1', title: '苗绣基础班' }] : []),
    });
    const job = makeJob(synthId(3, 5), employer.id, { skills: [{ code: 'embroidery', level: 'beginner' }] });
    const list = matchJobsForSeeker(prepareSeeker(mother, ctx), [prepareJob(job, ctx)], ctx);
    expect(list.nearMisses[0]?.failed).toBe('skills');
    expect(list.nearMisses[0]?.wouldWork.map((r) => r.zh)).toEqual(['参加“苗绣基础班”学会刺绣']);
    const two = makeJob(synthId(3, 6), employer.id, {
      skills: [
        { code: 'embroidery', level: 'beginner' },
        { code: 'batik', level: 'beginner' },
      ],
    });
    expect(explainPair(mother, two, ctx).verdict).toBe('excluded');
  });

  it('a commute up to 20% over the limit is a near miss that names a faster way to go', () => {
    const ctx = ctxWith();
    // 27.1,108.7 → 27.19,108.7 is 10.0 km: by e-bike 46.7 minutes
    const walker = makeSeeker(synthId(4, 2), { villageCode: HOME, commute: { maxMinutes: 40, mode: 'ebike' } });
    const job = makeJob(synthId(3, 7), farEmployer.id);
    const near = createMatchContext({
      today: TODAY,
      villages: [villages[0]!, makeVillage(FAR, 27.19, 108.7)],
      employers: [farEmployer],
    });
    const why = explainPair(walker, job, near);
    expect(why.commuteMinutes).toBeCloseTo(46.7, 1);
    expect(why.verdict).toBe('near-miss');
    expect(why.wouldWork.map((r) => r.params.mode ?? r.code)).toEqual(['motorcycle', 'car', 'fix.acceptLonger']);
    expect(explainPair(walker, job, ctx).verdict).toBe('excluded'); // 27.3,108.9 is 29 km away
  });
});

describe('legal limits, unknowns and rights findings', () => {
  it('under 16 is excluded; 16 on the day is not', () => {
    const ctx = ctxWith();
    const job = makeJob(synthId(3, 8), employer.id);
    expect(
      explainPair(makeSeeker(synthId(4, 3), { villageCode: HOME, birthDate: '2010-03-03' }), job, ctx).checks[1],
    ).toMatchObject({ filter: 'age', outcome: 'fail' });
    expect(
      explainPair(makeSeeker(synthId(4, 3), { villageCode: HOME, birthDate: '2010-03-02' }), job, ctx).verdict,
    ).toBe('match');
  });

  it('pregnancy excludes only work prohibited in pregnancy (flagged, or heavy lifting); minors likewise', () => {
    const ctx = ctxWith({
      jobRestrictions: (id) =>
        id === synthId(3, 10) ? { prohibitedForPregnant: true, prohibitedForMinors: true } : undefined,
    });
    const pregnant = makeSeeker(synthId(4, 4), { villageCode: HOME, pregnant: true });
    const light = makeJob(synthId(3, 9), employer.id, {
      physical: { standingHours: 2, liftKg: 5, fineEyesight: false, bothHands: true },
    });
    const flagged = makeJob(synthId(3, 10), employer.id);
    const heavy = makeJob(synthId(3, 11), employer.id, {
      physical: { standingHours: 2, liftKg: 15, fineEyesight: false, bothHands: true },
    });
    expect(explainPair(pregnant, light, ctx).verdict).toBe('match');
    expect(
      explainPair(pregnant, flagged, ctx).checks.find((c) => c.filter === 'prohibited-work')?.reasons[0]?.code,
    ).toBe('prohibited.pregnant');
    expect(explainPair(pregnant, heavy, ctx).verdict).toBe('excluded');
    const minor = makeSeeker(synthId(4, 5), { villageCode: HOME, birthDate: '2009-01-01' });
    expect(explainPair(minor, flagged, ctx).checks.find((c) => c.filter === 'prohibited-work')?.reasons[0]?.code).toBe(
      'prohibited.minor',
    );
    expect(explainPair(minor, heavy, ctx).verdict).toBe('match'); // 15 kg is within the minors' 20-kg proxy
  });

  it('a missing coordinate keeps the pair, marked unknown, scored at the neutral commute figure', () => {
    const ctx = ctxWith();
    const lost = makeSeeker(synthId(4, 6), { villageCode: '522626109201' });
    const why = explainPair(lost, makeJob(synthId(3, 12), employer.id), ctx);
    expect(why.verdict).toBe('match');
    expect(why.unknowns).toEqual(['commute']);
    expect(why.checks.find((c) => c.filter === 'commute')?.outcome).toBe('unknown');
    expect(why.reasonsAgainst.map((r) => r.zh)).toContain('通勤时间未知：求职者的村没有坐标，请核实');
    expect(why.subScores.commute).toBe(0.5);
  });

  it('a critical rights finding on the employer flags the result and lowers its score', () => {
    const job = makeJob(synthId(3, 13), employer.id);
    const seeker = makeSeeker(synthId(4, 7), { villageCode: HOME });
    const clean = explainPair(seeker, job, ctxWith());
    const flag = { code: 'id-card-held', severity: 'critical' as const, zh: '扣押身份证', en: 'Holds ID cards' };
    const flagged = explainPair(seeker, job, ctxWith({ rightsFlags: (id) => (id === employer.id ? [flag] : []) }));
    expect(flagged.verdict).toBe('match');
    expect(flagged.flags.map((r) => r.zh)).toEqual(['用工问题（非常严重）扣押身份证']);
    expect(flagged.score).toBeLessThan(clean.score / 2 + 0.1);
    expect(clean.flags).toEqual([]);
    const medium = explainPair(
      seeker,
      job,
      ctxWith({
        rightsFlags: () => [{ ...flag, code: 'late-pay', severity: 'medium', zh: '工资晚发', en: 'Late pay' }],
      }),
    );
    expect(medium.flags).toEqual([]);
    expect(medium.reasonsAgainst.map((r) => r.zh)).toContain('用工问题（一般）工资晚发');
    expect(medium.score).toBeLessThan(clean.score);
  });
});

describe('past the statutory retirement age', () => {
  it('a labour-contract posting says so against the pair, with the same score; other contracts do not', () => {
    const older = makeSeeker(synthId(4, 20), { ...mother, id: synthId(4, 20) });
    const labour = sewing(20, 18, 30, '缝纫工（劳动合同）');
    const service = { ...sewing(21, 18, 30, '缝纫工（劳务协议）'), contractKind: 'labour-service' as const };
    const plain = ctxWith();
    const past = ctxWith({ pastRetirement: (s) => s.id === older.id });
    const with_ = explainPair(older, labour, past);
    expect(with_.reasonsAgainst.map((r) => r.code)).toContain('legal.retirement');
    expect(with_.reasonsAgainst.find((r) => r.code === 'legal.retirement')?.zh).toContain('劳务协议');
    expect(with_.score).toBe(explainPair(older, labour, plain).score);
    expect(with_.verdict).toBe(explainPair(older, labour, plain).verdict);
    expect(explainPair(older, service, past).reasonsAgainst.map((r) => r.code)).not.toContain('legal.retirement');
    expect(explainPair(older, labour, plain).reasonsAgainst.map((r) => r.code)).not.toContain('legal.retirement');
  });
});

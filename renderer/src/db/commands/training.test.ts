import { describe, expect, it } from 'vitest';
import { latestEvents, latestFor } from '#shared/training/attendance';
import { saveSeeker } from './seekers';
import { addStaff } from './staff';
import {
  completeTrainee,
  enrolSeekers,
  recordAttendance,
  saveCourse,
  withdrawEnrolment,
  type CourseInput,
} from './training';
import { pin123456, setUp, testEnv } from '../../test-support/test-env';
import { seekerInput } from '../../test-support/inputs';

async function station() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const admin = { id: adminId, name: '王芳' };
  const trainer = await addStaff(env, admin, { name: '李老师', role: 'trainer', admin: false, pin: await pin123456() });
  if (!trainer.ok) throw new Error(trainer.error.message);
  return { env, admin, trainer: { id: trainer.value.id, name: '李老师' } };
}

const course = (trainerId: string | null, overrides: Partial<CourseInput> = {}): CourseInput => ({
  id: '',
  title: '缝纫工培训班',
  skillCode: 'sewing-machine',
  skillLevel: 'beginner',
  certificateKind: 'special-ability',
  certificateName: '专项职业能力证书（缝纫机操作）',
  sessions: [
    { id: 's1', date: '2026-11-24', part: 'morning', hours: 4 },
    { id: 's2', date: '2026-11-24', part: 'afternoon', hours: 4 },
    { id: 's3', date: '2026-11-25', part: 'morning', hours: 4 },
  ],
  venue: '村委会会议室',
  trainerId,
  targetGroups: ['single-parent'],
  capacity: 2,
  subsidy: { programme: '职业技能提升补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 8 },
  status: 'open',
  notes: '',
  ...overrides,
});

async function seekers(
  env: ReturnType<typeof testEnv>,
  admin: { id: string; name: string },
  n: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const s = seekerInput({
      id: env.newId(),
      name: `学员${i}`,
      idNumber: null,
      phone: `1381234${String(5000 + i)}`,
      skills: [],
    });
    const saved = await saveSeeker(env, admin, s);
    if (!saved.ok) throw new Error(saved.error.code);
    ids.push(s.id);
  }
  return ids;
}

describe('training commands', () => {
  it('saves a course with its trainer’s name, synced and audited; refuses a non-trainer and an unknown skill', async () => {
    const { env, admin, trainer } = await station();
    const c = { ...course(trainer.id), id: env.newId() };
    const saved = await saveCourse(env, admin, c);
    expect(saved).toMatchObject({ ok: true, value: { trainerName: '李老师', status: 'open' } });
    expect((await env.db.outbox.toArray()).map((m) => m.table)).toContain('courses');
    expect((await env.db.audit.toArray()).map((a) => a.action)).toContain('course.create');
    expect(await saveCourse(env, admin, { ...c, id: env.newId(), trainerId: admin.id })).toMatchObject({
      ok: false,
      error: { fields: { trainerId: 'course.trainer' } },
    });
    expect(await saveCourse(env, admin, { ...c, id: env.newId(), skillCode: 'juggling' })).toMatchObject({
      ok: false,
      error: { fields: { skillCode: 'course.skill' } },
    });
    // A trainer does not manage courses.
    expect(await saveCourse(env, trainer, { ...c, title: '改名' })).toMatchObject({
      ok: false,
      error: { code: 'training.trainerReadOnly' },
    });
  });

  it('enrols into seats, then a waiting list; a withdrawal promotes the longest waiting', async () => {
    const { env, admin, trainer } = await station();
    const c = { ...course(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const [a, b, w1, w2] = await seekers(env, admin, 4);
    expect(
      await enrolSeekers(env, admin, c.id, [a as string, b as string, w1 as string, w2 as string, a as string]),
    ).toMatchObject({ ok: true, value: { enrolled: 2, waiting: 2, already: 1 } });
    const list = await env.db.enrolments.where('courseId').equals(c.id).toArray();
    expect(
      list
        .filter((e) => e.status === 'enrolled')
        .map((e) => e.seat)
        .sort(),
    ).toEqual([1, 2]);
    const first = list.find((e) => e.seekerId === a);
    await withdrawEnrolment(env, admin, first?.id ?? '', '家里有事');
    const after = await env.db.enrolments.where('courseId').equals(c.id).toArray();
    expect(after.find((e) => e.seekerId === w1)).toMatchObject({ status: 'enrolled', seat: 1 });
    expect(after.find((e) => e.seekerId === w2)).toMatchObject({ status: 'waiting', seat: null });
    // A bigger course seats the rest.
    await saveCourse(env, admin, { ...c, capacity: 3 });
    expect(
      await env.db.enrolments
        .where('courseId')
        .equals(c.id)
        .filter((e) => e.seekerId === w2)
        .first(),
    ).toMatchObject({ status: 'enrolled', seat: 3 });
    expect(await saveCourse(env, admin, { ...c, capacity: 1 })).toMatchObject({
      ok: false,
      error: { fields: { capacity: 'course.capacityBelowSeated' } },
    });
  });

  it('records a roll-call as events; a correction is a new event, needs a reason, and both are audited', async () => {
    const { env, admin, trainer } = await station();
    const c = { ...course(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await seekers(env, admin, 2);
    await enrolSeekers(env, admin, c.id, ids);
    const [e1, e2] = (await env.db.enrolments.where('courseId').equals(c.id).sortBy('seat')).map((e) => e.id) as [
      string,
      string,
    ];
    const first = await recordAttendance(env, trainer, {
      courseId: c.id,
      sessionId: 's1',
      method: 'roll-call',
      marks: [
        { enrolmentId: e1, mark: 'present' },
        { enrolmentId: e2, mark: 'absent' },
      ],
    });
    expect(first).toMatchObject({ ok: true, value: { written: 2, corrections: 0 } });
    // Same marks again: nothing written.
    expect(
      await recordAttendance(env, trainer, {
        courseId: c.id,
        sessionId: 's1',
        method: 'roll-call',
        marks: [{ enrolmentId: e1, mark: 'present' }],
      }),
    ).toMatchObject({ ok: true, value: { written: 0 } });
    const noReason = await recordAttendance(env, trainer, {
      courseId: c.id,
      sessionId: 's1',
      method: 'roll-call',
      marks: [{ enrolmentId: e2, mark: 'late' }],
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'attendance.reasonNeeded' } });
    const fixed = await recordAttendance(env, trainer, {
      courseId: c.id,
      sessionId: 's1',
      method: 'roll-call',
      marks: [{ enrolmentId: e2, mark: 'late' }],
      reason: '迟到十分钟，点名时不在',
    });
    expect(fixed).toMatchObject({ ok: true, value: { written: 1, corrections: 1 } });
    const events = await env.db.attendance.toArray();
    expect(events).toHaveLength(3);
    const latest = latestFor(latestEvents(events), e2, 's1');
    expect(latest).toMatchObject({ mark: 'late', reason: '迟到十分钟，点名时不在' });
    expect(latest?.corrects).toBe(events.find((x) => x.enrolmentId === e2 && x.mark === 'absent')?.id);
    const audit = (
      await env.db.audit.where('[table+recordId]').between(['attendance', ''], ['attendance', '\uffff']).toArray()
    ).map((a) => [a.action, a.reason]);
    expect(audit).toEqual(
      expect.arrayContaining([
        ['attendance.record', null],
        ['attendance.correct', '迟到十分钟，点名时不在'],
      ]),
    );
    expect((await env.db.outbox.toArray()).filter((m) => m.table === 'attendance')).toHaveLength(3);
  });

  it('a trainer may not mark a course someone else teaches', async () => {
    const { env, admin } = await station();
    const other = await addStaff(env, admin, { name: '赵老师', role: 'trainer', admin: false, pin: await pin123456() });
    const c = { ...course(other.ok ? other.value.id : null), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await seekers(env, admin, 1);
    await enrolSeekers(env, admin, c.id, ids);
    const e = (await env.db.enrolments.toArray())[0];
    const trainers = (await env.db.staff.toArray()).filter((s) => s.role === 'trainer' && s.name === '李老师');
    const result = await recordAttendance(
      env,
      { id: trainers[0]?.id ?? '', name: '李老师' },
      { courseId: c.id, sessionId: 's1', method: 'roll-call', marks: [{ enrolmentId: e?.id ?? '', mark: 'present' }] },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(await env.db.attendance.count()).toBe(0);
  });

  it('completion adds the skill and certificate to the seeker; refused under the minimum attendance', async () => {
    const { env, admin, trainer } = await station();
    const c = { ...course(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await seekers(env, admin, 2);
    await enrolSeekers(env, admin, c.id, ids);
    const sorted = await env.db.enrolments.where('courseId').equals(c.id).sortBy('seat');
    const e1 = sorted[0] as (typeof sorted)[number];
    const e2 = sorted[1] as (typeof sorted)[number];
    for (const s of ['s1', 's2', 's3']) {
      await recordAttendance(env, trainer, {
        courseId: c.id,
        sessionId: s,
        method: 'roll-call',
        marks: [
          { enrolmentId: e1.id, mark: 'present' },
          { enrolmentId: e2.id, mark: s === 's1' ? 'present' : 'absent' },
        ],
      });
    }
    // A session still to come (tomorrow): not finished yet.
    await saveCourse(env, admin, {
      ...c,
      sessions: [...c.sessions, { id: 's4', date: '2026-11-26', part: 'morning', hours: 4 }],
    });
    expect(await completeTrainee(env, admin, e1.id, { serial: 'ZX2026-0001', issuedOn: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'training.notFinished', params: { hours: 4 } },
    });
    await saveCourse(env, admin, c);
    expect(await completeTrainee(env, admin, e2.id, { serial: 'ZX2026-0002', issuedOn: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'training.rateTooLow', params: { rate: 33, min: 80 } },
    });
    expect(await completeTrainee(env, admin, e1.id, { serial: ' ', issuedOn: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { fields: { serial: 'certificate.serial' } },
    });
    const done = await completeTrainee(env, admin, e1.id, { serial: 'ZX2026-0001', issuedOn: '2026-11-25' });
    expect(done.ok).toBe(true);
    const seeker = await env.db.seekers.get(e1.seekerId);
    expect(seeker?.skills).toEqual([{ code: 'sewing-machine', level: 'beginner' }]);
    expect(seeker?.certificates).toEqual([
      { name: '专项职业能力证书（缝纫机操作）', serial: 'ZX2026-0001', issuedOn: '2026-11-25' },
    ]);
    expect(seeker?.searchKeys.length).toBeGreaterThan(0);
    expect(await env.db.enrolments.get(e1.id)).toMatchObject({
      status: 'completed',
      certificateSerial: 'ZX2026-0001',
      seat: 1,
    });
    expect(
      (await env.db.outbox.toArray()).some(
        (m) => m.table === 'seekers' && m.recordId === e1.seekerId && 'skills' in m.fields,
      ),
    ).toBe(true);
    expect(await completeTrainee(env, admin, e1.id, { serial: 'ZX2026-0001', issuedOn: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'enrolment.notActive' },
    });
  });

  it('refuses to mark a session ahead of its day; a later correction is no sign-in', async () => {
    const { env, admin, trainer } = await station();
    const c = {
      ...course(trainer.id, {
        sessions: [
          { id: 's1', date: '2026-11-25', part: 'morning', hours: 4 },
          { id: 's9', date: '2026-12-01', part: 'morning', hours: 4 },
        ],
      }),
      id: env.newId(),
    };
    expect((await saveCourse(env, admin, c)).ok).toBe(true);
    const [a] = await seekers(env, admin, 1);
    await enrolSeekers(env, admin, c.id, [a as string]);
    const enrolmentId = (await env.db.enrolments.toArray())[0]?.id ?? '';
    const ahead = await recordAttendance(env, trainer, {
      courseId: c.id,
      sessionId: 's9',
      method: 'roll-call',
      marks: [{ enrolmentId, mark: 'present' }],
    });
    expect(ahead).toMatchObject({ ok: false, error: { code: 'attendance.future', params: { date: '2026-12-01' } } });
    expect(await env.db.attendance.count()).toBe(0);
    const at = env.clock.now;
    expect(
      (
        await recordAttendance(env, trainer, {
          courseId: c.id,
          sessionId: 's1',
          method: 'roll-call',
          marks: [{ enrolmentId, mark: 'absent' }],
        })
      ).ok,
    ).toBe(true);
    env.clock.now += 3 * 86_400_000; // three days later
    expect(
      (
        await recordAttendance(env, trainer, {
          courseId: c.id,
          sessionId: 's1',
          method: 'roll-call',
          marks: [{ enrolmentId, mark: 'present' }],
          reason: '其实在场，点名时去了洗手间',
        })
      ).ok,
    ).toBe(true);
    const events = (await env.db.attendance.toArray()).sort((x, y) => x.createdAt - y.createdAt);
    expect(events.map((e) => [e.mark, e.signedAt])).toEqual([
      ['absent', null],
      ['present', null],
    ]);
    expect(events[0]?.createdAt).toBe(at);
  });
});

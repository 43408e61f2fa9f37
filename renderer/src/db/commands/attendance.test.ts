import { describe, expect, it } from 'vitest';
import { latestEvents, latestFor } from '#shared/training/attendance';
import { recordAttendance } from './attendance';
import { saveCourse } from './courses';
import { enrolSeekers } from './enrolments';
import { addStaff } from './staff';
import { pin123456 } from '../../test-support/test-env';
import { courseInput, registerSeekers, trainingStation } from '../../test-support/training';

describe('attendance commands', () => {
  it('records a roll-call as events; a correction is a new event, needs a reason, and both are audited', async () => {
    const { env, admin, trainer } = await trainingStation();
    const c = { ...courseInput(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await registerSeekers(env, admin, 2);
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
    const { env, admin } = await trainingStation();
    const other = await addStaff(env, admin, { name: '赵老师', role: 'trainer', admin: false, pin: await pin123456() });
    const c = { ...courseInput(other.ok ? other.value.id : null), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await registerSeekers(env, admin, 1);
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
  it('refuses to mark a session ahead of its day; a later correction is no sign-in', async () => {
    const { env, admin, trainer } = await trainingStation();
    const c = {
      ...courseInput(trainer.id, {
        sessions: [
          { id: 's1', date: '2026-11-25', part: 'morning', hours: 4 },
          { id: 's9', date: '2026-12-01', part: 'morning', hours: 4 },
        ],
      }),
      id: env.newId(),
    };
    expect((await saveCourse(env, admin, c)).ok).toBe(true);
    const [a] = await registerSeekers(env, admin, 1);
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

import { describe, expect, it } from 'vitest';
import { recordAttendance } from './attendance';
import { completeTrainee } from './completion';
import { saveCourse } from './courses';
import { enrolSeekers } from './enrolments';
import { courseInput, registerSeekers, trainingStation } from '../../test-support/training';

describe('course completion', () => {
  it('completion adds the skill and certificate to the seeker; refused under the minimum attendance', async () => {
    const { env, admin, trainer } = await trainingStation();
    const c = { ...courseInput(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const ids = await registerSeekers(env, admin, 2);
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
});

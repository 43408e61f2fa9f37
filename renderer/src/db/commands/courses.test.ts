import { describe, expect, it } from 'vitest';
import { saveCourse } from './courses';
import { courseInput, trainingStation } from '../../test-support/training';

describe('course commands', () => {
  it('saves a course with its trainer’s name, synced and audited; refuses a non-trainer and an unknown skill', async () => {
    const { env, admin, trainer } = await trainingStation();
    const c = { ...courseInput(trainer.id), id: env.newId() };
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
});

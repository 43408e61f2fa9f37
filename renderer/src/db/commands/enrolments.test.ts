import { describe, expect, it } from 'vitest';
import { saveCourse } from './courses';
import { enrolSeekers, withdrawEnrolment } from './enrolments';
import { courseInput, registerSeekers, trainingStation } from '../../test-support/training';

describe('enrolment commands', () => {
  it('enrols into seats, then a waiting list; a withdrawal promotes the longest waiting', async () => {
    const { env, admin, trainer } = await trainingStation();
    const c = { ...courseInput(trainer.id), id: env.newId() };
    await saveCourse(env, admin, c);
    const [a, b, w1, w2] = await registerSeekers(env, admin, 4);
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
});
